/** D. The trích ngang list, normalised: one row per record of every list, in the workbook's order. */
import { showDate } from "../check/dates";
import { KIND_LABELS } from "../labels";
import type { NominationRecord } from "../types";
import type { SummaryData } from "./data";
import { SHEET_WIDTH, STYLES, type SheetBuilder } from "./layout";

export const SECTION_LIST = "D. DANH SÁCH TRÍCH NGANG";
export const LIST_HEAD = [
  "STT",
  "Họ và tên / Tên tập thể",
  "Loại",
  "Năm sinh",
  "Giới tính",
  "Chức vụ – đơn vị",
  "Lĩnh vực",
  "Tóm tắt thành tích",
  "Hình thức đề nghị",
];
export const UNKNOWN_KIND_LABEL = "Chưa xác định";

const GENDER: Record<string, string> = { nam: "Nam", nu: "Nữ" };

/** "Giáo viên" + "Trường THCS Mỹ Hòa" → "Giáo viên, Trường THCS Mỹ Hòa"; a household shows its address. */
export function roleAndUnit(r: NominationRecord): string {
  const chucVu = r.fields.chucVu?.trim() ?? "";
  const unit = (r.fields.donVi || r.fields.noiThuongTru || "").trim();
  // One "Chức vụ, đơn vị công tác" column fills both fields with the same text.
  if (unit === "" || chucVu.includes(unit)) return chucVu;
  if (chucVu === "" || unit.includes(chucVu)) return unit;
  return `${chucVu}, ${unit}`;
}

/** Every value is text as read (never a formula); dates dd/mm/yyyy, a year alone as yyyy. */
export function listRow(r: NominationRecord, i: number): (string | number)[] {
  const f = r.fields;
  const gender = f.gioiTinh ?? "";
  return [
    i + 1,
    f.ten ?? "",
    r.kind ? KIND_LABELS[r.kind] : UNKNOWN_KIND_LABEL,
    showDate(f.ngaySinh ?? ""),
    GENDER[gender] ?? gender,
    roleAndUnit(r),
    f.linhVuc ?? "",
    f.thanhTich ?? "",
    f.hinhThuc ?? "",
  ];
}

export function writeListSection(b: SheetBuilder, data: SummaryData): void {
  b.line(SECTION_LIST, STYLES.section);
  b.tableRow(LIST_HEAD, STYLES.head);
  if (data.records.length === 0) {
    b.tableRow(["Không có hồ sơ nào trong danh sách.", ...Array<null>(SHEET_WIDTH - 1).fill(null)]);
    b.merge(b.row, 1, b.row, SHEET_WIDTH);
    return;
  }
  data.records.forEach((r, i) => b.tableRow(listRow(r, i)));
}
