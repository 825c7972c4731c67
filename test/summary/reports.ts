/** Hand-built file reports and lookups in a summary sheet model, for the summary tests. */
import type { SheetCell, SheetModel } from "../../src/core/port";
import type {
  FileReport,
  Finding,
  FindingCode,
  NominationRecord,
  QuotaStatus,
  RecordFields,
  Severity,
  SubjectKind,
} from "../../src/core/types";

export function rec(kind: SubjectKind | null, fields: RecordFields, row = 0): NominationRecord {
  return { row, kind, kindSource: kind === null ? null : "kind-column", fields, cells: {} };
}

export function finding(code: FindingCode, severity: Severity, row: number | null = null): Finding {
  return { code, severity, sheet: row === null ? null : "DS", cell: null, row, field: null, message: "…" };
}

export function report(
  records: NominationRecord[],
  opts: { findings?: Finding[]; fileFindings?: Finding[]; quota?: QuotaStatus[] } = {},
): FileReport {
  const counts = { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 };
  records.forEach((r, i) => {
    r.row ||= 8 + i;
    if (r.kind) counts[r.kind]++;
  });
  return {
    file: "danh-sach.xlsx",
    error: null,
    sheets: [{ name: "DS", role: "list", reason: "danh sách" }],
    lists: [
      {
        sheet: "DS",
        headerRows: [6, 7],
        columns: [],
        encoding: "unicode",
        records,
        findings: opts.findings ?? [],
      },
    ],
    findings: opts.fileFindings ?? [],
    quota: opts.quota ?? [],
    counts,
  };
}

export function cellAt(m: SheetModel, row: number, col: number): SheetCell | undefined {
  return m.cells.find((c) => c.row === row && c.col === col);
}

export function valueAt(m: SheetModel, row: number, col: number): string | number | null | undefined {
  return cellAt(m, row, col)?.value;
}

/** Row of the first cell whose value is `text`, at or after `from`. */
export function rowOf(m: SheetModel, text: string, from = 1, col?: number): number {
  const hit = m.cells
    .filter((c) => c.row >= from && c.value === text && (col === undefined || c.col === col))
    .sort((a, b) => a.row - b.row || a.col - b.col)[0];
  if (!hit) throw new Error(`no cell «${text}» from row ${from}`);
  return hit.row;
}

/** The values of a table row from column A, as a dense array (missing cells as undefined). */
export function rowValues(m: SheetModel, row: number, width: number): (string | number | null | undefined)[] {
  return Array.from({ length: width }, (_, i) => valueAt(m, row, i + 1));
}

/**
 * A labelled row of a section table: the row under section heading `section` whose column B is
 * `label`, as values of columns A.. up to `width`.
 */
export function sectionRow(
  m: SheetModel,
  section: string,
  label: string,
  width = 6,
): (string | number | null | undefined)[] {
  return rowValues(m, rowOf(m, label, rowOf(m, section), 2), width);
}
