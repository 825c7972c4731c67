/**
 * The reading core: sheets → nomination lists. Finds each list's header, maps its columns,
 * reads its records (kinds, normalised values, cell addresses) and reports what it had to guess
 * or could not read. Never throws, whatever the grid.
 */
import type { NominationList, ReadOptions, SheetGrid } from "../types";
import { findHeader } from "./header";
import { kindFromSheetName } from "./kind";
import { readList } from "./list";
import { headerNotFoundOutline } from "./outline";
import { nominationVocabulary } from "./overrides";
import { applyProfile, matchProfile, profileColumns, profileHeader } from "./profile";
import { foldText } from "./text";
import { SheetView } from "./view";

export { a1, columnLetter, columnNumber, parseRange } from "./address";
export { foldText, foldKey, cleanText } from "./text";
export { fieldForHeader } from "./synonyms";
export { kindFromValue, kindFromSheetName, kindFromParticulars } from "./kind";
export { normaliseDateText, normaliseDateNumber, serialToIso, dateToIso, isRealDate } from "./dates";
export { normaliseGender } from "./gender";
export { convertTcvn3 } from "./encoding/tcvn3";
export { convertVni } from "./encoding/vni";
export { decodeLegacy, classifyText } from "./encoding/detect";
export { ERROR_VALUES } from "./cell";
export { appliedProfiles, profileUsage, type ReadingProfile } from "./profile";
export { parseProfilesText, profilesFileText, storedProfiles } from "./profile-schema";

/** The first header must start within this many rows of the sheet's top. */
export const HEADER_SEARCH_ROWS = 30;
/** Rows looked at for `{{…}}` placeholders (a summary template, not a list). */
const TEMPLATE_SCAN_ROWS = 60;

export const HEADER_NOT_FOUND_MESSAGE =
  'Không tìm thấy dòng tiêu đề của danh sách (dòng có cột "Họ và tên" hoặc "Tên tập thể, cá nhân" ' +
  'cùng ít nhất hai cột khác như "STT", "Năm sinh", "Chức vụ") trong 30 dòng đầu của các trang tính. ' +
  "Hãy thêm dòng tiêu đề cột phía trên danh sách, hoặc chọn các cột bằng tay trong khung Trợ lý.";

/** Sheets the product writes itself or that hold a template, never a list. */
export function isOwnSheet(view: SheetView): boolean {
  if (foldText(view.name).startsWith("tong hop")) return true;
  const rows = Math.min(view.rows.length, TEMPLATE_SCAN_ROWS);
  for (let r = 0; r < rows; r++)
    for (const v of view.row(r)) if (typeof v === "string" && v.includes("{{")) return true;
  return false;
}

function readSheet(sheet: SheetGrid, options: ReadOptions): NominationList[] {
  const view = new SheetView(sheet);
  if (view.rows.length === 0 || isOwnSheet(view)) return [];
  const sheetKind = kindFromSheetName(view.name);
  const overrides = options.columnOverrides;
  const profiled = matchProfile(view, options.profiles);
  if (profiled?.profile.list === false) return [];
  const vocabulary = nominationVocabulary(
    profileColumns(
      profiled,
      overrides !== null && typeof overrides === "object" && Object.hasOwn(overrides, view.name)
        ? overrides[view.name]
        : undefined,
    ),
    view.originCol,
  );
  const lists: NominationList[] = [];
  let header =
    profiled !== null
      ? profileHeader(view, profiled, vocabulary)
      : findHeader(view, 0, HEADER_SEARCH_ROWS, vocabulary);
  let titleFrom = 0;
  while (header !== null) {
    const { list, end, next } = readList({ view, header, titleFrom, sheetKind, vocabulary });
    lists.push(list);
    titleFrom = end + 1;
    // After a signature block, another list may follow anywhere below it.
    header = next ?? findHeader(view, end + 1, view.rows.length, vocabulary);
    if (next !== null) titleFrom = end;
  }
  return profiled !== null ? applyProfile(view, lists, profiled.profile) : lists;
}

/**
 * Every list in the workbook, in sheet order; one `header-not-found` list when there is none.
 * `options.columnOverrides` (by sheet name, then column letter) replaces the guessed mapping.
 */
export function readLists(sheets: SheetGrid[], options: ReadOptions = {}): NominationList[] {
  const all: NominationList[] = [];
  const input: readonly SheetGrid[] = Array.isArray(sheets) ? sheets : [];
  for (const sheet of input) {
    if (sheet === null || typeof sheet !== "object") continue;
    all.push(...readSheet(sheet, options ?? {}));
  }
  return all.length > 0 ? all : [{ ...headerNotFoundOutline(input, HEADER_NOT_FOUND_MESSAGE), records: [] }];
}
