/**
 * Assembling one list: the rows under a header become records until a signature block, a new
 * header or the end of the sheet. Section rows set the kind and title of the records below them.
 * Hot path: one pass over each row's mapped cells, ASCII fast paths, no per-cell objects.
 */
import type { FieldKey, Finding, NominationList, NominationRecord, SubjectKind } from "../types";
import { columnLetter, a1 } from "./address";
import { CellReader, errorValue, primitive } from "./cell";
import { dateToIso, normaliseDateNumber, normaliseDateText } from "./dates";
import { isFooterText, isFootnoteRow } from "./footer";
import { normaliseGender } from "./gender";
import { detectHeaderAt, isColumnNumberRow, type Header, type HeaderVocabulary } from "./header";
import { applyNameHeader, decideKind, listKindSource, nameHeaderKind, type RowEvidence } from "./evidence";
import { kindInText } from "./kind";
import { isPlaceholderRow } from "./placeholder";
import { headerOutline } from "./outline";
import { RowValues } from "./row-values";
import { isGroupTitle, isSectionNumber, looksLikeSectionTitle, sectionAwardAfter } from "./section";
import { awardColumnLabel, fieldForHeader } from "./synonyms";
import { foldKey, foldText } from "./text";
import { isTotalsRow } from "./totals";
import type { SheetView } from "./view";

// Local bindings for the per-cell loop (no module export accessors on the hot path).
const dateText = normaliseDateText;
const dateNumber = normaliseDateNumber;
const gender = normaliseGender;
const toPrimitive = primitive;
const errorOf = errorValue;

/** How a column's values are normalised. */
const enum Role {
  Text,
  Date,
  Gender,
  /** Birth date written in the column of the person's gender. */
  BirthByGender,
  /** A mark ("x") in a Nam or Nữ column. */
  GenderMark,
  /** One of several columns of the same field: the first filled wins (two kind columns). */
  First,
  /** A column named for one award: a mark gives that award, a text is the award itself. */
  AwardMark,
  /** A column named for one kind: a mark gives that kind, a text is the award for it. */
  KindMark,
  /** The name's second column ("Tên" after "Họ đệm"): joined to the first with a space. */
  Join,
}

interface Slot {
  col: number;
  /** Sheet column, for the encoding counts. */
  sheetCol: number;
  field: FieldKey;
  role: Role;
  gender: "nam" | "nu";
  letter: string;
  /** Index of the field the slot fills (gioiTinh for a gender mark) among the list's keys. */
  key: number;
  /** Index of gioiTinh, which a birth date by gender fills too; of hinhThuc for a kind mark. */
  genderKey: number;
  /** The column's label, for a mark column. */
  mark: string;
}

function roleOf(
  field: FieldKey,
  gender: "nam" | "nu" | undefined,
  mark: string | undefined,
  repeated: boolean,
  joined: boolean,
): Role {
  if (joined) return Role.Join;
  if (gender !== undefined) return field === "ngaySinh" ? Role.BirthByGender : Role.GenderMark;
  if (mark !== undefined) return field === "loai" ? Role.KindMark : Role.AwardMark;
  if (repeated) return Role.First;
  if (field === "ngaySinh") return Role.Date;
  if (field === "gioiTinh") return Role.Gender;
  return Role.Text;
}

export interface ListResult {
  list: NominationList;
  /** Grid row where reading stopped: a footer row, the next header's top row, or the end. */
  end: number;
  /** The header that ended this list, when one did. */
  next: Header | null;
}

const STT_NUMBER = /^\s*\d{1,6}\s*[.)]?\s*$/;

function isBlankValue(v: unknown): boolean {
  if (v === null || v === undefined || v === "") return true;
  if (typeof v === "string") return v.charCodeAt(0) <= 32 && v.trim() === "";
  if (typeof v === "object" && !(v instanceof Date)) return primitive(v) === null;
  return false;
}

function isErrorCell(v: unknown): boolean {
  return errorValue(typeof v === "object" && v !== null && !(v instanceof Date) ? primitive(v) : v) !== null;
}

export function formulaError(
  sheet: string,
  cell: string,
  row: number,
  field: FieldKey | null,
  value: string,
): Finding {
  return {
    code: "formula-error",
    severity: "error",
    sheet,
    cell,
    row,
    field,
    message: `Ô ${cell} có lỗi công thức ${value}: sửa công thức hoặc nhập trực tiếp giá trị đúng.`,
  };
}

const KIND_ADVICE =
  `thêm cột "Loại" (ghi "Tập thể", "Cá nhân" hoặc "Hộ gia đình") hoặc dòng tiêu đề mục phía trên ` +
  `(ví dụ "I. TẬP THỂ", "II. CÁ NHÂN")`;

/** No row of the list says its kind: one finding for the list, saying what to add. */
function unknownListKind(sheet: string, count: number): Finding {
  return {
    code: "unknown-kind",
    severity: "error",
    sheet,
    cell: null,
    row: null,
    field: null,
    message:
      `Không xác định được ${count} dòng của danh sách trên trang «${sheet}» là tập thể, cá nhân hay ` +
      `hộ gia đình: ${KIND_ADVICE}, hoặc ghi rõ trong tiêu đề cột tên ("Tên tập thể", "Họ và tên" ` +
      `kèm cột "Ngày sinh").`,
  };
}

function unknownKind(sheet: string, cell: string, row: number): Finding {
  return {
    code: "unknown-kind",
    severity: "error",
    sheet,
    cell,
    row,
    field: "ten",
    message: `Không xác định được dòng ${row} là tập thể, cá nhân hay hộ gia đình: ${KIND_ADVICE}.`,
  };
}

export function legacyFinding(sheet: string, reader: CellReader): Finding {
  const parts: string[] = [];
  if (reader.tcvn3 > 0) parts.push(`${reader.tcvn3} ô từ bảng mã TCVN3 (ABC, phông .VnTime)`);
  if (reader.vni > 0) parts.push(`${reader.vni} ô từ bảng mã VNI-Windows (phông VNI-Times)`);
  return {
    code: "legacy-encoding",
    severity: "info",
    sheet,
    cell: a1(reader.firstRow, reader.firstCol),
    row: reader.firstRow,
    field: null,
    message:
      `Đã chuyển ${parts.join(" và ")} sang Unicode để đọc danh sách. ` +
      `Nên chuyển tệp sang Unicode (phông Times New Roman) trước khi gửi để tránh lỗi hiển thị.`,
  };
}

/** The one kind named by the title rows above a header ("DANH SÁCH CÁ NHÂN ĐỀ NGHỊ…"). */
function titleKind(view: SheetView, from: number, to: number): SubjectKind | null {
  let found: SubjectKind | null = null;
  for (let r = Math.max(0, from); r < to; r++) {
    for (const t of view.texts(r)) {
      if (t === "" || t.length > 300) continue;
      const k = kindInText(foldText(t));
      if (k === null) continue;
      if (found !== null && found !== k) return null;
      found = k;
    }
  }
  return found;
}

export interface ListContext {
  view: SheetView;
  header: Header;
  /** Grid row the search for this header started at (title rows lie between). */
  titleFrom: number;
  sheetKind: SubjectKind | null;
  /** The sheet's header vocabulary (the clerk's column overrides included). */
  vocabulary: HeaderVocabulary<FieldKey>;
}

/** Reads the records under one header. */
export function readList(ctx: ListContext): ListResult {
  const { view, header } = ctx;
  const sheet = view.name;
  const reader = new CellReader();
  const keys: FieldKey[] = [];
  const keyOf = (field: FieldKey): number => {
    const k = keys.indexOf(field);
    return k >= 0 ? k : keys.push(field) - 1;
  };
  const slots: Slot[] = header.columns.map((h) => {
    const repeated = header.columns.some((o) => o !== h && o.field === h.field && o.gender === undefined);
    const role = roleOf(h.field, h.gender, h.mark, repeated, h.joined === true);
    return {
      col: h.col,
      sheetCol: view.sheetCol(h.col),
      field: h.field,
      role,
      gender: h.gender ?? "nam",
      letter: columnLetter(view.sheetCol(h.col)),
      key: keyOf(role === Role.GenderMark ? "gioiTinh" : h.field),
      genderKey:
        role === Role.BirthByGender ? keyOf("gioiTinh") : role === Role.KindMark ? keyOf("hinhThuc") : -1,
      mark: h.mark ?? "",
    };
  });
  const values = new RowValues(keys);
  const tenCol = header.columns.find((h) => h.field === "ten")?.col ?? 0;
  const sttCol = header.columns.find((h) => h.field === "stt")?.col ?? -1;
  const mappedCols = new Set(slots.map((s) => s.col));
  const tenLetter = columnLetter(view.sheetCol(tenCol));
  const positionField = nameWithPositionField(header);

  // Header texts count for the list's encoding too.
  for (const r of header.rows) {
    const row = view.row(r);
    for (let c = 0; c < row.length; c++) {
      const v = primitive(row[c]);
      if (typeof v === "string" && v !== "") reader.text(v, view.sheetRow(r), view.sheetCol(c));
    }
  }

  const records: NominationRecord[] = [];
  const findings: Finding[] = [];
  /** This row's error cells: reported only when the row turns out to be a record. */
  const rowErrors: Finding[] = [];
  const placeholderRows: number[] = [];
  const pending: { raw: string; row: number; col: number; apply: (text: string) => void }[] = [];
  /** This row's cells whose encoding the whole list decides (see `CellReader.settle`). */
  const undecided: { raw: string; row: number; slot: Slot; address: string }[] = [];
  const settleLater = (record: NominationRecord | null): void => {
    for (const { raw, row, slot, address } of undecided) {
      const apply =
        record === null
          ? () => undefined
          : (t: string) => {
              values.load(record.fields, record.cells);
              place(values, slot, t, address, false);
              values.store(record.fields, record.cells);
            };
      pending.push({ raw, row, col: slot.sheetCol, apply });
    }
    undecided.length = 0;
  };
  const hasHidden = view.hidden.size > 0;
  const evidence: RowEvidence = {
    loai: undefined,
    section: null,
    title: titleKind(view, ctx.titleFrom, header.rows[0]),
    sheet: ctx.sheetKind,
    hinhThuc: undefined,
    ten: undefined,
    personData: false,
    position: false,
  };
  /** Weighs the record's evidence (`evidence.section` set by the caller) into its kind. */
  const decide = (r: NominationRecord): void => {
    const f = r.fields;
    evidence.loai = f.loai;
    evidence.hinhThuc = f.hinhThuc;
    evidence.ten = f.ten;
    evidence.personData = f.ngaySinh !== undefined || f.gioiTinh !== undefined;
    evidence.position = positionField !== null && r.cells[positionField] === r.cells.ten;
    decideKind(evidence, r);
  };
  let section: string | undefined;
  let sectionKind: SubjectKind | null = null;
  /** The award the sections above name, and the cell that names it. */
  let sectionAward: string | null = null;
  let sectionAwardCell = "";
  const enterSection = (title: string, k: number, col: number): void => {
    section = title;
    sectionKind = kindInText(foldText(title)) ?? sectionKind;
    const award = sectionAwardAfter(title, sectionAward);
    if (award !== sectionAward) sectionAwardCell = a1(view.sheetRow(k), view.sheetCol(col));
    sectionAward = award;
  };
  let end = view.rows.length;
  let next: Header | null = null;

  const mergedDown = view.hasDownMergesFrom(header.dataStart);
  /** A continuation row's own cells: the name column's text is the position, the others fill gaps. */
  const continueRecord = (prev: NominationRecord, k: number): void => {
    const rowLabel = String(view.sheetRow(k));
    for (const slot of slots) {
      const raw = view.row(k)[slot.col];
      if (isBlankValue(raw) || isErrorCell(raw)) continue;
      const text = view.text(k, slot.col);
      const address = slot.letter + rowLabel;
      const field = slot.field === "ten" ? (positionField ?? "chucVu") : slot.field;
      if (text === "" || prev.fields[field] !== undefined) continue;
      if (field !== slot.field || slot.role === Role.Text) {
        prev.fields[field] = text;
        prev.cells[field] = address;
      } else {
        values.load(prev.fields, prev.cells);
        place(values, slot, text, address, false);
        values.store(prev.fields, prev.cells);
      }
    }
  };
  const rows = view.rows;
  for (let k = header.dataStart; k < rows.length; k++) {
    const row = rows[k];
    const sttRaw = sttCol >= 0 ? row[sttCol] : undefined;
    // A numbered row is not blank: the scan for blank rows and section titles is for the others.
    const numbered = typeof sttRaw === "number" || (typeof sttRaw === "string" && STT_NUMBER.test(sttRaw));
    // "1 | Ông Võ Văn Thắng" over "  | Bí thư Chi bộ": a record written over two rows, STT merged down.
    if (!numbered && mergedDown && sttCol >= 0 && isBlankValue(sttRaw) && records.length > 0) {
      const m = view.mergeAbove(k, sttCol);
      const prev = records[records.length - 1];
      if (m !== null && prev.row === view.sheetRow(m.top)) {
        continueRecord(prev, k);
        continue;
      }
    }
    // "1 | 2 | 3…" repeated under a page break: no name is a number.
    if (numbered && typeof row[tenCol] === "number" && isColumnNumberRow(view, k)) continue;
    // "1. | Khối Đảng, đoàn thể" and nothing else: a sub-section numbered like a record.
    if (numbered && isSubSection(view, k, tenCol)) {
      enterSection(`${view.text(k, sttCol).replace(/\.$/, "")}. ${view.text(k, tenCol)}`, k, tenCol);
      continue;
    }
    if (!numbered) {
      let nonEmpty = 0;
      let errors = 0;
      let firstCol = -1;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (isBlankValue(v)) continue;
        // Error values are no text: a row of helper formulas' "#N/A" is neither a title nor a footer.
        if (isErrorCell(v)) errors++;
        else if (nonEmpty++ === 0) firstCol = c;
      }
      if (nonEmpty === 0 && errors === 0) continue;
      // "(1) (2) (3)…" repeated under a page break: the columns' numbers, no record.
      if (nonEmpty >= 2 && isColumnNumberRow(view, k)) continue;
      if (nonEmpty > 0) {
        if (isTotalsRow(view.texts(k)) || isFootnoteRow(view.texts(k))) continue;
        if (isFooterRow(view, k, tenCol)) {
          end = k;
          break;
        }
        if (nonEmpty >= 3 && mayBeHeaderRow(view, k)) {
          const h = detectHeaderAt(view, k, ctx.vocabulary);
          if (h !== null) {
            end = k;
            next = h;
            break;
          }
        }
        const title = sectionTitle(view, k, nonEmpty, firstCol, tenCol, sttCol, mappedCols);
        if (title !== null) {
          enterSection(title, k, firstCol);
          continue;
        }
      }
    }
    const sheetRow = view.sheetRow(k);
    const rowLabel = String(sheetRow);

    let hasContent = false;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      let v = row[slot.col];
      let address = "";
      if (v === null || v === undefined || v === "") {
        // A value merged down over the records it applies to ("Giấy khen" once for the whole list).
        const m =
          mergedDown && slot.field !== "stt" && slot.field !== "ten" ? view.mergeAbove(k, slot.col) : null;
        if (m === null || m.top < header.dataStart) continue;
        v = rows[m.top][m.left];
        if (v === null || v === undefined || v === "") continue;
        address = slot.letter + String(view.sheetRow(m.top));
      }
      if (typeof v === "object" && !(v instanceof Date)) v = toPrimitive(v);
      const field = slot.field;
      if (address === "") address = slot.letter + rowLabel;
      let text: string;
      if (typeof v === "string") {
        const err = v.charCodeAt(0) === 35 ? errorOf(v) : null; // "#N/A"…
        if (err !== null) {
          rowErrors.push(formulaError(sheet, address, sheetRow, field, err));
          continue;
        }
        text = reader.text(v, sheetRow, slot.sheetCol);
        if (text === "") continue;
        if (reader.last === "ambiguous") undecided.push({ raw: v, row: sheetRow, slot, address });
        place(values, slot, text, address, false);
      } else if (typeof v === "number") {
        if (!Number.isFinite(v)) continue;
        place(
          values,
          slot,
          slot.role === Role.Date || slot.role === Role.BirthByGender ? dateNumber(v) : String(v),
          address,
          true,
        );
      } else if (v instanceof Date) {
        const iso = dateToIso(v);
        if (iso === null) continue;
        place(values, slot, iso, address, true);
      } else if (typeof v === "boolean") {
        place(values, slot, v ? "TRUE" : "FALSE", address, true);
      } else continue;
      if (field !== "stt") hasContent = true;
    }
    if (!hasContent) {
      values.clear();
      // A row whose every read cell is an error is a record whose formulas failed; a row with a
      // few errors and nothing else is a helper formula copied down, a blank row.
      if (rowErrors.length > 0 && rowErrors.length === slots.length)
        for (const f of rowErrors) findings.push(f);
      rowErrors.length = 0;
      if (undecided.length > 0) settleLater(null);
      continue;
    }

    const fields = values.fields();
    const cells = values.cells();
    if (isPlaceholderRow(fields, row)) {
      placeholderRows.push(sheetRow);
      rowErrors.length = 0;
      if (undecided.length > 0) settleLater(null);
      continue;
    }
    for (const f of rowErrors) findings.push(f);
    rowErrors.length = 0;
    if (positionField !== null) splitNameAndPosition(fields, cells, positionField);
    if (sectionAward !== null && fields.hinhThuc === undefined) {
      fields.hinhThuc = sectionAward;
      cells.hinhThuc = sectionAwardCell;
    }
    const record: NominationRecord =
      section === undefined
        ? { row: sheetRow, kind: null, kindSource: null, fields, cells }
        : { row: sheetRow, kind: null, kindSource: null, fields, cells, section };
    evidence.section = sectionKind;
    decide(record);
    if (hasHidden && view.hidden.has(sheetRow)) record.hidden = true;
    records.push(record);
    if (undecided.length > 0) settleLater(record);
  }

  reader.settle(pending);
  if (!keys.includes("hinhThuc") && keys.includes("ghiChu")) awardsFromNotes(records);
  // Settling may have changed names or kind columns; re-derive kinds only where they were unknown.
  for (const r of records) {
    if (r.kind !== null) continue;
    evidence.section = null;
    decide(r);
  }
  applyNameHeader(records, nameHeaderKind(header));
  const unknown = records.filter((r) => r.kind === null);
  if (unknown.length > 0 && unknown.length === records.length)
    findings.push(unknownListKind(sheet, unknown.length));
  else for (const r of unknown) findings.push(unknownKind(sheet, tenLetter + r.row, r.row));
  if (reader.tcvn3 + reader.vni > 0) findings.unshift(legacyFinding(sheet, reader));

  const outline = headerOutline(view, header);
  const list: NominationList = {
    sheet,
    ...outline,
    encoding: reader.encoding(),
    records,
    findings,
    kindSource: listKindSource({ records, columns: outline.columns }),
  };
  if (placeholderRows.length > 0) list.placeholderRows = placeholderRows;
  return { list, end, next };
}

/** "Họ và tên, chức vụ, đơn vị công tác" in one column: a name cell that carries a position too. */
const NAME_WITH_POSITION = /^(ho va ten|ho ten)\b.*\b(chuc vu|chuc danh|don vi cong tac|noi cong tac)\b/;

/**
 * The field a combined name column's position goes to (chucVu, else donVi, when the list has no
 * own column for it), or null when the name column is a name's alone.
 */
function nameWithPositionField(header: Header): "chucVu" | "donVi" | null {
  const ten = header.columns.find((h) => h.field === "ten");
  if (ten === undefined || !NAME_WITH_POSITION.test(foldKey(ten.header))) return null;
  const has = (field: FieldKey): boolean => header.columns.some((h) => h.field === field);
  return !has("chucVu") ? "chucVu" : !has("donVi") ? "donVi" : null;
}

/** Where a name ends and its position starts: a line break, else the first comma or spaced dash. */
function splitPoint(ten: string): number {
  const breakAt = ten.indexOf("\n");
  if (breakAt >= 0) return breakAt;
  const comma = ten.indexOf(",");
  const dash = ten.search(/\s[-–]\s/);
  // "Lê Văn Tám - Bí thư Chi đoàn, ấp 3": the dash comes first, the comma is inside the position.
  if (dash >= 0 && (comma < 0 || dash < comma)) return dash + 1;
  return comma;
}

/**
 * "Bà Nguyễn Thị Hồng⏎Phó Trưởng phòng…" or "Ông Trần Văn Hai, Chủ tịch Hội…": the name is the
 * first line (or what precedes the first comma, which no name holds), the position the rest, both
 * read from the name's cell. The cell itself is left as the clerk typed it.
 */
function splitNameAndPosition(
  fields: NominationRecord["fields"],
  cells: NominationRecord["cells"],
  into: "chucVu" | "donVi",
): void {
  const ten = fields.ten;
  if (ten === undefined) return;
  const at = splitPoint(ten);
  if (at <= 0) return;
  const name = ten.slice(0, at).trim();
  const rest = ten
    .slice(at + 1)
    .replace(/^[\s,;:–-]+/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (name === "" || rest === "") return;
  fields.ten = name;
  fields[into] = rest;
  cells[into] = cells.ten;
}

/**
 * A list without an award column whose "Ghi chú" holds the award ("Cờ thi đua của UBND tỉnh") for
 * most rows that fill it: those notes are the award proposed, read from the same cell.
 */
function awardsFromNotes(records: NominationRecord[]): void {
  let notes = 0;
  const awards: NominationRecord[] = [];
  for (const r of records) {
    const note = r.fields.ghiChu;
    if (note === undefined) continue;
    notes++;
    if (note.length <= 120 && awardColumnLabel(note)) awards.push(r);
  }
  if (awards.length === 0 || awards.length * 2 < notes) return;
  for (const r of awards) {
    r.fields.hinhThuc = r.fields.ghiChu;
    r.cells.hinhThuc = r.cells.ghiChu;
  }
}

/** Stores one normalised value; `typed`: the host gave a number/Date/boolean, not text. */
function place(row: RowValues, slot: Slot, value: string, address: string, typed: boolean): void {
  const k = slot.key;
  switch (slot.role) {
    case Role.Text:
      row.set(k, value, address);
      return;
    case Role.Date:
      row.set(k, typed ? value : dateText(value), address);
      return;
    case Role.Gender:
      row.set(k, typed ? value : gender(value), address);
      return;
    case Role.BirthByGender: {
      // The first filled of the two columns wins; gender comes from which one it is.
      const at = row.cell(k);
      if (at !== undefined && at !== address) return;
      row.set(k, typed ? value : dateText(value), address);
      row.set(slot.genderKey, slot.gender, address);
      return;
    }
    case Role.GenderMark: {
      const at = row.cell(k);
      if (at !== undefined && at !== address) return;
      row.set(k, slot.gender, address);
      return;
    }
    case Role.First:
      if (row.cell(k) === undefined) row.set(k, value, address);
      return;
    case Role.Join: {
      const at = row.cell(k);
      row.set(k, at === undefined ? value : `${row.value(k)} ${value}`, at ?? address);
      return;
    }
    case Role.AwardMark: {
      const mark = markOf(value);
      if (mark === "no") return;
      const award = mark === "yes" ? slot.mark : value;
      const at = row.cell(k);
      // Several marks in one row: every award, in column order, at the first one's cell.
      row.set(k, at === undefined ? award : `${row.value(k)}; ${award}`, at ?? address);
      return;
    }
    case Role.KindMark: {
      const mark = markOf(value);
      if (mark === "no") return;
      if (row.cell(k) === undefined) row.set(k, slot.mark, address);
      if (mark === "text" && row.cell(slot.genderKey) === undefined) row.set(slot.genderKey, value, address);
      return;
    }
  }
}

const MARK_YES = new Set(["x", "v", "co", "1", "dat", "yes", "ok", "true", "+", "*"]);
const MARK_NO = new Set(["0", "khong", "k", "no", "false", "-", ""]);

/** A cell under an award or kind column: a mark ("x", "✓", 1), a "no" mark ("0", "-"), or a text. */
function markOf(value: string): "yes" | "no" | "text" {
  if (value.length <= 6) {
    const key = foldText(value).replace(/[.\s]/g, "");
    if (MARK_YES.has(key) || /^[✓✔☑✗✘•●]+$/u.test(key)) return "yes";
    if (MARK_NO.has(key)) return "no";
  }
  return "text";
}

/** A signature-block row: a footer text, and no name in the name column (or a footer text there). */
export function isFooterRow(view: SheetView, k: number, tenCol: number): boolean {
  const texts = view.texts(k);
  const ten = texts[tenCol] ?? "";
  if (ten !== "" && !isFooterText(ten)) return false;
  for (const t of texts) if (t !== "" && isFooterText(t)) return true;
  return false;
}

/** A numbered row holding only a group's title in the name cell (the caller knows it is numbered). */
function isSubSection(view: SheetView, k: number, tenCol: number): boolean {
  const row = view.row(k);
  const ten = row[tenCol];
  if (typeof ten !== "string") return false;
  // Hot path (every numbered row): count the raw cells before any text work.
  let filled = 0;
  for (let c = 0; c < row.length; c++) if (!isBlankValue(row[c]) && ++filled > 2) return false;
  return filled === 2 && isGroupTitle(ten);
}

/** Cheap filter before a full header detection inside a list: some cell reads as a name header. */
function mayBeHeaderRow(view: SheetView, k: number): boolean {
  for (const t of view.texts(k)) if (t !== "" && t.length <= 60 && fieldForHeader(t) === "ten") return true;
  return false;
}

/** The title of a section row, or null when the row is a record. */
function sectionTitle(
  view: SheetView,
  k: number,
  nonEmpty: number,
  firstCol: number,
  tenCol: number,
  sttCol: number,
  mappedCols: ReadonlySet<number>,
): string | null {
  if (nonEmpty > 2) return null;
  const texts = view.texts(k);
  if (nonEmpty === 2) {
    // | I | TẬP THỂ |: a section number in the STT column and the title beside it.
    if (sttCol < 0 || texts[sttCol] === "" || !isSectionNumber(texts[sttCol])) return null;
    const rest = texts.find((t, c) => c !== sttCol && t !== "");
    return rest === undefined ? null : `${texts[sttCol].replace(/\.$/, "")}. ${rest}`;
  }
  const t = texts[firstCol] ?? "";
  if (t === "" || typeof view.row(k)[firstCol] === "number") return null;
  const merge = view.mergeAt(k, firstCol);
  if (merge !== null && merge.right - merge.left >= 2) return t;
  if (looksLikeSectionTitle(t) || isGroupTitle(t)) return t;
  if (firstCol === tenCol) return null;
  return firstCol === sttCol || !mappedCols.has(firstCol) ? t : null;
}
