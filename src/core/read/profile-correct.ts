/**
 * What the correction table shows and what a correction does: every sheet with every column of its
 * header (header text, a sample value, the distinct values of a code column), and each of the
 * clerk's corrections turned into the reading profile of that sheet's layout.
 */
import type { FieldKey, NominationList, SheetGrid, SubjectKind } from "../types";
import { columnLetter } from "./address";
import { detectHeaderAt, isColumnNumberRow, NOMINATION_HEADER } from "./header";
import { isOwnSheet } from "./index";
import { matchProfile, profileId, signatureAt, type ReadingProfile } from "./profile";
import { foldKey } from "./text";
import { SheetView } from "./view";

/** A column with more distinct values than this is not a code column ("TAPTHE", "X"). */
export const MAX_CODE_VALUES = 12;

export interface LayoutColumn {
  column: string;
  /** Header text as the clerk wrote it, parent and child joined by " / ". */
  header: string;
  /** The first value under the header. */
  sample: string;
  /** Its distinct values when it reads as a code column (few values, repeated), else empty. */
  values: string[];
  /** The field it was read as, or null when it was not read. */
  field: FieldKey | null;
  /** The profile's choice for it: a field, null (not read), or undefined (the reader's guess). */
  choice: FieldKey | null | undefined;
}

export interface SheetLayout {
  sheet: string;
  /** Records read from the sheet's lists; null when it was not read as a list. */
  records: number | null;
  /** 1-based sheet rows of the header (the list's, the profile's, or a guess for a sheet not read). */
  headerRows: number[];
  /** The profile of this layout, when the clerk corrected it before. */
  profile: ReadingProfile | null;
  columns: LayoutColumn[];
}

/** Without a header: the first row holding two texts or more, as a starting point for the clerk. */
function guessHeaderRow(view: SheetView): number {
  for (let r = 0; r < Math.min(view.rows.length, 30); r++)
    if (view.texts(r).filter((t) => t !== "").length >= 2) return r;
  return 0;
}

function headerText(view: SheetView, rows: readonly number[], c: number): string {
  const parts: string[] = [];
  for (const r of rows) {
    let t = view.text(r, c);
    const m = t === "" ? view.mergeAt(r, c) : null;
    if (m !== null) t = view.text(m.top, m.left);
    if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts.join(" / ");
}

/** Grid rows the samples come from: the first list's records, else every row under the header. */
function dataRows(view: SheetView, rows: readonly number[], lists: readonly NominationList[]): number[] {
  const records = lists[0]?.records ?? [];
  if (records.length > 0) return records.map((r) => r.row - view.originRow);
  let first = rows[rows.length - 1] + 1;
  while (first < view.rows.length && isColumnNumberRow(view, first)) first++;
  return Array.from({ length: Math.max(0, view.rows.length - first) }, (_, i) => first + i);
}

function layoutColumns(
  view: SheetView,
  rows: readonly number[],
  lists: readonly NominationList[],
  profile: ReadingProfile | null,
): LayoutColumn[] {
  const fieldOf = new Map<string, FieldKey>();
  for (const l of lists)
    for (const c of l.columns) if (!fieldOf.has(c.column)) fieldOf.set(c.column, c.field);
  const data = dataRows(view, rows, lists);
  // Every column holding anything from the header down is shown, even outside the list read.
  const used = new Array<boolean>(view.width).fill(false);
  for (let r = rows[0]; r < view.rows.length; r++) view.texts(r).forEach((t, c) => (used[c] ||= t !== ""));
  const out: LayoutColumn[] = [];
  for (let c = 0; c < view.width; c++) {
    const distinct = new Set<string>();
    let sample = "";
    let filled = 0;
    for (const r of data) {
      const t = view.text(r, c);
      if (t === "") continue;
      if (sample === "") sample = t;
      filled++;
      if (distinct.size <= MAX_CODE_VALUES) distinct.add(t);
    }
    // A code repeats ("TAPTHE", "X"); a column of names or numbers, each different, is no code column.
    const codes = distinct.size <= MAX_CODE_VALUES && (distinct.size < filled || filled === 1);
    const header = headerText(view, rows, c);
    if (!used[c]) continue;
    const column = columnLetter(view.sheetCol(c));
    out.push({
      column,
      header,
      sample,
      values: codes ? [...distinct] : [],
      field: fieldOf.get(column) ?? null,
      choice: profile?.columns?.[column],
    });
  }
  return out;
}

/** One layout per sheet that holds anything (our own "Tổng hợp" sheets and templates aside). */
export function sheetLayouts(
  sheets: readonly SheetGrid[],
  lists: readonly NominationList[],
  profiles: readonly ReadingProfile[],
): SheetLayout[] {
  const layouts: SheetLayout[] = [];
  for (const sheet of sheets) {
    const view = new SheetView(sheet);
    if (view.rows.length === 0 || isOwnSheet(view)) continue;
    const own = lists.filter((l) => l.sheet === sheet.name && l.headerRows.length > 0);
    const match = matchProfile(view, profiles);
    let rows: number[];
    if (own.length > 0) rows = own[0].headerRows.map((r) => r - view.originRow);
    else if (match !== null) rows = gridRows(match.row, match.profile.signature.rows);
    else rows = [guessHeaderRow(view)];
    const profile =
      own.length > 0 ? (profiles.find((p) => p.id === own[0].profile?.id) ?? null) : (match?.profile ?? null);
    layouts.push({
      sheet: sheet.name,
      records: own.length > 0 ? own.reduce((n, l) => n + l.records.length, 0) : null,
      headerRows: rows.map((r) => view.sheetRow(r)),
      profile,
      columns: layoutColumns(view, rows, own, profile),
    });
  }
  return layouts;
}

/** One correction the clerk makes in the table. */
export type Correction =
  | { type: "column"; column: string; field: FieldKey | null | "auto" }
  | { type: "header-row"; row: number }
  /** "Đây là danh sách" may say on which row its header is. */
  | { type: "list"; list: boolean; row?: number }
  | { type: "kind"; kind: SubjectKind | null }
  | {
      type: "value";
      column: string;
      value: string;
      target: { kind: SubjectKind } | { award: string } | null;
    };

/** "Trang «DS»: STT, Họ và tên, Mã ĐT": the sheet and the first header texts, for the clerk. */
function profileName(view: SheetView, rows: readonly number[]): string {
  const heads: string[] = [];
  for (let c = 0; c < view.width && heads.length < 3; c++) {
    const h = headerText(view, rows, c);
    if (h !== "") heads.push(h);
  }
  return `Trang «${view.name}»: ${heads.join(", ")}`;
}

function gridRows(top: number, depth: number): number[] {
  return Array.from({ length: depth }, (_, i) => top + i);
}

function newProfile(view: SheetView, layout: SheetLayout): ReadingProfile {
  const rows = layout.headerRows.map((r) => r - view.originRow);
  const signature = signatureAt(view, rows[0], rows.length);
  return { id: profileId(signature), name: profileName(view, rows), signature };
}

/** The profile's header moved to sheet row `row`: its signature is the texts found there. */
function movedHeader(view: SheetView, profile: ReadingProfile, row: number): ReadingProfile {
  const top = row - view.originRow;
  if (view.texts(top).every((t) => t === ""))
    throw new Error(`Dòng ${row} của trang «${view.name}» trống: không thể là dòng tiêu đề.`);
  const depth = detectHeaderAt(view, top, { ...NOMINATION_HEADER, forced: true })?.rows.length ?? 1;
  const signature = signatureAt(view, top, depth);
  const name = profileName(view, gridRows(top, depth));
  return { ...profile, id: profileId(signature), name, signature, headerRow: row };
}

function corrected(
  view: SheetView,
  profile: ReadingProfile,
  layout: SheetLayout,
  c: Correction,
): ReadingProfile {
  switch (c.type) {
    case "column": {
      const columns = { ...profile.columns };
      if (c.field === "auto") delete columns[c.column];
      else columns[c.column] = c.field;
      return { ...profile, columns };
    }
    case "header-row":
      return movedHeader(view, profile, c.row);
    case "list":
      if (!c.list) return { ...profile, list: false };
      if (c.row !== undefined) return { ...movedHeader(view, profile, c.row), list: true };
      // A sheet never read as a list gets its header where the table shows it.
      return layout.records === null && profile.headerRow === undefined
        ? { ...movedHeader(view, profile, layout.headerRows[0]), list: true }
        : { ...profile, list: true };
    case "kind": {
      const next = { ...profile };
      if (c.kind === null) delete next.kind;
      else next.kind = c.kind;
      return next;
    }
    case "value": {
      const same = (r: { column: string; value: string }) =>
        r.column === c.column && foldKey(r.value) === foldKey(c.value);
      const values = (profile.values ?? []).filter((r) => !same(r));
      if (c.target !== null) values.push({ column: c.column, value: c.value, ...c.target });
      return { ...profile, values };
    }
  }
}

/** A profile that no longer corrects anything is dropped rather than kept. */
function correctsSomething(p: ReadingProfile): boolean {
  return (
    Object.keys(p.columns ?? {}).length > 0 ||
    p.kind !== undefined ||
    (p.values ?? []).length > 0 ||
    p.list !== undefined ||
    p.headerRow !== undefined
  );
}

/**
 * The profiles after one correction of `layout` (a layout of `sheet`): its profile is changed, or
 * made when the layout had none. Throws a Vietnamese message when the correction cannot apply.
 */
export function correctReading(
  profiles: readonly ReadingProfile[],
  sheet: SheetGrid,
  layout: SheetLayout,
  correction: Correction,
): ReadingProfile[] {
  const view = new SheetView(sheet);
  const before = layout.profile ?? newProfile(view, layout);
  const after = corrected(view, before, layout, correction);
  const others = profiles.filter((p) => p.id !== before.id && p.id !== after.id);
  return correctsSomething(after) ? [...others, after] : others;
}
