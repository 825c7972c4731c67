/**
 * Header detection: one to three header rows, merged parents over children ("Ngày, tháng, năm
 * sinh" over "Nam" | "Nữ"), with or without merge information, then an optional row of column
 * numbers "(1) (2) …". A header maps at least three columns, one of them the name.
 */
import type { FieldKey } from "../types";
import {
  awardColumnLabel,
  fieldForHeader,
  genderSubHeader,
  isCodeHeader,
  isWorkTitleHeader,
  kindColumnLabel,
} from "./synonyms";
import { foldKey } from "./text";
import type { SheetView } from "./view";

export interface HeaderColumn<F extends string = FieldKey> {
  /** 0-based grid column. */
  col: number;
  header: string;
  field: F;
  /** A "Nam"/"Nữ" sub-column: birth date written under the person's gender, or a gender mark. */
  gender?: "nam" | "nu";
  /**
   * A column named for one award ("Giấy khen", "Tập thể lao động tiên tiến") or one kind
   * ("Khen thưởng cá nhân"): a mark under it means that award or kind (an award matrix).
   */
  mark?: string;
  /** The anchor's second part ("Họ đệm" | "Tên"): its text is joined to the first part's. */
  joined?: boolean;
}

/** A header cell's own label (the lowest of its parts), mapped or not. */
export interface HeaderLabel {
  col: number;
  text: string;
}

export interface Header<F extends string = FieldKey> {
  /** 0-based grid rows of the header. */
  rows: number[];
  /** Every column's label, mapped or not (what a list is about shows in the ones it does not read). */
  labels: HeaderLabel[];
  columns: HeaderColumn<F>[];
  /** First grid row after the header and its column-number rows. */
  dataStart: number;
}

export const MIN_MAPPED = 3;
const MAX_DEPTH = 3;

const COLUMN_NUMBER = /^\(?\s*[0-9a-z]{1,2}\s*\)?(\s*[=+\-*/x]\s*\(?\s*[0-9a-z]{1,2}\s*\)?)*$/i;

/** "(1) (2) (3)…", "1 2 3…", "A B 1 2…": numbering of the columns, not data. */
export function isColumnNumberRow(view: SheetView, r: number): boolean {
  const row = view.row(r);
  let count = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 99) return false;
    } else {
      const t = view.text(r, c);
      if (t === "") continue;
      if (!COLUMN_NUMBER.test(t)) return false;
    }
    count++;
  }
  return count >= 2;
}

function isNumberCell(v: unknown): boolean {
  return typeof v === "number";
}

/** Whether grid cell (p, c) sits under a parent that spans several columns (or under nothing). */
function spansAbove(view: SheetView, p: number, c: number, child: number): boolean {
  const m = view.mergeAt(p, c);
  if (m !== null) return m.right > m.left;
  if (view.text(p, c) === "") return true;
  return view.text(p, c + 1) === "" && view.mergeAt(p, c + 1) === null && view.text(child, c + 1) !== "";
}

/** A row of sub-headers: only text, each under a spanning parent; no numbers, no column numbers. */
function isChildRow(view: SheetView, k: number): boolean {
  if (k >= view.rows.length || isColumnNumberRow(view, k)) return false;
  const row = view.row(k);
  const texts = view.texts(k);
  let any = false;
  for (let c = 0; c < texts.length; c++) {
    if (texts[c] === "") continue;
    if (isNumberCell(row[c]) || !spansAbove(view, k - 1, c, k)) return false;
    any = true;
  }
  return any;
}

function hasTextBelow(view: SheetView, h: number, c: number, last: number): boolean {
  for (let k = h + 1; k <= last; k++) if (view.text(k, c) !== "") return true;
  return false;
}

/** Without merge information a parent's text sits in its first cell, blanks to its right. */
function parentFromLeft(view: SheetView, h: number, c: number, last: number): string {
  if (h >= last || !hasTextBelow(view, h, c, last)) return "";
  for (let p = c - 1; p >= 0; p--) {
    if (view.mergeAt(h, p) !== null) return "";
    const t = view.text(h, p);
    if (t !== "") return hasTextBelow(view, h, p, last) ? t : "";
    if (!hasTextBelow(view, h, p, last)) return "";
  }
  return "";
}

function labelParts(view: SheetView, top: number, last: number, c: number): string[] {
  const parts: string[] = [];
  for (let h = top; h <= last; h++) {
    let t = view.text(h, c);
    if (t === "") {
      const m = view.mergeAt(h, c);
      if (m !== null) t = m.top >= top ? view.text(m.top, m.left) : "";
      else t = parentFromLeft(view, h, c, last);
    }
    if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts;
}

/**
 * What one kind of list calls its columns: nomination lists (the default) or other lists read by
 * the same header detection (the press media log, src/core/media).
 */
export interface HeaderVocabulary<F extends string> {
  /** Field of a column from its label parts (parent first, child last), or null. */
  mapColumn(parts: string[]): { field: F; gender?: "nam" | "nu"; mark?: string } | null;
  /** The field every header of this kind maps (a nomination's name, a media item's title). */
  anchor: F;
  /** Whether the mapped columns make a header of this kind; `labels`: every label of the header. */
  accepts?(columns: readonly HeaderColumn<F>[], labels: readonly HeaderLabel[]): boolean;
  /** When no column is the anchor: a column that stands in for it ("Đơn vị" in a unit list), or null. */
  standIn?(columns: readonly HeaderColumn<F>[]): HeaderColumn<F> | null;
  /** Fields several columns may map to (marks of an award matrix, two kind columns). */
  repeatable?: ReadonlySet<string>;
  /** Last adjustments to the mapped columns; `used` holds the fields mapped so far. */
  complete?(columns: HeaderColumn<F>[], used: ReadonlySet<string>): void;
  /** The clerk's choice for grid column c: a field, null (not read), undefined (guess from the label). */
  fixed?(col: number): { field: F; gender?: "nam" | "nu"; mark?: string } | null | undefined;
  /** The clerk placed the header here (a reading profile): take it however little it maps. */
  forced?: boolean;
}

type Mapped = { field: FieldKey; gender?: "nam" | "nu"; mark?: string };

function mapColumn(parts: string[]): Mapped | null {
  const last = parts[parts.length - 1];
  const parent =
    parts.length >= 2 ? (fieldForHeader(parts.slice(0, -1).join(" ")) ?? fieldForHeader(parts[0])) : null;
  if (parent !== null) {
    const gender = genderSubHeader(last);
    if (gender !== null && (parent === "ngaySinh" || parent === "gioiTinh")) return { field: parent, gender };
  }
  // Awards under "Quá trình khen thưởng" or "Thành tích" are past ones, not the proposal.
  if (parent !== "quaTrinhKhenThuong" && parent !== "thanhTich") {
    const mark = markColumn(last);
    if (mark !== null) return mark;
  }
  // A child label that names a field on its own wins over its parent: "Nơi công tác / Chức vụ".
  const field = fieldForHeader(last) ?? fieldForHeader(parts.join(" ")) ?? fieldForHeader(parts[0]);
  return field === null ? null : { field };
}

/** Quick test before the full detection: a row worth trying as a header's top row. */
function mayStartHeader(view: SheetView, r: number): boolean {
  const texts = view.texts(r);
  let filled = 0;
  for (const t of texts) if (t !== "" && ++filled >= MIN_MAPPED) return true;
  return false;
}

/** "Chức vụ, đơn vị công tác" in one column carries both particulars. */
function splitChucVuDonVi(columns: HeaderColumn[], used: ReadonlySet<string>): void {
  if (used.has("donVi")) return;
  const chucVu = columns.find((h) => h.field === "chucVu");
  if (chucVu !== undefined && /don vi|noi cong tac|co quan/.test(foldKey(chucVu.header))) {
    columns.splice(columns.indexOf(chucVu) + 1, 0, {
      col: chucVu.col,
      header: chucVu.header,
      field: "donVi",
    });
  }
}

/** A column named for one award or one kind, or null. */
function markColumn(label: string): Mapped | null {
  if (awardColumnLabel(label)) return { field: "hinhThuc", mark: label };
  if (kindColumnLabel(label)) return { field: "loai", mark: label };
  return null;
}

const UNIT_NAME = /^(ten )?(co quan )?don vi( duoc (de nghi|khen thuong))?$/;

/** A unit list names its name column "Đơn vị" (read as a person's đơn vị công tác elsewhere). */
function unitStandIn(columns: readonly HeaderColumn[]): HeaderColumn | null {
  if (columns.some((h) => h.field === "chucVu" || h.field === "ngaySinh" || h.field === "gioiTinh"))
    return null;
  const unit = columns.find((h) => h.field === "donVi" && UNIT_NAME.test(foldKey(h.header)));
  return unit === undefined ? null : { ...unit, field: "ten" };
}

/**
 * Headers that are not nomination lists although they have a name column: works (initiatives,
 * projects: "Tên đề tài", "Tên sáng kiến"), and code tables ("Mã" beside names, nothing else).
 */
function acceptsNomination(columns: readonly HeaderColumn[], labels: readonly HeaderLabel[]): boolean {
  const ten = columns.find((h) => h.field === "ten");
  if (ten === undefined || /\btac gia\b/.test(foldKey(ten.header))) return false;
  if (labels.some((l) => l.col < ten.col && isWorkTitleHeader(l.text))) return false;
  const codes = labels.filter((l) => isCodeHeader(l.text)).length;
  if (codes === 0) return true;
  const substantive = columns.filter((h) => !["stt", "ten", "loai", "ghiChu"].includes(h.field));
  return substantive.length >= 2;
}

/** The nomination list's vocabulary: every header needs the name column. */
export const NOMINATION_HEADER: HeaderVocabulary<FieldKey> = {
  mapColumn,
  anchor: "ten",
  standIn: unitStandIn,
  repeatable: new Set(["hinhThuc", "loai"]),
  accepts: acceptsNomination,
  complete: splitChucVuDonVi,
};

/** The header whose top row is grid row r, or null (nomination vocabulary unless given). */
export function detectHeaderAt<F extends string = FieldKey>(
  view: SheetView,
  r: number,
  // The default is the nomination vocabulary, whose F is FieldKey.
  vocabulary: HeaderVocabulary<F> = NOMINATION_HEADER as unknown as HeaderVocabulary<F>,
): Header<F> | null {
  if (r < 0 || r >= view.rows.length || (vocabulary.forced !== true && !mayStartHeader(view, r))) return null;
  let depth = 1;
  for (const m of view.mergesStartingAt(r)) depth = Math.max(depth, Math.min(MAX_DEPTH, m.bottom - r + 1));
  depth = Math.min(depth, view.rows.length - r);
  while (depth < MAX_DEPTH && isChildRow(view, r + depth)) depth++;
  const last = r + depth - 1;

  const columns: HeaderColumn<F>[] = [];
  const labels: HeaderLabel[] = [];
  const used = new Set<string>();
  const repeatable = vocabulary.repeatable;
  let hasName = false;
  for (let c = 0; c < view.width; c++) {
    const parts = labelParts(view, r, last, c);
    if (parts.length > 0) labels.push({ col: c, text: parts[parts.length - 1] });
    const fixed = vocabulary.fixed?.(c);
    if (fixed === undefined && parts.length === 0) continue;
    const mapped = fixed === undefined ? vocabulary.mapColumn(parts) : fixed;
    if (mapped === null) continue;
    const key = mapped.field + (mapped.gender ?? "");
    if (mapped.field === vocabulary.anchor && hasName && isNamePart(columns, mapped.field, parts, c)) {
      columns.push({ col: c, header: parts.join(" / "), field: mapped.field, joined: true });
      continue;
    }
    const again = repeatable?.has(mapped.field) === true;
    if (!again && (used.has(key) || (mapped.gender === undefined && used.has(mapped.field)))) continue;
    used.add(key);
    if (mapped.gender === undefined) used.add(mapped.field);
    if (mapped.field === vocabulary.anchor) hasName = true;
    columns.push({
      col: c,
      header: parts.join(" / "),
      field: mapped.field,
      gender: mapped.gender,
      mark: mapped.mark,
    });
  }
  if (!hasName && vocabulary.standIn !== undefined) {
    const standIn = vocabulary.standIn(columns);
    if (standIn !== null) {
      columns[columns.findIndex((h) => h.col === standIn.col)] = standIn;
      used.add(String(standIn.field));
      hasName = true;
    }
  }
  const accepted = hasName && columns.length >= MIN_MAPPED && vocabulary.accepts?.(columns, labels) !== false;
  if (!accepted && vocabulary.forced !== true) return null;

  vocabulary.complete?.(columns, used);
  for (const h of columns) {
    if (h.gender === undefined) delete h.gender;
    if (h.mark === undefined) delete h.mark;
  }

  let dataStart = last + 1;
  for (let k = 0; k < 2 && dataStart < view.rows.length && isColumnNumberRow(view, dataStart); k++)
    dataStart++;
  const rows: number[] = [];
  for (let h = r; h <= last; h++) rows.push(h);
  return { rows, labels, columns, dataStart };
}

const FAMILY_NAME = /^ho( va)?( chu| ten)? (dem|lot)$|^ho$/;

/**
 * A second column of the name: "Tên" right of "Họ đệm" (a school export), or the next column
 * under one "Họ và tên" merged across both ("Ông" | "Nguyễn Văn Hùng", a decision's annex).
 */
function isNamePart<F extends string>(
  columns: readonly HeaderColumn<F>[],
  field: F,
  parts: readonly string[],
  c: number,
): boolean {
  const before = columns[columns.length - 1];
  if (before === undefined || before.col !== c - 1 || before.field !== field) return false;
  if (before.header === parts.join(" / ")) return true;
  if (foldKey(parts[parts.length - 1]) !== "ten") return false;
  const family = before.header.split(" / ");
  return FAMILY_NAME.test(foldKey(family[family.length - 1]));
}

/** The first header whose top row lies in [from, to) (nomination vocabulary unless given). */
export function findHeader<F extends string = FieldKey>(
  view: SheetView,
  from: number,
  to: number,
  vocabulary: HeaderVocabulary<F> = NOMINATION_HEADER as unknown as HeaderVocabulary<F>,
): Header<F> | null {
  const end = Math.min(to, view.rows.length);
  for (let r = Math.max(0, from); r < end; r++) {
    const h = detectHeaderAt(view, r, vocabulary);
    if (h !== null) return h;
  }
  return null;
}
