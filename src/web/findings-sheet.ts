/** The "Kết quả kiểm tra" sheet added to the annotated copy: one row per finding, as data. */
import type { SheetModel } from "../core/port";
import { FINDING_CODE_LABELS, SEVERITY_LABELS } from "../core/summary";
import { SheetBuilder, STYLES } from "../core/summary/layout";
import type { Finding } from "../core/types";

export const FINDINGS_SHEET = "Kết quả kiểm tra";

const HEAD = ["STT", "Mức độ", "Vấn đề", "Trang tính", "Ô", "Dòng", "Nội dung", "Mã"];
const WIDTHS = [6, 11, 30, 18, 8, 7, 70, 22];
const LAST = HEAD.length;

export function findingsSheet(findings: readonly Finding[], fileName: string, planTitle: string): SheetModel {
  const b = new SheetBuilder();
  b.line(`KẾT QUẢ KIỂM TRA TỆP «${fileName}»`, STYLES.title, 1, LAST);
  b.line(`Kế hoạch: ${planTitle}`, STYLES.info, 1, LAST);
  b.line(
    "Ô có lỗi được tô đỏ, ô cần xem lại được tô vàng trên các trang của danh sách; giá trị trong ô giữ nguyên.",
    STYLES.note,
    1,
    LAST,
  );
  b.blank();
  b.tableRow(HEAD, STYLES.head);
  if (findings.length === 0) b.line("Không có vấn đề nào.", STYLES.note, 1, LAST);
  findings.forEach((f, i) =>
    b.tableRow([
      i + 1,
      SEVERITY_LABELS[f.severity],
      FINDING_CODE_LABELS[f.code],
      f.sheet,
      f.cell,
      f.row,
      f.message,
      f.code,
    ]),
  );
  return { ...b.model(FINDINGS_SHEET), columnWidths: WIDTHS };
}
