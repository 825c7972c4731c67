/**
 * D. The trích ngang list, normalised: one row per record of every list, in the workbook's order,
 * with every particular the plan asks for (000 §VI.7: quê quán, quá trình khen thưởng; a tập
 * thể's quá trình thành lập, cơ cấu tổ chức bộ máy, chức năng nhiệm vụ; 004's exemplar level) and
 * every other particular the lists carry. A column nobody fills and the plan does not ask is left out.
 */
import { AwardMatcher } from "../check/award-match";
import { showDate } from "../check/dates";
import { requiresField } from "../check/required";
import { KIND_LABELS } from "../labels";
import type { Plan } from "../plan/schema";
import type { FieldKey, NominationRecord } from "../types";
import type { SummaryData } from "./data";
import { STYLES, type SheetBuilder } from "./layout";

export const SECTION_LIST = "D. DANH SÁCH TRÍCH NGANG";
export const UNKNOWN_KIND_LABEL = "Chưa xác định";

const GENDER: Record<string, string> = { nam: "Nam", nu: "Nữ" };

/** "Giáo viên" + "Trường THCS Mỹ Hòa" → "Giáo viên, Trường THCS Mỹ Hòa". */
export function roleAndUnit(r: NominationRecord): string {
  const chucVu = r.fields.chucVu?.trim() ?? "";
  const unit = r.fields.donVi?.trim() ?? "";
  // One "Chức vụ, đơn vị công tác" column fills both fields with the same text.
  if (unit === "" || chucVu.includes(unit)) return chucVu;
  if (chucVu === "" || unit.includes(chucVu)) return unit;
  return `${chucVu}, ${unit}`;
}

export interface ListColumnSpec {
  head: string;
  width: number;
  /** The record's fields the column shows: it is printed when one is filled or asked by the plan. */
  fields: readonly FieldKey[];
  /** Always printed (the name, the kind, the achievement, the proposed form). */
  always?: boolean;
  value: (r: NominationRecord, level: (r: NominationRecord) => string) => string;
}

const text =
  (field: FieldKey) =>
  (r: NominationRecord): string =>
    r.fields[field] ?? "";

export const LIST_COLUMNS: readonly ListColumnSpec[] = [
  { head: "Họ và tên / Tên tập thể", width: 30, fields: ["ten"], always: true, value: text("ten") },
  {
    head: "Loại",
    width: 12,
    fields: [],
    always: true,
    value: (r) => (r.kind ? KIND_LABELS[r.kind] : UNKNOWN_KIND_LABEL),
  },
  // Dates are printed dd/mm/yyyy, a year alone as yyyy: the header says both may come.
  {
    head: "Ngày, tháng, năm sinh",
    width: 12,
    fields: ["ngaySinh"],
    value: (r) => showDate(r.fields.ngaySinh ?? ""),
  },
  {
    head: "Giới tính",
    width: 10,
    fields: ["gioiTinh"],
    value: (r) => GENDER[r.fields.gioiTinh ?? ""] ?? r.fields.gioiTinh ?? "",
  },
  { head: "Dân tộc", width: 10, fields: ["danToc"], value: text("danToc") },
  { head: "Quê quán", width: 20, fields: ["queQuan"], value: text("queQuan") },
  { head: "Chức vụ, đơn vị công tác", width: 32, fields: ["chucVu", "donVi"], value: roleAndUnit },
  { head: "Hộ khẩu thường trú", width: 26, fields: ["noiThuongTru"], value: text("noiThuongTru") },
  { head: "Lĩnh vực", width: 26, fields: ["linhVuc"], value: text("linhVuc") },
  { head: "Quá trình thành lập", width: 30, fields: ["quaTrinhThanhLap"], value: text("quaTrinhThanhLap") },
  { head: "Cơ cấu tổ chức bộ máy", width: 30, fields: ["coCauToChuc"], value: text("coCauToChuc") },
  { head: "Chức năng, nhiệm vụ", width: 30, fields: ["chucNangNhiemVu"], value: text("chucNangNhiemVu") },
  { head: "Tóm tắt thành tích", width: 60, fields: ["thanhTich"], always: true, value: text("thanhTich") },
  {
    head: "Quá trình khen thưởng",
    width: 36,
    fields: ["quaTrinhKhenThuong"],
    value: text("quaTrinhKhenThuong"),
  },
  { head: "Cấp điển hình", width: 18, fields: ["capDienHinh"], value: (r, level) => level(r) },
  { head: "Phương thức khen thưởng", width: 18, fields: ["phuongThuc"], value: text("phuongThuc") },
  { head: "Hình thức đề nghị", width: 28, fields: ["hinhThuc"], always: true, value: text("hinhThuc") },
  { head: "Ghi chú", width: 24, fields: ["ghiChu"], value: text("ghiChu") },
];

/** The columns printed for these records under this plan, after STT. */
export function listColumns(records: readonly NominationRecord[], plan: Plan): ListColumnSpec[] {
  const asked = (f: FieldKey): boolean => Object.values(requiresField(plan, f)).some(Boolean);
  return LIST_COLUMNS.filter(
    (c) =>
      c.always === true ||
      c.fields.some((f) => asked(f) || records.some((r) => (r.fields[f] ?? "").trim() !== "")) ||
      // 004 §II.3: every exemplar is cấp sở or cấp tỉnh.
      (c.fields.includes("capDienHinh") && plan.exemplarLevels.length > 0),
  );
}

/** The exemplar level as written, or as the note names it (004: "ĐHTT cấp tỉnh"). */
function levelText(plan: Plan): (r: NominationRecord) => string {
  const matcher = new AwardMatcher(plan);
  return (r) => {
    const own = r.fields.capDienHinh?.trim() ?? "";
    if (own !== "") return own;
    const note = r.fields.ghiChu;
    return note === undefined ? "" : (matcher.levelIn(note)?.name ?? "");
  };
}

/** The sheet's column widths: STT, then the list's columns (the count tables sit in A–F). */
export function listColumnWidths(columns: readonly ListColumnSpec[]): number[] {
  return [6, ...columns.map((c) => c.width)];
}

/** Every value is text as read (never a formula); dates dd/mm/yyyy, a year alone as yyyy. */
export function listRow(
  r: NominationRecord,
  i: number,
  columns: readonly ListColumnSpec[],
  level: (r: NominationRecord) => string,
): (string | number)[] {
  return [i + 1, ...columns.map((c) => c.value(r, level))];
}

export function writeListSection(
  b: SheetBuilder,
  data: SummaryData,
  plan: Plan,
  columns: readonly ListColumnSpec[],
): void {
  b.line(SECTION_LIST, STYLES.section);
  b.tableRow(["STT", ...columns.map((c) => c.head)], STYLES.head);
  if (data.records.length === 0) {
    b.tableRow(["Không có hồ sơ nào trong danh sách.", ...columns.map(() => null)]);
    b.merge(b.row, 1, b.row, columns.length + 1);
    return;
  }
  const level = levelText(plan);
  data.records.forEach((r, i) => b.tableRow(listRow(r, i, columns, level)));
}
