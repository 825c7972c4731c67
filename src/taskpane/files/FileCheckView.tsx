/**
 * "Kiểm tra tệp": the clerk picks or drops workbooks, each is checked in the page against the plan
 * and the unit options, and shown with its findings and downloads. Nothing leaves the computer.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ColumnOverrides, FieldKey } from "../../core/types";
import { checkSource, checkSources, type FileResult } from "../../web/check-files";
import { errorMessage } from "../../core/run";
import { fromBrowserFile, isLockFile, type FileSource } from "../../web/file-source";
import type { Progress as FileProgress } from "../../web/progress";
import { ErrorBar, type PaneMessage } from "../components/ErrorBar";
import { PlanPicker } from "../components/PlanPicker";
import { Progress } from "../components/Progress";
import { UnitOptions, type UnitOptionsValue } from "../components/UnitOptions";
import { withOverride } from "../state/settings-keys";
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
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const { plan, picker } = usePlans("an-giang-2025", setMessage);
  const [unit, setUnit] = useState<UnitOptionsValue>(() => ({ reportDate: localToday() }));
  const [sources, setSources] = useState<FileSource[]>([]);
  const [results, setResults] = useState<FileResult[]>([]);
  // The plan the results were checked against: the picker may have moved on since.
  const [checkedPlan, setCheckedPlan] = useState(plan);
  // The clerk's column corrections, per file name then as the pane keeps them (sheet → column).
  const [overrides, setOverrides] = useState<Record<string, ColumnOverrides>>({});
  const [progress, setProgress] = useState<FileProgress | null>(null);
  const busy = progress !== null;
  const optionsFor = (source: FileSource, corrections = overrides) => ({
    ...unit,
    columnOverrides: corrections[source.name] ?? {},
  });

  const run = async (files: FileSource[]) => {
    setMessage(null);
    setResults([]);
    try {
      const checked = await checkSources(files, plan, (s) => optionsFor(s), setProgress);
      setResults(checked);
      setCheckedPlan(plan);
      const unreadable = checked.filter((r) => !r.ok).length;
      setMessage({
        intent: unreadable > 0 ? "warning" : "success",
        text: `Đã kiểm tra ${checked.length - unreadable}/${checked.length} tệp${unreadable > 0 ? `; ${unreadable} tệp không đọc được` : ""}.`,
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
    setOverrides({});
    void run(picked);
  };

  /** A corrected column: only that file is read again. */
  const changeColumn = async (
    index: number,
    sheet: string,
    column: string,
    choice: FieldKey | null | "auto",
  ) => {
    const source = results[index].source;
    const next = {
      ...overrides,
      [source.name]: withOverride(overrides[source.name] ?? {}, sheet, column, choice),
    };
    setOverrides(next);
    const result = await checkSource(source, checkedPlan, optionsFor(source, next));
    setResults((all) => all.map((r, i) => (i === index ? result : r)));
  };

  return (
    <div className={styles.view} data-testid="file-check-view">
      <PlanPicker {...picker} disabled={busy} />
      <UnitOptions plan={plan} value={unit} onChange={setUnit} disabled={busy} />
      <FilePicker
        label="Chọn tệp Excel…"
        hint="hoặc kéo thả các tệp .xlsx, .xls, .ods vào đây. Tệp chỉ được đọc trên máy này, không gửi đi đâu."
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
          overrides={overrides[r.source.name] ?? {}}
          disabled={busy}
          onChangeColumn={(sheet, column, choice) => void changeColumn(i, sheet, column, choice)}
        />
      ))}
    </div>
  );
}
