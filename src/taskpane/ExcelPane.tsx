/**
 * Excel mode: plan and unit options, then Kiểm tra, Đánh dấu, Xóa đánh dấu, Điền Tổng hợp on the
 * open workbook through the port. What each button does lives in ./state; this component only
 * keeps the results on screen and turns failures into a MessageBar.
 */
import { Button, Divider, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { isoDay } from "../core/check/dates";
import { BUILTIN_PLANS, type Plan } from "../core/plan";
import type { WorkbookPort } from "../core/port";
import type { ReadingProfile } from "../core/read";
import { correctReading, sheetLayouts, type Correction } from "../core/read/profile-correct";
import type { CheckOptions, ColumnOverrides } from "../core/types";
import { describeError, excelErrorMessage, MESSAGE_UNSUPPORTED } from "../excel/errors";
import type { SettingsStore } from "../excel/settings";
import { ErrorBar, type PaneMessage } from "./components/ErrorBar";
import { FindingsList } from "./components/FindingsList";
import { ListsView } from "./components/ListsView";
import { SheetRoles } from "./components/SheetRoles";
import { MediaView } from "./components/MediaView";
import { PlanPicker } from "./components/PlanPicker";
import { ProfileFiles } from "./components/ProfileFiles";
import { Progress } from "./components/Progress";
import { QuotaTable } from "./components/QuotaTable";
import { UnitOptions, type UnitOptionsValue } from "./components/UnitOptions";
import { markFindings, runCheck, selectFinding, writeSummary, type CheckOutcome } from "./state/check";
import {
  OPTIONS_KEY,
  PLAN_FILE_KEY,
  PROFILES_KEY,
  readOverrides,
  readProfiles,
  startingPlans,
  type PaneOptions,
} from "./state/settings-keys";
import { SETTINGS_NOT_SAVED } from "./state/notices";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function localToday(now = new Date()): string {
  return isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export interface ExcelPaneProps {
  port: WorkbookPort;
  settings: SettingsStore;
  /** False when Excel lacks the API the adapter needs: the pane explains and offers file mode. */
  apiSupported: boolean;
  /** The workbook's file name for findings and the summary; unknown for a workbook never saved. */
  fileName: string | null;
  onUseFileMode: () => void;
}

export function ExcelPane({ port, settings, apiSupported, fileName, onUseFileMode }: ExcelPaneProps) {
  const styles = useStyles();
  const [start] = useState(() => startingPlans(settings, BUILTIN_PLANS));
  const [plans, setPlans] = useState<readonly Plan[]>(start.plans);
  const [options, setOptionsState] = useState<PaneOptions>(start.options);
  const [reportDate, setReportDate] = useState(localToday);
  // Column choices an older version saved per sheet; corrections are reading profiles now.
  const [overrides] = useState<ColumnOverrides>(() => readOverrides(settings));
  const [profiles, setProfiles] = useState<ReadingProfile[]>(() => readProfiles(settings));
  const [outcome, setOutcome] = useState<(CheckOutcome & { plan: Plan; options: CheckOptions }) | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<PaneMessage | null>(
    !apiSupported
      ? { intent: "warning", title: "Excel chưa hỗ trợ", text: MESSAGE_UNSUPPORTED }
      : start.fallback !== null
        ? { intent: "info", text: start.fallback }
        : null,
  );
  const saveNoticeShown = useRef(false);
  const plan = plans.find((p) => p.id === options.planId) ?? plans[0];
  const checkOptions = {
    unitKind: options.unitKind,
    unitName: options.unitName,
    launched: options.launched,
    period: options.period,
    dueDate: options.dueDate,
    reportDate,
    columnOverrides: overrides,
    profiles,
  };

  // Saving happens when the clerk changes something (debounced in the store), never on opening.
  useEffect(
    () =>
      settings.onSaveError(() => {
        if (saveNoticeShown.current) return;
        saveNoticeShown.current = true;
        setMessage({ intent: "info", text: SETTINGS_NOT_SAVED });
      }),
    [settings],
  );
  const setOptions = (next: PaneOptions): void => {
    setOptionsState(next);
    settings.set(OPTIONS_KEY, next);
  };

  /** Runs one action with a progress bar; any failure becomes a Vietnamese MessageBar. */
  async function act(label: string, failure: string, work: () => Promise<PaneMessage | null>): Promise<void> {
    setBusy(label);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (e) {
      const d = describeError(e);
      setMessage({ intent: "error", title: d.title ?? failure, text: d.text, detail: d.detail });
    } finally {
      setBusy(null);
    }
  }

  /** Reads and checks the workbook; the plan and options go with the result, for Điền Tổng hợp later. */
  const checkWith = async (readWith: ReadingProfile[]): Promise<PaneMessage> => {
    const used = { ...checkOptions, profiles: readWith };
    setProfiles(readWith);
    const result = await runCheck(port, plan, used, fileName ?? undefined);
    setOutcome({ ...result, plan, options: used });
    if (result.doc.report.error !== null) return { intent: "error", text: result.doc.report.error };
    const errors = result.findings.filter((f) => f.severity === "error").length;
    const warnings = result.findings.filter((f) => f.severity === "warning").length;
    return {
      intent: errors > 0 ? "warning" : "success",
      text: `Đã kiểm tra: ${errors} lỗi, ${warnings} cảnh báo.`,
    };
  };

  const check = () =>
    act("Đang đọc và kiểm tra sổ làm việc…", "Không kiểm tra được", () =>
      // From the workbook, not the state: the Tổng hợp tỉnh tab may have saved a correction since.
      checkWith(readProfiles(settings)),
    );

  const layouts = useMemo(
    () =>
      outcome === null || outcome.doc.listType !== "nomination"
        ? []
        : sheetLayouts(outcome.sheets, outcome.doc.report.lists, outcome.options.profiles ?? []),
    [outcome],
  );

  /** The profiles are saved in the workbook first, then the check runs again with them. */
  const saveProfiles = (next: ReadingProfile[], done: string) => {
    setProfiles(next);
    void act("Đang lưu cách đọc và kiểm tra lại…", "Không lưu được cách đọc", async () => {
      settings.set(PROFILES_KEY, next);
      if (outcome === null) return { intent: "success", text: done };
      const checked = await checkWith(next);
      return { ...checked, text: `${done} ${checked.text}` };
    });
  };

  const correct = (sheet: string, correction: Correction) => {
    const layout = layouts.find((l) => l.sheet === sheet);
    const grid = outcome?.sheets.find((s) => s.name === sheet);
    if (layout === undefined || grid === undefined) return;
    try {
      saveProfiles(
        correctReading(readProfiles(settings), grid, layout, correction),
        "Đã lưu cách đọc vào sổ làm việc.",
      );
    } catch (e) {
      setMessage({ intent: "error", title: "Không sửa được cách đọc", text: excelErrorMessage(e) });
    }
  };

  const enabled = apiSupported && busy === null;
  return (
    <div className={styles.pane}>
      <PlanPicker
        plans={plans}
        value={plan.id}
        disabled={busy !== null}
        onChange={(planId) => setOptions({ ...options, planId })}
        onPlanFile={(p) => {
          setPlans([...plans.filter((x) => x.id !== p.id), p]);
          settings.set(PLAN_FILE_KEY, p);
          setOptions({ ...options, planId: p.id });
          setMessage({ intent: "success", text: `Đã tải kế hoạch «${p.title}».` });
        }}
        onPlanFileErrors={(file, lines) =>
          setMessage({
            intent: "error",
            title: `Tệp kế hoạch ${file} có lỗi`,
            text: "Hãy sửa các chỗ sau rồi tải lại:",
            lines,
          })
        }
      />
      <UnitOptions
        plan={plan}
        disabled={busy !== null}
        value={{ ...options, reportDate }}
        onChange={(v: UnitOptionsValue) => {
          setReportDate(v.reportDate);
          setOptions({
            planId: options.planId,
            unitKind: v.unitKind,
            unitName: v.unitName,
            launched: v.launched,
            period: v.period,
            dueDate: v.dueDate,
          });
        }}
      />
      <ProfileFiles
        profiles={profiles}
        stored={() => readProfiles(settings)}
        onSave={(next, done) => void saveProfiles(next, done)}
        onMessage={setMessage}
        disabled={busy !== null}
      />
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          data-testid="check-button"
          disabled={!enabled}
          onClick={() => void check()}
        >
          Kiểm tra
        </Button>
        <Button
          data-testid="mark-button"
          disabled={!enabled || outcome === null}
          onClick={() =>
            outcome !== null &&
            void act("Đang tô màu các ô có lỗi…", "Không đánh dấu được", async () => ({
              intent: "success",
              text: `Đã tô màu ${await markFindings(port, outcome.findings)} ô (đỏ: lỗi, vàng: cảnh báo).`,
            }))
          }
        >
          Đánh dấu
        </Button>
        <Button
          data-testid="clear-button"
          disabled={!enabled}
          onClick={() =>
            void act("Đang xóa đánh dấu…", "Không xóa được đánh dấu", async () => {
              await port.clearHighlights();
              return { intent: "success", text: "Đã xóa đánh dấu, định dạng của bạn được giữ nguyên." };
            })
          }
        >
          Xóa đánh dấu
        </Button>
        <Button
          data-testid="summary-button"
          disabled={!enabled || outcome === null}
          onClick={() =>
            outcome !== null &&
            void act("Đang ghi bảng Tổng hợp…", "Không ghi được bảng Tổng hợp", async () => {
              const written = await writeSummary(port, outcome, outcome.plan, outcome.options, settings);
              if (written === null)
                return {
                  intent: "error",
                  text: "Sổ làm việc chưa kiểm tra được nên chưa có gì để tổng hợp.",
                };
              if (written.kind === "sheet")
                return { intent: "success", text: `Đã ghi trang tính «${written.sheet}».` };
              return {
                intent: written.unknown.length > 0 ? "warning" : "success",
                text: `Đã điền ${written.cells} ô của mẫu «${written.sheet}».`,
                lines: written.unknown.map(
                  (name) => `Không có giá trị cho {{${name}}}: ô đó được giữ nguyên.`,
                ),
              };
            })
          }
        >
          Điền Tổng hợp
        </Button>
        {!apiSupported && <Button onClick={onUseFileMode}>Mở tệp trên máy</Button>}
      </div>
      {busy !== null && <Progress label={busy} />}
      <ErrorBar message={message} />
      {outcome !== null && outcome.doc.report.error === null && (
        <>
          <Divider />
          {outcome.doc.listType === "media" ? (
            <MediaView report={outcome.doc.report} />
          ) : (
            <>
              <Subtitle1>Số lượng và chỉ tiêu</Subtitle1>
              <QuotaTable counts={outcome.doc.report.counts} quota={outcome.doc.report.quota} />
              <Subtitle1>Danh sách tìm thấy</Subtitle1>
              <SheetRoles report={outcome.doc.report} />
              <ListsView
                layouts={layouts}
                awards={outcome.plan.awardForms.map((f) => f.name)}
                disabled={busy !== null}
                onCorrect={correct}
              />
            </>
          )}
          <Subtitle1>Kết quả kiểm tra</Subtitle1>
          <FindingsList
            findings={outcome.findings}
            onSelect={(f) =>
              void act("Đang chọn ô…", "Không chọn được ô", async () => {
                await selectFinding(port, f);
                return null;
              })
            }
          />
        </>
      )}
    </div>
  );
}
