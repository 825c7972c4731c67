/**
 * "Tổng hợp tỉnh": the province clerk picks many unit workbooks (and optionally the registry of
 * units), each is read in the page, and the core tallies them. In Excel the consolidated sheets are
 * written into the open workbook through the port; in file mode they are downloaded instead.
 */
import { Button, Field, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { WorkbookPort } from "../../core/port";
import {
  readRegistry,
  REGISTRY_SHEET,
  tallyUnits,
  type ProvinceTally,
  type RegistryUnit,
} from "../../core/tally";
import type { UnitWorkbook } from "../../core/tally/province";
import type { ReadingProfile } from "../../core/read";
import type { Finding, ReportPeriod } from "../../core/types";
import type { SettingsStore } from "../../excel/settings";
import { excelErrorMessage } from "../../excel/errors";
import { readRegistrySource, readUnits, tallyWorkbook, writeTally } from "../../web/consolidate-files";
import { downloadWorkbook } from "../../web/download";
import { errorMessage } from "../../core/run";
import { fromBrowserFile, isLockFile, type FileSource } from "../../web/file-source";
import type { Progress as FileProgress } from "../../web/progress";
import { DateInput } from "../components/DateInput";
import { ErrorBar, type PaneMessage } from "../components/ErrorBar";
import { PeriodField } from "../components/PeriodField";
import { PlanPicker } from "../components/PlanPicker";
import { ProfileFiles } from "../components/ProfileFiles";
import { Progress } from "../components/Progress";
import { localToday } from "../ExcelPane";
import { createLocalSettings } from "../state/local-settings";
import { PROFILES_KEY, readProfiles } from "../state/settings-keys";
import { FilePicker } from "./FilePicker";
import { ProvinceCorrections } from "./ProvinceCorrections";
import { ProvinceResults } from "./ProvinceResults";
import { progressLabel } from "./progress-label";
import { usePlans } from "./use-plans";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const TALLY_FILE = "Tổng hợp tỉnh.xlsx";
const OUTPUT_FAILURE = "Không ghi được bảng tổng hợp";

interface Registry {
  from: string;
  units: RegistryUnit[];
}

/** Rows of the registry left out, as lines under the message. */
function registryNotes(findings: readonly Finding[]): string[] {
  return findings.map((f) => (f.cell !== null ? `Ô ${f.cell}: ${f.message}` : f.message));
}

/** In Excel the reading profiles live in the open workbook (`settings`); in file mode in the browser. */
export default function ProvinceView({ port, settings }: { port?: WorkbookPort; settings?: SettingsStore }) {
  const styles = useStyles();
  const [store] = useState<SettingsStore>(() => settings ?? createLocalSettings());
  const [profiles, setProfiles] = useState<ReadingProfile[]>(() => readProfiles(store));
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const { plan, picker } = usePlans("an-giang-2025", setMessage);
  const [tallyDate, setTallyDate] = useState(localToday);
  const [period, setPeriod] = useState<ReportPeriod | undefined>(undefined);
  const [registry, setRegistry] = useState<Registry | null>(null);
  const [units, setUnits] = useState<UnitWorkbook[] | null>(null);
  const [sources, setSources] = useState<FileSource[]>([]);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<FileProgress | null>(null);
  const [busy, setBusy] = useState(false);

  // Reading the files is the slow part; the tally is redone at once when the registry or a choice changes.
  const tally = useMemo(
    () =>
      units === null
        ? null
        : tallyUnits(units, {
            registry: registry?.units ?? null,
            plan,
            reportDate: tallyDate,
            period,
            choices,
          }),
    [units, registry, plan, tallyDate, period, choices],
  );

  const act = async (failure: string, work: () => Promise<PaneMessage | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (e) {
      setMessage({ intent: "error", title: failure, text: port ? excelErrorMessage(e) : errorMessage(e) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const read = (files: FileSource[], readWith?: ReadingProfile[]) =>
    act("Không tổng hợp được", async () => {
      setUnits(null);
      setChoices({});
      // Read afresh: the Kiểm tra tab of the same pane may have saved a correction since.
      const current = readWith ?? readProfiles(store);
      setProfiles(current);
      const setup = { plan, reportDate: tallyDate, period, profiles: current };
      const checked = await readUnits(files, setup, setProgress);
      setUnits(checked);
      const unreadable = checked.filter((u) => u.report.error !== null).length;
      return {
        intent: unreadable > 0 ? "warning" : "success",
        text: `Đã đọc ${checked.length - unreadable}/${checked.length} tệp${unreadable > 0 ? `; ${unreadable} tệp không đọc được` : ""}.`,
      };
    });

  const applyRegistry = (
    from: string,
    result: { units: RegistryUnit[]; findings: Finding[] },
  ): PaneMessage => {
    setRegistry({ from, units: result.units });
    setChoices({});
    return {
      intent: result.findings.length > 0 ? "warning" : "success",
      text: `Đã đọc danh mục ${result.units.length} đơn vị từ ${from}.`,
      lines: registryNotes(result.findings),
    };
  };

  /** In Excel the sheets go into the open workbook; in file mode they are downloaded. */
  const output = async (t: ProvinceTally): Promise<PaneMessage | null> => {
    if (port === undefined) {
      downloadWorkbook(await tallyWorkbook(t), TALLY_FILE);
      return null;
    }
    await writeTally(port, t);
    return { intent: "success", text: `Đã ghi các trang ${t.sheets.map((s) => `«${s.name}»`).join(", ")}.` };
  };

  /** Saved first (workbook or browser), then every file is read again with the profiles. */
  const saveProfiles = (next: ReadingProfile[], done: string) =>
    act("Không lưu được cách đọc", async () => {
      store.set(PROFILES_KEY, next);
      await store.flush();
      setProfiles(next);
      return { intent: "success", text: done };
    }).then(() => (sources.length > 0 ? read(sources, next) : undefined));

  const pickUnits = (files: File[]) => {
    const picked = files.filter((f) => !isLockFile(f.name)).map(fromBrowserFile);
    setSources(picked);
    void read(picked);
  };

  return (
    <div className={styles.view} data-testid="province-view">
      <PlanPicker
        {...picker}
        disabled={busy}
        onChange={(id) => {
          // Each file is checked against the plan: another plan means reading the files again.
          setUnits(null);
          picker.onChange(id);
        }}
      />
      <Field
        label="Ngày tổng hợp"
        hint="Hạn nộp được xét theo ngày ký của từng tệp, nếu tệp không ghi thì theo ngày này."
      >
        <DateInput
          value={tallyDate}
          disabled={busy}
          onChange={(iso) => {
            setTallyDate(iso);
            setUnits(null);
          }}
        />
      </Field>
      <PeriodField
        plan={plan}
        period={period}
        reportDate={tallyDate}
        disabled={busy}
        hint="Bảng tổng hợp và hạn nộp của các đơn vị theo kỳ này."
        onChange={(chosen) => {
          setPeriod(chosen);
          setUnits(null);
        }}
      />
      <FilePicker
        label="Chọn danh mục đơn vị…"
        hint={`Không bắt buộc: tệp có trang «${REGISTRY_SHEET}» (tên đơn vị, loại đơn vị, khối/cụm).${registry !== null ? ` Đang dùng: ${registry.from}.` : ""}`}
        multiple={false}
        testId="registry-input"
        disabled={busy}
        onFiles={([file]) =>
          void act("Không dùng được danh mục đơn vị", async () =>
            applyRegistry(`tệp «${file.name}»`, await readRegistrySource(fromBrowserFile(file))),
          )
        }
      />
      {port !== undefined && (
        <Button
          disabled={busy}
          onClick={() =>
            void act("Không dùng được danh mục đơn vị", async () => {
              const result = readRegistry(await port.readSheets());
              if (result.units.length === 0)
                return {
                  intent: "warning",
                  text: `Sổ làm việc đang mở không có trang «${REGISTRY_SHEET}» đọc được.`,
                };
              return applyRegistry("sổ làm việc đang mở", result);
            })
          }
        >
          Dùng danh mục trong sổ làm việc đang mở
        </Button>
      )}
      <ProfileFiles
        profiles={profiles}
        stored={() => readProfiles(store)}
        onSave={(next, done) => void saveProfiles(next, done)}
        onMessage={setMessage}
        disabled={busy}
      />
      <FilePicker
        label="Chọn tệp của các đơn vị…"
        hint="Chọn hoặc kéo thả nhiều tệp .xlsx, .xls, .ods, .csv cùng lúc (có thể lẫn các loại). Tệp chỉ được đọc trên máy này, không gửi đi đâu."
        testId="units-input"
        disabled={busy}
        onFiles={pickUnits}
      />
      <div className={styles.buttons}>
        <Button
          data-testid="tally-button"
          disabled={busy || sources.length === 0}
          onClick={() => void read(sources)}
        >
          Tổng hợp lại
        </Button>
        {tally !== null && (
          <Button
            appearance="primary"
            data-testid={port !== undefined ? "write-tally" : "download-tally"}
            disabled={busy}
            onClick={() => void act(OUTPUT_FAILURE, () => output(tally))}
          >
            {port !== undefined ? "Ghi vào sổ làm việc" : "Tải bảng tổng hợp"}
          </Button>
        )}
      </div>
      {progress !== null && (
        <Progress label={progressLabel(progress)} value={(progress.current - 1) / progress.total} />
      )}
      <ErrorBar message={message} />
      {units !== null && (
        <ProvinceCorrections
          units={units}
          sources={sources}
          profiles={profiles}
          stored={() => readProfiles(store)}
          awards={plan.awardForms.map((f) => f.name)}
          disabled={busy}
          onProfiles={(next) => void saveProfiles(next, "Đã lưu cách đọc.")}
          onError={(title, text) => setMessage({ intent: "error", title, text })}
        />
      )}
      {tally !== null && (
        <ProvinceResults
          tally={tally}
          registry={registry?.units ?? null}
          choices={choices}
          onChoose={(file, unit) => {
            const next = { ...choices };
            if (unit === null) delete next[file];
            else next[file] = unit;
            setChoices(next);
          }}
        />
      )}
    </div>
  );
}
