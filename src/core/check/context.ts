/** What every rule shares: where a record's cells are, how to name it, how to build a finding. */
import { KIND_LABELS } from "../labels";
import type { FieldKey, Finding, FindingCode, NominationList, NominationRecord, Severity } from "../types";

/** One list as the rules see it: its columns by field, looked up once. */
export interface ListScope {
  list: NominationList;
  /** Column letter of each mapped field (the first column when several map to one field). */
  columns: ReadonlyMap<FieldKey, string>;
  /** Cells holding a formula whose result was never saved: empty to the reader, not to the clerk. */
  uncached: ReadonlySet<string>;
}

export function listScope(list: NominationList, uncached: readonly string[] = []): ListScope {
  const columns = new Map<FieldKey, string>();
  for (const c of list.columns) if (!columns.has(c.field)) columns.set(c.field, c.column);
  return { list, columns, uncached: new Set(uncached) };
}

/** A rule looking at one record; it appends what it finds. */
export type RecordRule = (record: NominationRecord, scope: ListScope, out: Finding[]) => void;

/** The cell of a record's field: where the reader found it, or its column on the record's row. */
export function cellOf(scope: ListScope, record: NominationRecord, field: FieldKey): string | null {
  const cell = record.cells[field];
  if (cell !== undefined) return cell;
  const column = scope.columns.get(field);
  return column === undefined ? null : column + record.row;
}

export function isBlank(value: string | undefined): boolean {
  if (value === undefined || value === "") return true;
  // Cheap test first: the reader trims, so a non-space first character means content.
  return value.charCodeAt(0) <= 32 && value.trim() === "";
}

export function recordFinding(
  code: FindingCode,
  severity: Severity,
  scope: ListScope,
  record: NominationRecord,
  field: FieldKey | null,
  message: string,
  cell: string | null = field === null ? null : cellOf(scope, record, field),
): Finding {
  return { code, severity, sheet: scope.list.sheet, cell, row: record.row, field, message };
}

/** "cá nhân «Nguyễn Văn An»", or "dòng 12" when the record has no name. */
export function who(record: NominationRecord): string {
  const kind = record.kind === null ? "đối tượng" : KIND_LABELS[record.kind].toLowerCase();
  const name = record.fields.ten;
  return isBlank(name) ? `${kind} ở dòng ${record.row}` : `${kind} «${name}»`;
}

/** First letter upper-cased, for a phrase that starts a sentence. */
export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
