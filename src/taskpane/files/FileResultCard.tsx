/**
 * One checked file in file mode: its counts and quota (or the media log's months), the lists found,
 * the findings, and the two downloads. An unreadable file is a MessageBar saying why.
 */
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { documentFindings } from "../../core/findings";
import type { Plan } from "../../core/plan";
import type { Correction, SheetLayout } from "../../core/read/profile-correct";
import { annotatedCopy, copyIsConverted } from "../../web/annotate";
import type { FileResult } from "../../web/check-files";
import { downloadWorkbook, outputName } from "../../web/download";
import { errorMessage } from "../../core/run";
import { summaryWorkbook } from "../../web/summary-workbook";
import { ErrorBar, type PaneMessage } from "../components/ErrorBar";
import { FindingsList } from "../components/FindingsList";
import { ListsView } from "../components/ListsView";
import { MediaView } from "../components/MediaView";
import { QuotaTable } from "../components/QuotaTable";
import { SheetRoles } from "../components/SheetRoles";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface FileResultCardProps {
  result: FileResult;
  plan: Plan;
  /** How each sheet was read, for the correction table. */
  layouts: readonly SheetLayout[];
  onCorrect(sheet: string, correction: Correction): void;
  disabled?: boolean;
}

export function FileResultCard({ result, plan, layouts, onCorrect, disabled }: FileResultCardProps) {
  const styles = useStyles();
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const name = result.source.name;
  if (!result.ok)
    return (
      <div data-testid="file-result" data-file={name} data-ok="false">
        <ErrorBar message={{ intent: "error", title: `Không đọc được tệp ${name}`, text: result.error }} />
      </div>
    );
  const { doc, summary } = result;
  const findings = documentFindings(doc);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;

  const download = async (make: (bytes: Uint8Array) => Promise<Uint8Array>, suffix: string) => {
    try {
      downloadWorkbook(await make(await result.source.read()), outputName(name, suffix));
      setMessage(null);
    } catch (e) {
      setMessage({ intent: "error", title: "Không tạo được tệp để tải về", text: errorMessage(e) });
    }
  };

  return (
    <Card className={styles.card} data-testid="file-result" data-file={name} data-ok="true">
      <CardHeader
        header={<Subtitle1>{name}</Subtitle1>}
        description={`${errors} lỗi, ${warnings} cảnh báo`}
      />
      <div className={styles.buttons}>
        <Button
          data-testid="download-annotated"
          onClick={() =>
            void download((bytes) => annotatedCopy(bytes, name, doc, plan.title), "kết quả kiểm tra")
          }
        >
          Tải bản đã đánh dấu
        </Button>
        {summary !== null && (
          <Button
            data-testid="download-summary"
            onClick={() => void download((bytes) => summaryWorkbook(summary, bytes, name), "tổng hợp")}
          >
            Tải bảng tổng hợp
          </Button>
        )}
      </div>
      {copyIsConverted(name) && (
        <Caption1 data-testid="annotated-is-xlsx">
          Tệp gốc là {name.slice(name.lastIndexOf("."))}: bản đã đánh dấu được lưu thành tệp .xlsx mới (giữ
          giá trị, định dạng số, phông chữ, ô gộp, dòng ẩn; công thức thay bằng kết quả). Tệp gốc không bị
          thay đổi.
        </Caption1>
      )}
      <ErrorBar message={message} />
      {doc.listType === "media" ? (
        <MediaView report={doc.report} />
      ) : (
        <>
          <Subtitle2>Số lượng và chỉ tiêu</Subtitle2>
          <QuotaTable counts={doc.report.counts} quota={doc.report.quota} />
          <Subtitle2>Danh sách tìm thấy</Subtitle2>
          <SheetRoles report={doc.report} />
          <ListsView
            layouts={layouts}
            awards={plan.awardForms.map((f) => f.name)}
            onCorrect={onCorrect}
            disabled={disabled}
          />
        </>
      )}
      <Subtitle2>Kết quả kiểm tra</Subtitle2>
      <FindingsList findings={findings} />
    </Card>
  );
}
