/**
 * Reading corrections in the province tally: how many files each saved reading profile read, and
 * the correction table of one file the clerk picks. A correction is saved as the profile of that
 * file's layout, so it reads every unit workbook made from the same template.
 */
import { Caption1, Dropdown, Field, Option, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { errorMessage } from "../../core/run";
import { profileUsage, type ReadingProfile } from "../../core/read";
import { correctReading, sheetLayouts, type Correction } from "../../core/read/profile-correct";
import type { UnitWorkbook } from "../../core/tally/province";
import type { SheetGrid } from "../../core/types";
import { readSourceSheets, type FileSource } from "../../web/file-source";
import { ListsView } from "../components/ListsView";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ProvinceCorrectionsProps {
  units: readonly UnitWorkbook[];
  sources: readonly FileSource[];
  profiles: readonly ReadingProfile[];
  /** The profiles as stored now: the check tab may have saved a correction since this view read them. */
  stored: () => ReadingProfile[];
  awards: readonly string[];
  /** The profiles after a correction: the host saves them and reads the files again. */
  onProfiles: (next: ReadingProfile[]) => void;
  onError: (title: string, text: string) => void;
  disabled?: boolean;
}

export function ProvinceCorrections(props: ProvinceCorrectionsProps) {
  const { units, sources, profiles, stored, awards, onProfiles, onError, disabled } = props;
  const styles = useStyles();
  const [picked, setPicked] = useState<{ name: string; sheets: SheetGrid[] } | null>(null);
  const usage = useMemo(() => profileUsage(units.map((u) => u.report)), [units]);
  const unit = picked === null ? undefined : units.find((u) => u.report.file === picked.name);
  const layouts = useMemo(
    () =>
      picked === null || unit === undefined ? [] : sheetLayouts(picked.sheets, unit.report.lists, profiles),
    [picked, unit, profiles],
  );

  const pick = async (name: string) => {
    const source = sources.find((s) => s.name === name);
    if (source === undefined) return;
    try {
      setPicked({ name, sheets: await readSourceSheets(source) });
    } catch (e) {
      onError(`Không đọc được tệp ${name}`, errorMessage(e));
    }
  };

  const correct = (sheet: string, correction: Correction) => {
    const layout = layouts.find((l) => l.sheet === sheet);
    const grid = picked?.sheets.find((s) => s.name === sheet);
    if (layout === undefined || grid === undefined) return;
    try {
      onProfiles(correctReading(stored(), grid, layout, correction));
    } catch (e) {
      onError("Không sửa được cách đọc", errorMessage(e));
    }
  };

  const readable = units.filter((u) => u.report.error === null);
  return (
    <div className={styles.box} data-testid="province-corrections">
      <Subtitle2>Cách đọc các tệp</Subtitle2>
      <ul data-testid="profile-usage">
        {profiles
          .filter((p) => usage.has(p.id))
          .map((p) => (
            <li key={p.id} data-profile={p.id}>
              Cách đọc «{p.name}» đã áp dụng cho {usage.get(p.id)} tệp.
            </li>
          ))}
      </ul>
      {usage.size === 0 && <Caption1>Chưa có cách đọc đã lưu nào khớp với các tệp này.</Caption1>}
      <Field
        label="Sửa cách đọc theo một tệp"
        hint="Sửa một lần cho một tệp: mọi tệp cùng mẫu được đọc lại theo cách đó."
      >
        <Dropdown
          data-testid="correct-file"
          disabled={disabled}
          value={picked?.name ?? ""}
          selectedOptions={picked === null ? [] : [picked.name]}
          onOptionSelect={(_, d) => d.optionValue !== undefined && void pick(d.optionValue)}
        >
          {readable.map((u) => (
            <Option key={u.report.file} value={u.report.file}>
              {u.report.file}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {picked !== null && unit !== undefined && (
        <ListsView layouts={layouts} awards={awards} disabled={disabled} onCorrect={correct} />
      )}
    </div>
  );
}
