/** Reading a template workbook with profiles, and the corrections a clerk makes on it, in order. */
import { readSheetsOf } from "../../src/cli/read-file";
import { readLists, type ReadingProfile } from "../../src/core/read";
import { correctReading, sheetLayouts, type Correction } from "../../src/core/read/profile-correct";
import type { NominationList, SheetGrid, SubjectKind } from "../../src/core/types";
import { BK, EXTRA_SHEET, GK, LIST_SHEET, LOOKUP_SHEET, rowsOf, type TemplateSpec } from "./workbooks";

export function countsOf(lists: readonly NominationList[]): Record<SubjectKind | "none", number> {
  const counts = { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0, none: 0 };
  for (const l of lists) for (const r of l.records) counts[r.kind ?? "none"]++;
  return counts;
}

/** One correction on one sheet of `sheets`, as the pane makes it from the table it shows. */
export function correct(
  profiles: ReadingProfile[],
  sheets: SheetGrid[],
  sheet: string,
  correction: Correction,
): ReadingProfile[] {
  const layout = sheetLayouts(sheets, readLists(sheets, { profiles }), profiles).find(
    (l) => l.sheet === sheet,
  );
  if (layout === undefined) throw new Error(`no layout for ${sheet}`);
  return correctReading(
    profiles,
    sheets.find((s) => s.name === sheet)!,
    layout,
    correction,
  );
}

/** Every correction the template needs, in the order a clerk would make them. */
export function templateCorrections(spec: TemplateSpec): [string, Correction][] {
  return [
    [LOOKUP_SHEET, { type: "list", list: false }],
    [LIST_SHEET, { type: "header-row", row: rowsOf(spec).header }],
    [LIST_SHEET, { type: "column", column: "C", field: "loai" }],
    [LIST_SHEET, { type: "value", column: "C", value: "TAPTHE", target: { kind: "tap-the" } }],
    [LIST_SHEET, { type: "value", column: "C", value: "CANHAN", target: { kind: "ca-nhan" } }],
    [LIST_SHEET, { type: "value", column: "E", value: "X", target: { award: BK } }],
    [LIST_SHEET, { type: "value", column: "F", value: "X", target: { award: GK } }],
    [EXTRA_SHEET, { type: "list", list: true }],
    [EXTRA_SHEET, { type: "column", column: "B", field: "ten" }],
  ];
}

/** The profiles a clerk ends with after correcting the template on the file at `path`. */
export async function correctedProfiles(path: string, spec: TemplateSpec): Promise<ReadingProfile[]> {
  const sheets = await readSheetsOf(path);
  let profiles: ReadingProfile[] = [];
  for (const [sheet, c] of templateCorrections(spec)) profiles = correct(profiles, sheets, sheet, c);
  return profiles;
}
