/**
 * Reading media logs with the nomination lists' reading core: the same header detection (title
 * blocks, merged multi-row headers, column numbers), legacy encodings, dates, formula errors and
 * signature blocks, over the media log's own column vocabulary. Never throws, whatever the grid.
 */
import type { Finding, SheetGrid } from "../types";
import { columnLetter } from "../read/address";
import { CellReader, errorValue, primitive } from "../read/cell";
import { dateToIso, normaliseDateNumber, normaliseDateText } from "../read/dates";
import { detectHeaderAt, findHeader, type Header } from "../read/header";
import { HEADER_SEARCH_ROWS, isOwnSheet } from "../read/index";
import { formulaError, isFooterRow, legacyFinding } from "../read/list";
import { headerNotFoundOutline, headerOutline } from "../read/outline";
import { foldText } from "../read/text";
import { SheetView } from "../read/view";
import { MEDIA_HEADER } from "./columns";
import { mediaMatchers, monthInText, monthOfIso, monthOfValue, type MediaMatchers } from "./match";
import type { MediaField, MediaItem, MediaLog } from "./model";
import type { MediaProfile } from "./schema";

export const MEDIA_HEADER_NOT_FOUND_MESSAGE =
  'Không tìm thấy dòng tiêu đề của nhật ký tin bài (dòng có cột "Tiêu đề" hoặc "Tên bài" cùng ít nhất ' +
  'hai cột như "Tháng", "Cơ quan báo chí", "Loại", "Gương điển hình được nêu", "Ngày gửi") trong 30 dòng ' +
  "đầu của các trang tính. Hãy thêm dòng tiêu đề cột phía trên nhật ký.";

const STT_NUMBER = /^\s*\d{1,6}\s*[.)]?\s*$/;
/** Rows that total a log, never items. */
const TOTAL_ROW = /^(tong cong|tong so|cong|tong)\b/;

/** One row's raw reading, turned into an item once legacy texts are settled. */
interface Raw {
  row: number;
  texts: Partial<Record<MediaField, string>>;
  /** Month cell as the host gave it (number, Date) for `monthOfValue`. */
  monthValue: unknown;
  sectionMonth: number | null;
  sectionOutlet: string | null;
  cells: Partial<Record<MediaField, string>>;
  hidden: boolean;
}

function isBlank(v: unknown): boolean {
  if (v === null || v === undefined || v === "") return true;
  if (typeof v === "string") return v.trim() === "";
  if (typeof v === "object" && !(v instanceof Date)) return primitive(v) === null;
  return false;
}

function dateValue(v: unknown, text: string): string {
  if (typeof v === "number") return normaliseDateNumber(v);
  if (v instanceof Date) return dateToIso(v) ?? text;
  return normaliseDateText(text);
}

function readLog(
  view: SheetView,
  header: Header<MediaField>,
  matchers: MediaMatchers,
): { log: MediaLog; end: number; next: Header<MediaField> | null } {
  const sheet = view.name;
  const reader = new CellReader();
  const findings: Finding[] = [];
  const slots = header.columns.map((h) => ({
    col: h.col,
    field: h.field,
    letter: columnLetter(view.sheetCol(h.col)),
  }));
  const titleCol = header.columns.find((h) => h.field === "title")?.col ?? 0;
  const sttCol = header.columns.find((h) => h.field === "stt")?.col ?? -1;
  const mapped = new Set(slots.map((s) => s.col));
  // A sheet named for its month ("Tháng 3", "T3") gives the month of items with no month column.
  const fromSheet = monthInText(sheet);
  for (const r of header.rows)
    view.row(r).forEach((v, c) => {
      const p = primitive(v);
      if (typeof p === "string" && p !== "") reader.text(p, view.sheetRow(r), view.sheetCol(c));
    });

  const raws: Raw[] = [];
  const pending: { raw: string; row: number; col: number; apply: (text: string) => void }[] = [];
  let sectionMonth: number | null = null;
  let sectionOutlet: string | null = null;
  let end = view.rows.length;
  let next: Header<MediaField> | null = null;

  for (let k = header.dataStart; k < view.rows.length; k++) {
    const row = view.row(k);
    const filled: number[] = [];
    for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) filled.push(c);
    if (filled.length === 0) continue;
    const sheetRow = view.sheetRow(k);
    const stt = sttCol >= 0 ? row[sttCol] : undefined;
    const numbered = typeof stt === "number" || (typeof stt === "string" && STT_NUMBER.test(stt));
    if (!numbered) {
      if (isFooterRow(view, k, titleCol)) {
        end = k;
        break;
      }
      if (filled.length >= 3 && filled.every((c) => typeof row[c] !== "number")) {
        const h = detectHeaderAt(view, k, MEDIA_HEADER);
        if (h !== null) {
          end = k;
          next = h;
          break;
        }
      }
      const texts = view.texts(k);
      if (filled.length <= 2 && TOTAL_ROW.test(foldText(texts[filled[0]]))) continue;
      // A section row ("THÁNG 3", "I. BÁO AN GIANG"): one text, merged across or outside the title column.
      if (filled.length === 1 && typeof row[filled[0]] !== "number") {
        const c = filled[0];
        const merge = view.mergeAt(k, c);
        if ((merge !== null && merge.right - merge.left >= 2) || c !== titleCol || !mapped.has(c)) {
          sectionMonth = monthInText(texts[c]) ?? sectionMonth;
          sectionOutlet = matchers.outlet(texts[c]) !== null ? texts[c] : sectionOutlet;
          continue;
        }
      }
    }

    const raw: Raw = {
      row: sheetRow,
      texts: {},
      monthValue: undefined,
      sectionMonth,
      sectionOutlet,
      cells: {},
      hidden: view.hidden.has(sheetRow),
    };
    let content = false;
    for (const slot of slots) {
      const address = slot.letter + sheetRow;
      raw.cells[slot.field] = address;
      const v = primitive(row[slot.col]);
      if (isBlank(v)) continue;
      let text: string;
      if (typeof v === "string") {
        const err = errorValue(v);
        if (err !== null) {
          findings.push(formulaError(sheet, address, sheetRow, null, err));
          continue;
        }
        text = reader.text(v, sheetRow, view.sheetCol(slot.col));
        if (text === "") continue;
        if (reader.last === "ambiguous")
          pending.push({
            raw: v,
            row: sheetRow,
            col: view.sheetCol(slot.col),
            apply: (t) => (raw.texts[slot.field] = t),
          });
      } else if (typeof v === "number") {
        if (!Number.isFinite(v)) continue;
        text = String(v);
      } else if (v instanceof Date) {
        text = dateToIso(v) ?? "";
        if (text === "") continue;
      } else if (typeof v === "boolean") text = v ? "TRUE" : "FALSE";
      else continue;
      if (slot.field === "month") raw.monthValue = v;
      if (slot.field === "publishedOn" || slot.field === "sentOn") text = dateValue(v, text);
      raw.texts[slot.field] = text;
      if (slot.field !== "stt") content = true;
    }
    if (content) raws.push(raw);
  }
  reader.settle(pending);
  if (reader.tcvn3 + reader.vni > 0) findings.unshift(legacyFinding(sheet, reader));

  const items = raws.map((r) => toItem(r, fromSheet, matchers));
  const log: MediaLog = {
    sheet,
    ...headerOutline(view, header),
    encoding: reader.encoding(),
    items,
    findings,
  };
  return { log, end, next };
}

function toItem(r: Raw, fromSheet: number | null, matchers: MediaMatchers): MediaItem {
  const t = r.texts;
  const outletText = t.outlet ?? r.sectionOutlet;
  const mediumText = t.medium ?? null;
  // A medium written nowhere else may be named by the outlet ("Báo điện tử An Giang").
  let medium = mediumText !== null ? matchers.medium(mediumText) : matchers.mediumNamedIn(outletText ?? "");
  // An outlet written nowhere may follow from the medium when only one outlet has it.
  const outlet =
    outletText !== null
      ? matchers.outlet(outletText)
      : medium !== null
        ? matchers.onlyOutletOf(medium)
        : null;
  if (outlet !== null && medium === null && mediumText === null && outlet.media.length === 1)
    medium = outlet.media[0];
  const fromCell = t.month !== undefined ? monthOfValue(r.monthValue, t.month) : null;
  const publishedOn = t.publishedOn ?? null;
  const sentOn = t.sentOn ?? null;
  const item: MediaItem = {
    row: r.row,
    month: fromCell ?? r.sectionMonth ?? fromSheet ?? monthOfIso(publishedOn) ?? monthOfIso(sentOn),
    outlet: outlet?.id ?? null,
    outletText,
    medium,
    mediumText,
    title: t.title ?? null,
    exemplar: t.exemplar ?? null,
    publishedOn,
    sentOn,
    link: t.link ?? null,
    note: t.note ?? null,
    cells: r.cells,
  };
  if (t.month !== undefined && fromCell === null) item.monthText = t.month;
  if (r.hidden) item.hidden = true;
  return item;
}

function readSheet(sheet: SheetGrid, matchers: MediaMatchers): MediaLog[] {
  const view = new SheetView(sheet);
  if (view.rows.length === 0 || isOwnSheet(view)) return [];
  const logs: MediaLog[] = [];
  let header = findHeader(view, 0, HEADER_SEARCH_ROWS, MEDIA_HEADER);
  while (header !== null) {
    const { log, end, next } = readLog(view, header, matchers);
    logs.push(log);
    header = next ?? findHeader(view, end + 1, view.rows.length, MEDIA_HEADER);
  }
  return logs;
}

/** Every media log in the workbook, in sheet order; one `header-not-found` log when there is none. */
export function readMediaLogs(
  sheets: SheetGrid[],
  profile: Pick<MediaProfile, "outlets" | "mediaTypes">,
): MediaLog[] {
  const matchers = mediaMatchers(profile);
  const input: readonly SheetGrid[] = Array.isArray(sheets) ? sheets : [];
  const logs: MediaLog[] = [];
  for (const sheet of input)
    if (sheet !== null && typeof sheet === "object") logs.push(...readSheet(sheet, matchers));
  return logs.length > 0
    ? logs
    : [{ ...headerNotFoundOutline(input, MEDIA_HEADER_NOT_FOUND_MESSAGE), items: [] }];
}

/**
 * What a sheet holds: a media log when its first header reads as one and maps more columns than
 * any nomination header there ("Tên bài" also reads as a name), a nomination list, or neither.
 */
export function sheetListType(sheet: SheetGrid): "media" | "nomination" | null {
  if (sheet === null || typeof sheet !== "object") return null;
  const view = new SheetView(sheet);
  if (view.rows.length === 0 || isOwnSheet(view)) return null;
  const media = findHeader(view, 0, HEADER_SEARCH_ROWS, MEDIA_HEADER);
  const nomination = findHeader(view, 0, HEADER_SEARCH_ROWS);
  if (media !== null && (nomination === null || media.columns.length > nomination.columns.length))
    return "media";
  return nomination !== null ? "nomination" : null;
}

/** A workbook is a media log when some sheet holds one and none holds a nomination list. */
export function isMediaWorkbook(sheets: SheetGrid[]): boolean {
  const types = (Array.isArray(sheets) ? sheets : []).map(sheetListType);
  return types.includes("media") && !types.includes("nomination");
}
