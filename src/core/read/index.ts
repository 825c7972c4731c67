/**
 * The reading core: sheets → nomination lists. Finds each list's header, maps its columns,
 * reads its records (kinds, normalised values, cell addresses) and reports what it had to guess
 * or could not read. Never throws, whatever the grid.
 */
import type { FieldKey, NominationList, ProfileRef, ReadOptions, SheetGrid, SheetInfo } from "../types";
import { findHeader } from "./header";
import { kindFromSheetName } from "./kind";
import { readList } from "./list";
import { headerNotFoundOutline } from "./outline";
import { nominationVocabulary } from "./overrides";
import { roleAfterReading, roleBeforeReading } from "./roles";
import { applyProfile, matchProfile, profileColumns, profileHeader, type ProfileMatch } from "./profile";
import { OWN_TITLES } from "../own-titles";
import { foldText } from "./text";
import { SheetView } from "./view";

export { a1, columnLetter, columnNumber, parseRange } from "./address";
export { foldText, foldKey, cleanText } from "./text";
export { fieldForHeader } from "./synonyms";
export { kindFromValue, kindFromSheetName } from "./kind";
export { normaliseDateText, normaliseDateNumber, serialToIso, dateToIso, isRealDate } from "./dates";
export { normaliseGender } from "./gender";
export { convertTcvn3 } from "./encoding/tcvn3";
export { convertVni } from "./encoding/vni";
export { decodeLegacy, classifyText } from "./encoding/detect";
export { ERROR_VALUES } from "./cell";
export { kindSourceLine, sheetRoleLine } from "./explain";
export { profileUsage, type ReadingProfile } from "./profile";
export { parseProfilesText, profilesFileText, storedProfiles } from "./profile-schema";

/** The first header must start within this many rows of the sheet's top. */
export const HEADER_SEARCH_ROWS = 30;
/** Rows looked at for `{{…}}` placeholders (a summary template, not a list). */
const TEMPLATE_SCAN_ROWS = 60;

export const HEADER_NOT_FOUND_MESSAGE =
  'Không tìm thấy dòng tiêu đề của danh sách (dòng có cột "Họ và tên" hoặc "Tên tập thể, cá nhân" ' +
  'cùng ít nhất hai cột khác như "STT", "Năm sinh", "Chức vụ") trong 30 dòng đầu của các trang tính. ' +
  "Hãy thêm dòng tiêu đề cột phía trên danh sách, hoặc chọn các cột bằng tay trong khung Trợ lý.";

/** Rows our own sheets carry their title within. */
const OWN_TITLE_ROWS = 15;

/**
 * Sheets the product wrote (a "Tổng hợp…" sheet under one of our titles) or that hold a template,
 * never a list. A clerk's list on a sheet named "Tổng hợp" is read like any other.
 */
export function isOwnSheet(view: SheetView): boolean {
  const rows = Math.min(view.rows.length, TEMPLATE_SCAN_ROWS);
  const titled = foldText(view.name).startsWith("tong hop");
  for (let r = 0; r < rows; r++)
    for (const v of view.row(r)) {
      if (typeof v !== "string") continue;
      if (v.includes("{{")) return true;
      if (titled && r < OWN_TITLE_ROWS && OWN_TITLES.includes(v.trim())) return true;
    }
  return false;
}

/** One sheet's lists, with the number of header labels of each (mapped or not). */
function readSheet(
  view: SheetView,
  options: ReadOptions,
  profiled: ProfileMatch | null,
): { lists: NominationList[]; labels: number[] } {
  const sheetKind = kindFromSheetName(view.name);
  const overrides = options.columnOverrides;
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
  const labels: number[] = [];
  let header =
    profiled !== null
      ? profileHeader(view, profiled, vocabulary)
      : findHeader(view, 0, HEADER_SEARCH_ROWS, vocabulary);
  let titleFrom = 0;
  while (header !== null) {
    const { list, end, next } = readList({ view, header, titleFrom, sheetKind, vocabulary });
    lists.push(list);
    // A label merged over two columns is one label.
    labels.push(new Set(header.labels.map((l) => l.text)).size);
    titleFrom = end + 1;
    // After a signature block, another list may follow anywhere below it.
    header = next ?? findHeader(view, end + 1, view.rows.length, vocabulary);
    if (next !== null) titleFrom = end;
  }
  return { lists: profiled !== null ? applyProfile(view, lists, profiled.profile) : lists, labels };
}

/** Every sheet's role, and the lists of the `list` sheets. */
export interface WorkbookReading {
  sheets: SheetInfo[];
  lists: NominationList[];
  /** The reading profiles that matched a sheet (read a list or set a sheet aside), once each. */
  profiles: ProfileRef[];
}

interface SheetReading {
  info: SheetInfo;
  lists: NominationList[];
  profile: ProfileRef | null;
}

/** One sheet's role and, when it is a list, its lists. */
function readRole(sheet: SheetGrid, options: ReadOptions): SheetReading {
  const view = new SheetView(sheet);
  if (view.rows.length > 0 && isOwnSheet(view))
    return { info: { name: view.name, role: "report", reason: OWN_SHEET_REASON }, lists: [], profile: null };
  // A reading profile is the clerk's word on the sheet: it overrides the reader's own judgement.
  const profiled = matchProfile(view, options.profiles);
  const profile = profiled === null ? null : { id: profiled.profile.id, name: profiled.profile.name };
  const known = roleBeforeReading(view);
  if (profiled?.profile.list === false) {
    const role = known !== null && known.role !== "list" ? known.role : "form";
    const reason = `không phải danh sách (theo cách đọc «${profiled.profile.name}»)`;
    return { info: { name: view.name, role, reason }, lists: [], profile };
  }
  if (known !== null && profiled === null) return { info: known, lists: [], profile };
  const { lists, labels } = readSheet(view, options, profiled);
  if (profiled !== null && lists.length > 0) {
    const reason = `danh sách (theo cách đọc «${profiled.profile.name}»)`;
    return { info: { name: view.name, role: "list", reason }, lists, profile };
  }
  const info = roleAfterReading(view, sheet.visibility, lists, labels);
  return { info, lists: info.role === "list" ? lists : [], profile };
}

const OWN_SHEET_REASON = "trang tổng hợp hoặc mẫu báo cáo, không phải danh sách";

/**
 * Every sheet's role with its reason, and every list of the `list` sheets in sheet order; one
 * `header-not-found` list when there is none. `options.columnOverrides` (by sheet name, then
 * column letter) replaces the guessed mapping.
 */
export function readWorkbook(sheets: SheetGrid[], options: ReadOptions = {}): WorkbookReading {
  const infos: SheetInfo[] = [];
  const all: NominationList[] = [];
  const profiles = new Map<string, ProfileRef>();
  const input: readonly SheetGrid[] = Array.isArray(sheets) ? sheets : [];
  for (const sheet of input) {
    if (sheet === null || typeof sheet !== "object") continue;
    const { info, lists, profile } = readRole(sheet, options ?? {});
    infos.push(info);
    all.push(...lists);
    if (profile !== null) profiles.set(profile.id, profile);
  }
  const lists =
    all.length > 0
      ? all
      : [{ ...headerNotFoundOutline<FieldKey>(input, HEADER_NOT_FOUND_MESSAGE), records: [] }];
  return { sheets: infos, lists, profiles: [...profiles.values()] };
}

/** Every list in the workbook (see `readWorkbook`), for callers that need no sheet roles. */
export function readLists(sheets: SheetGrid[], options: ReadOptions = {}): NominationList[] {
  return readWorkbook(sheets, options).lists;
}
