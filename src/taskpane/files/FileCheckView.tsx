/**
 * "Kiểm tra tệp": the clerk picks or drops workbooks, each is checked in the page against the plan
 * and the unit options, and shown with its findings and downloads. Nothing leaves the computer.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { profileUsage, type ReadingProfile } from "../../core/read";
import { correctReading, sheetLayouts, type Correction } from "../../core/read/profile-correct";
import type { SettingsStore } from "../../excel/settings";
import { checkSources, type FileResult } from "../../web/check-files";
import { errorMessage } from "../../core/run";
import { fromBrowserFile, isLockFile, type FileSource } from "../../web/file-source";
import type { Progress as FileProgress } from "../../web/progress";
import { ErrorBar, type PaneMessage } from "../components/ErrorBar";
import { PlanPicker } from "../components/PlanPicker";
import { ProfileFiles } from "../components/ProfileFiles";
import { Progress } from "../components/Progress";
import { UnitOptions, type UnitOptionsValue } from "../components/UnitOptions";
import { createLocalSettings } from "../state/local-settings";
import { PROFILES_KEY, readProfiles } from "../state/settings-keys";
import { localToday } from "../ExcelPane";
import { FilePicker } from "./FilePicker";
import { FileResultCard } from "./FileResultCard";
import { progressLabel } from "./progress-label";
import { usePlans } from "./use-plans";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function FileCheckView() {
  const styles = useStyles();
  // The browser's own storage: corrections outlive the page, on this computer only.
  const [settings] = useState<SettingsStore>(createLocalSettings);
  const [profiles, setProfiles] = useState<ReadingProfile[]>(() => readProfiles(settings));
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const { plan, picker } = usePlans("an-giang-2025", setMessage);
  const [unit, setUnit] = useState<UnitOptionsValue>(() => ({ reportDate: localToday() }));
  const [sources, setSources] = useState<FileSource[]>([]);
  const [results, setResults] = useState<FileResult[]>([]);
  // The plan the results were checked against: the picker may have moved on since.
  const [checkedPlan, setCheckedPlan] = useState(plan);
  const [progress, setProgress] = useState<FileProgress | null>(null);
  const busy = progress !== null;
  const layouts = useMemo(
    () =>
      results.map((r) =>
        r.ok && r.doc.listType === "nomination" ? sheetLayouts(r.sheets, r.doc.report.lists, profiles) : [],
      ),
    [results, profiles],
  );

  /**
   * Every file is checked with the profiles, so one correction reads all files of its layout. The
   * profiles come from the storage, not the state: the Tổng hợp tỉnh tab may have saved one since.
   */
  const run = async (files: FileSource[], again?: { profiles: ReadingProfile[]; done: string }) => {
    const readWith = again?.profiles ?? readProfiles(settings);
    // Read again after a correction: against the plan of the results, which stay on screen meanwhile.
    const checkPlan = again !== undefined ? checkedPlan : plan;
    const done = again !== undefined ? `${again.done} ` : "";
    setMessage(null);
    setProfiles(readWith);
    if (again === undefined) setResults([]);
    try {
      const checked = await checkSources(
        files,
        checkPlan,
        () => ({ ...unit, profiles: readWith }),
        setProgress,
      );
      setResults(checked);
      setCheckedPlan(checkPlan);
      const unreadable = checked.filter((r) => !r.ok).length;
      const usage = profileUsage(
        checked.flatMap((r) => (r.ok && r.doc.listType === "nomination" ? [r.doc.report] : [])),
      );
      setMessage({
        intent: unreadable > 0 ? "warning" : "success",
        text: `${done}Đã kiểm tra ${checked.length - unreadable}/${checked.length} tệp${unreadable > 0 ? `; ${unreadable} tệp không đọc được` : ""}.`,
        lines: readWith
          .filter((p) => usage.has(p.id))
          .map((p) => `Cách đọc «${p.name}» đã áp dụng cho ${usage.get(p.id)} tệp.`),
      });
    } catch (e) {
      setMessage({ intent: "error", title: "Không kiểm tra được", text: errorMessage(e) });
    } finally {
      setProgress(null);
    }
  };

  const pick = (files: File[]) => {
    const picked = files.filter((f) => !isLockFile(f.name)).map(fromBrowserFile);
    setSources(picked);
    void run(picked);
  };

  /** Saved in the browser, then every picked file is read again with the profiles. */
  const saveProfiles = async (next: ReadingProfile[], done: string) => {
    try {
      settings.set(PROFILES_KEY, next);
      await settings.flush();
    } catch (e) {
      setMessage({ intent: "error", title: "Không lưu được cách đọc", text: errorMessage(e) });
      return;
    }
    setProfiles(next);
    if (sources.length > 0) await run(sources, { profiles: next, done });
    else setMessage({ intent: "success", text: done });
  };

  const correct = (index: number, sheet: string, correction: Correction) => {
    const result = results[index];
    const layout = layouts[index]?.find((l) => l.sheet === sheet);
    const grid = result?.ok ? result.sheets.find((s) => s.name === sheet) : undefined;
    if (layout === undefined || grid === undefined) return;
    try {
      void saveProfiles(
        correctReading(readProfiles(settings), grid, layout, correction),
        "Đã lưu cách đọc trên máy này.",
      );
    } catch (e) {
      setMessage({ intent: "error", title: "Không sửa được cách đọc", text: errorMessage(e) });
    }
  };

  return (
    <div className={styles.view} data-testid="file-check-view">
      <PlanPicker {...picker} disabled={busy} />
      <UnitOptions plan={plan} value={unit} onChange={setUnit} disabled={busy} />
      <ProfileFiles
        profiles={profiles}
        stored={() => readProfiles(settings)}
        onSave={(next, done) => void saveProfiles(next, done)}
        onMessage={setMessage}
        disabled={busy}
      />
      <FilePicker
        label="Chọn tệp Excel…"
        hint="hoặc kéo thả các tệp .xlsx, .xls, .ods, .csv vào đây. Tệp chỉ được đọc trên máy này, không gửi đi đâu."
        testId="file-input"
        disabled={busy}
        onFiles={pick}
      />
      <Button
        data-testid="recheck-button"
        disabled={busy || sources.length === 0}
        onClick={() => void run(sources)}
      >
        Kiểm tra lại
      </Button>
      {progress !== null && (
        <Progress label={progressLabel(progress)} value={(progress.current - 1) / progress.total} />
      )}
      <ErrorBar message={message} />
      {results.map((r, i) => (
        <FileResultCard
          key={`${i}-${r.source.name}`}
          result={r}
          plan={checkedPlan}
          layouts={layouts[i] ?? []}
          disabled={busy}
          onCorrect={(sheet, c) => correct(i, sheet, c)}
        />
      ))}
    </div>
  );
}
