/** Reads a zoo layout as a real .xlsx (written by ExcelJS, opened by the product's port) and scores it. */
import { workbookBytes } from "../fixtures/build-fixtures";
import { readWorkbook, type WorkbookReading } from "../../src/core/read";
import type { FieldKey, NominationRecord } from "../../src/core/types";
import { openWorkbook } from "../../src/workbook";
import type { ZooLayout } from "./layouts";

export async function readLayout(layout: ZooLayout): Promise<WorkbookReading> {
  const bytes = await workbookBytes({
    file: `${layout.id}.xlsx`,
    about: layout.about,
    sheets: layout.sheets,
  });
  const port = await openWorkbook(bytes, `${layout.id}.xlsx`);
  return readWorkbook(await port.readSheets());
}

export interface LayoutScore {
  exact: boolean;
  /** Truth records, and those read at their row with their kind. */
  rows: number;
  rowsRight: number;
  /** What differs from the truth, for a failing test's message. */
  problems: string[];
}

export function scoreLayout(layout: ZooLayout, reading: WorkbookReading): LayoutScore {
  const problems: string[] = [];
  const roles = Object.fromEntries(reading.sheets.map((s) => [s.name, s.role]));
  for (const [name, role] of Object.entries(layout.truth.roles))
    if (roles[name] !== role) problems.push(`sheet «${name}»: role ${roles[name]} instead of ${role}`);
  const read = new Map<string, NominationRecord>();
  for (const list of reading.lists) for (const r of list.records) read.set(`${list.sheet}!${r.row}`, r);
  let rowsRight = 0;
  for (const t of layout.truth.records) {
    const key = `${t.sheet}!${t.row}`;
    const r = read.get(key);
    if (r?.kind === t.kind) rowsRight++;
    else problems.push(`${key}: ${r !== undefined ? `kind ${r.kind}` : "not read"} instead of ${t.kind}`);
    if (r !== undefined && t.ten !== undefined && r.fields.ten !== t.ten)
      problems.push(`${key}: ten «${r.fields.ten}» instead of «${t.ten}»`);
    if (r !== undefined && t.award !== undefined && r.fields.hinhThuc !== t.award)
      problems.push(`${key}: award «${r.fields.hinhThuc}» instead of «${t.award}»`);
    for (const [field, want] of Object.entries(t.fields ?? {}) as [FieldKey, string][])
      if (r !== undefined && r.fields[field] !== want)
        problems.push(`${key}: ${field} «${r.fields[field]}» instead of «${want}»`);
    read.delete(key);
  }
  for (const key of read.keys()) problems.push(`${key}: read as a record, is none`);
  const findings = reading.lists.flatMap((l) => l.findings);
  const notFound = findings.some((f) => f.code === "header-not-found");
  if (notFound !== (layout.truth.noList === true))
    problems.push(notFound ? "no list found" : "a list was found where there is none");
  for (const code of ["formula-error", "unknown-kind"] as const) {
    const n = findings.filter((f) => f.code === code).length;
    if (n > 0) problems.push(`${n} ${code} finding(s)`);
  }
  return { exact: problems.length === 0, rows: layout.truth.records.length, rowsRight, problems };
}
