/**
 * The role of each sheet: a nomination list, or something beside it that must not be checked or
 * counted — a lookup table (`DANHMUC`, hidden code sheets), instructions with example rows
 * (`Hướng dẫn`), a report, a form that is not a nomination list, an empty sheet. Each role comes
 * with a reason the clerk can read.
 */
import type { NominationList, SheetInfo, SheetRole } from "../types";
import { isCodeHeader, kindCountLabel } from "./synonyms";
import { foldKey } from "./text";
import type { SheetView } from "./view";

const LOOKUP_NAME =
  /^(danh ?muc|dmuc|dm|bang ma|ma|ma so|tra cuu|lookup|list|lists|data|du lieu|tham so|cau hinh|config|settings?|codes?|phan loai|hinh thuc|danh hieu|linh vuc)( |$)/;
const INSTRUCTIONS_NAME =
  /^(huong dan|hdsd|hd|cach (nhap|ghi|dien)|luu y|vi du|mau vi du|guide|readme|instructions?|help|giai thich)( |$)/;
const REPORT_NAME = /^(bao cao|thong ke|bieu tong hop|ket qua kiem tra)( |$)/;
/** Titles of forms that share a list's columns but nominate no one (surveys, registers). */
const FORM_TITLE =
  /\b(phieu|dieu tra|khao sat|thu thap thong tin|cung cau lao dong|viec lam|dang ky|to khai|bao cao ket qua)\b/;
const INSTRUCTIONS_TITLE = /^huong dan\b/;
/** Titles that name a commendation: the list under them nominates, whatever its columns. */
const COMMENDATION_TITLE =
  /\b(khen thuong|thi dua|danh hieu|bang khen|giay khen|lao dong (tien tien|xuat sac)|dien hinh tien tien|suy ton|ton vinh|tuyen duong)\b/;
/** Filler an instructions sheet writes in its example rows. */
const FILLER = /\b(khong nhap|bat buoc nhap|chon (tu|trong) danh sach|de trong)\b|^(vi du|nhap)\b/;
/** Fields a nomination list carries and a look-alike form does not. */
const NOMINATION_FIELDS: ReadonlySet<string> = new Set([
  "thanhTich",
  "hinhThuc",
  "quaTrinhKhenThuong",
  "loai",
]);

function info(name: string, role: SheetRole, reason: string): SheetInfo {
  return { name, role, reason };
}

const sheetKey = (name: string): string => foldKey(name.replace(/[_\-.]+/g, " "));

/** Empty or non-list sheets known from their name or visibility alone, before any reading. */
export function roleBeforeReading(view: SheetView): SheetInfo | null {
  const name = view.name;
  if (!hasContent(view)) return info(name, "empty", "trang trống");
  const key = sheetKey(name);
  if (INSTRUCTIONS_NAME.test(key))
    return info(
      name,
      "instructions",
      "trang hướng dẫn cách nhập, các dòng trong đó chỉ là ví dụ, không phải danh sách",
    );
  if (LOOKUP_NAME.test(key)) return info(name, "lookup", "bảng mã tra cứu, không phải danh sách");
  if (REPORT_NAME.test(key)) return info(name, "report", "trang báo cáo, thống kê, không phải danh sách");
  return null;
}

function hasContent(view: SheetView): boolean {
  for (const row of view.rows)
    for (const v of row)
      if (v !== null && v !== undefined && v !== "" && !(typeof v === "string" && v.trim() === ""))
        return true;
  return false;
}

/** The title rows above a list's header, folded. */
function titleKeys(view: SheetView, list: NominationList): string[] {
  const top = (list.headerRows[0] ?? view.originRow) - view.originRow;
  const out: string[] = [];
  for (let r = 0; r < top; r++)
    for (const t of view.texts(r)) if (t !== "" && t.length <= 300) out.push(foldKey(t));
  return out;
}

/** An instructions sheet shows a handful of example rows; a list longer than this is none. */
const MAX_EXAMPLE_ROWS = 30;

function hasFiller(list: NominationList): boolean {
  if (list.records.length > MAX_EXAMPLE_ROWS) return false;
  let filler = 0;
  for (const r of list.records) {
    for (const v of Object.values(r.fields)) {
      if (v !== undefined && v.length <= 200 && FILLER.test(foldKey(v))) {
        filler++;
        break;
      }
    }
  }
  return filler > 0 && filler * 2 >= list.records.length;
}

/**
 * Whether the header's own columns make a form, not a nomination list: no achievement, award or
 * kind column, and more columns it does not read than columns it does (a survey's "Trình độ",
 * "Nghề nghiệp", "Thu nhập"…).
 */
function isFormHeader(list: NominationList, labels: number): boolean {
  if (list.columns.some((c) => NOMINATION_FIELDS.has(c.field))) return false;
  const read = list.columns.filter((c) => c.field !== "stt").length;
  return labels - list.columns.filter((c) => c.field === "stt").length - read >= read;
}

/**
 * A tally of nominations per kind ("Đơn vị | Tổng số | Trong đó: Tập thể | Cá nhân", "Số tập thể"):
 * its kind columns hold counts, where a list's hold marks ("x", 1) or an award's name.
 */
function isCountTable(list: NominationList): boolean {
  const kindColumns = list.columns.filter((c) => c.field === "loai");
  if (kindColumns.length < 2 || list.records.length === 0) return false;
  if (kindColumns.some((c) => kindCountLabel(c.header.split(" / ").pop() ?? ""))) return true;
  let counts = 0;
  for (const r of list.records)
    if (r.fields.hinhThuc !== undefined && /^\d+$/.test(r.fields.hinhThuc)) counts++;
  return counts * 2 >= list.records.length;
}

/**
 * The role of a sheet whose lists were read: `labels` counts each list's header labels (mapped
 * or not). Lists on a sheet that is not a `list` are not checked.
 */
export function roleAfterReading(
  view: SheetView,
  visibility: string | undefined,
  lists: readonly NominationList[],
  labels: readonly number[],
): SheetInfo {
  const name = view.name;
  if (lists.length === 0) {
    // A hidden sheet with no list: the code tables a workbook's drop-down lists are made from.
    if (visibility === "hidden" || visibility === "veryHidden")
      return info(name, "lookup", "trang ẩn (bảng mã, dữ liệu phụ), không phải danh sách");
    if (looksLikeCodeTable(view))
      return info(name, "lookup", "bảng mã tra cứu (cột «Mã» cạnh cột tên), không phải danh sách");
    return info(name, "form", "không tìm thấy dòng tiêu đề của danh sách đề nghị khen thưởng");
  }
  const titles = titleKeys(view, lists[0]);
  if (titles.some((t) => INSTRUCTIONS_TITLE.test(t)) || lists.some(hasFiller))
    return info(
      name,
      "instructions",
      "trang hướng dẫn cách nhập, các dòng trong đó chỉ là ví dụ, không phải danh sách",
    );
  if (lists.every(isCountTable))
    return info(name, "report", "bảng thống kê số lượng theo đối tượng, không phải danh sách");
  const noNomination = lists.every((l) => !l.columns.some((c) => NOMINATION_FIELDS.has(c.field)));
  const formTitle = titles.find((t) => FORM_TITLE.test(t));
  if (noNomination && formTitle !== undefined)
    return info(
      name,
      "form",
      "biểu mẫu (phiếu, điều tra, đăng ký), không phải danh sách đề nghị khen thưởng",
    );
  if (!titles.some((t) => COMMENDATION_TITLE.test(t)) && lists.every((l, i) => isFormHeader(l, labels[i])))
    return info(
      name,
      "form",
      "biểu mẫu không có cột thành tích hay hình thức khen thưởng, không phải danh sách đề nghị khen thưởng",
    );
  const rows = lists.reduce((n, l) => n + l.records.length, 0);
  const where = lists.map((l) => headerRowsText(l.headerRows)).join("; ");
  return info(
    name,
    "list",
    lists.length === 1
      ? `danh sách đề nghị khen thưởng (tiêu đề ở ${where}, ${rows} dòng)`
      : `${lists.length} danh sách đề nghị khen thưởng (tiêu đề ở ${where}, ${rows} dòng)`,
  );
}

function headerRowsText(rows: readonly number[]): string {
  if (rows.length === 0) return "";
  return rows.length === 1 ? `dòng ${rows[0]}` : `dòng ${rows[0]}–${rows[rows.length - 1]}`;
}

/** A row near the top with a code column ("Mã", "Mã HT") beside other labels: a lookup table. */
function looksLikeCodeTable(view: SheetView): boolean {
  const rows = Math.min(view.rows.length, 12);
  for (let r = 0; r < rows; r++) {
    const texts = view.texts(r).filter((t) => t !== "");
    if (texts.length >= 2 && texts.length <= 12 && texts.some(isCodeHeader)) return true;
  }
  return false;
}
