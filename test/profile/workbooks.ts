/**
 * Unit workbooks of one template the reader gets wrong, written with ExcelJS: a lookup sheet it
 * takes for a list (DONVI), a list whose kind is a code column (TAPTHE/CANHAN) and whose award is
 * a matrix of X marks (BK / GK), above it a legend row that looks like a header, and a sheet of
 * households whose name column it does not recognise (BS). The spec is returned so tests compute
 * what a corrected reading must give without asking the reader.
 */
import ExcelJS from "exceljs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { SubjectKind } from "../../src/core/types";

export interface TemplateRecord {
  name: string;
  code: "TAPTHE" | "CANHAN";
  award: "BK" | "GK";
}

export interface TemplateSpec {
  unit: string;
  /** Extra title rows above everything (another unit's copy of the template). */
  shift: number;
  records: TemplateRecord[];
  households: string[];
  lookup: string[];
  /** A different layout: the code column is headed otherwise, so the template's profile must not apply. */
  otherLayout?: boolean;
}

export const LIST_SHEET = "DS";
export const LOOKUP_SHEET = "DONVI";
export const EXTRA_SHEET = "BS";
export const BK = "Bằng khen của Chủ tịch UBND tỉnh";
export const GK = "Giấy khen của Chủ tịch UBND xã";
export const CODE_KIND: Record<TemplateRecord["code"], SubjectKind> = {
  TAPTHE: "tap-the",
  CANHAN: "ca-nhan",
};

/** Sheet rows (1-based) where the template's parts sit, for a spec. */
export function rowsOf(spec: TemplateSpec): { legend: number; header: number; firstRecord: number } {
  return { legend: 3 + spec.shift, header: 6 + spec.shift, firstRecord: 7 + spec.shift };
}

/** The columns of the list sheet: C holds the kind code, E and F the award matrix. */
export function listHeader(spec: TemplateSpec): string[] {
  return ["STT", "Họ và tên", spec.otherLayout ? "Phân nhóm" : "Mã ĐT", "Tóm tắt thành tích", "BK", "GK"];
}

export function templateBook(spec: TemplateSpec): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const ds = book.addWorksheet(LIST_SHEET);
  for (let i = 0; i < spec.shift; i++) ds.addRow([`Đảng bộ xã ${spec.unit}`]);
  ds.addRow([`ỦY BAN NHÂN DÂN XÃ ${spec.unit.toUpperCase()}`]);
  ds.addRow(["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"]);
  // A legend of how to fill the columns: it reads like a header and a record.
  ds.addRow(["STT", "Họ và tên", "Ghi chú"]);
  ds.addRow([1, "Ghi đầy đủ họ và tên", "Không bắt buộc"]);
  ds.addRow([]);
  ds.addRow(listHeader(spec));
  spec.records.forEach((r, i) =>
    ds.addRow([
      i + 1,
      r.name,
      r.code,
      `Hoàn thành xuất sắc nhiệm vụ năm 2025, ${r.name} dẫn đầu phong trào thi đua của xã.`,
      r.award === "BK" ? "X" : null,
      r.award === "GK" ? "X" : null,
    ]),
  );
  ds.addRow([]);
  ds.addRow([null, "NGƯỜI LẬP BIỂU", null, "CHỦ TỊCH"]);

  // The units under the commune, laid out like a list of collectives: only the clerk knows it is not one.
  const lookup = book.addWorksheet(LOOKUP_SHEET);
  lookup.addRow(["STT", "Tên đơn vị", "Địa chỉ", "Ghi chú"]);
  spec.lookup.forEach((u, i) => lookup.addRow([i + 1, u, `Ấp ${i + 1}, ${u}`, "Trực thuộc"]));

  const extra = book.addWorksheet(EXTRA_SHEET);
  extra.addRow(["Số TT", "Đơn vị đề nghị", "Nội dung"]);
  spec.households.forEach((h, i) => extra.addRow([i + 1, h, "Gia đình văn hóa tiêu biểu nhiều năm liền"]));
  return book;
}

export async function writeTemplate(dir: string, file: string, spec: TemplateSpec): Promise<string> {
  const path = join(dir, file);
  await writeFile(path, new Uint8Array(await templateBook(spec).xlsx.writeBuffer()));
  return path;
}

const NAMES = [
  "Nguyễn Văn An",
  "Trần Thị Bích",
  "Lê Hoàng Cường",
  "Phạm Thị Dung",
  "Võ Minh Đức",
  "Huỳnh Thị Hoa",
];
const GROUPS = ["Khu dân cư số 1", "Câu lạc bộ Dưỡng sinh", "Nhóm Thanh niên tình nguyện", "Khu dân cư số 4"];

/** Unit n's records: a varying mix of collectives and persons, BK and GK. */
export function unitSpec(n: number, shift = 0): TemplateSpec {
  const records: TemplateRecord[] = [];
  for (let i = 0; i < 2 + (n % 3); i++)
    records.push({ name: GROUPS[(n + i) % GROUPS.length], code: "TAPTHE", award: i % 2 === 0 ? "BK" : "GK" });
  for (let i = 0; i < 3 + (n % 2); i++)
    records.push({ name: NAMES[(n + i) % NAMES.length], code: "CANHAN", award: i === 0 ? "BK" : "GK" });
  return {
    unit: `Mỹ Hòa ${n}`,
    shift,
    records,
    households: [`Hộ ông Trần Văn Bảy ${n}`, `Hộ ông Lê Văn Tám ${n}`],
    lookup: ["Xã Mỹ Hòa", "Xã Mỹ Phú", "Xã Mỹ Thạnh"],
  };
}

/** What a fully corrected reading counts for a spec: its records by code, and its households. */
export function expectedCounts(spec: TemplateSpec): Record<SubjectKind, number> {
  const counts: Record<SubjectKind, number> = { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 };
  for (const r of spec.records) counts[CODE_KIND[r.code]]++;
  counts["ho-gia-dinh"] += spec.households.length;
  return counts;
}
