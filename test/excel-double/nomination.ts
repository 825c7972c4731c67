/**
 * A realistic nomination sheet in the double's model: title rows, a two-row header with merged
 * parent cells, column numbers, a section row and n records (Vietnamese text, serial dates).
 */
import { PERSON_PARTICULARS } from "../fixtures/headers";
import { addSheet, setCell, setRow, type ModelSheet, type ModelWorkbook } from "./model";

export const NOMINATION_HEADER = [
  "STT",
  "Họ và tên",
  ...PERSON_PARTICULARS,
  "Hình thức khen thưởng đề nghị",
  "Ghi chú",
];
/** Sheet row of the first record. */
export const FIRST_RECORD_ROW = 10;

const NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung", "Huỳnh Minh Đức"];
const FIELDS = ["Y tế", "Giáo dục và đào tạo", "Nông nghiệp", "An sinh xã hội", "Cải cách hành chính"];

export function recordRow(i: number): (string | number)[] {
  return [
    i + 1,
    `${NAMES[i % NAMES.length]} ${i}`,
    21916 + ((i * 37) % 12000),
    i % 2 === 0 ? "Nam" : "Nữ",
    i % 3 === 0 ? "Giáo viên" : "Chuyên viên",
    `Trường Tiểu học Số ${(i % 40) + 1} xã Hòa Bình`,
    "Xã Mỹ Hòa Hưng, tỉnh An Giang",
    FIELDS[i % FIELDS.length],
    "Hoàn thành xuất sắc nhiệm vụ năm 2025; có sáng kiến được công nhận cấp cơ sở",
    "Bằng khen Chủ tịch UBND tỉnh",
    i % 7 === 0 ? "Đảng viên" : "",
  ];
}

export function addNominationSheet(model: ModelWorkbook, name: string, records: number): ModelSheet {
  const sheet = addSheet(model, name);
  setCell(sheet, 1, 1, "UBND TỈNH AN GIANG", { bold: true });
  setCell(sheet, 2, 1, "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", { bold: true });
  setCell(sheet, 4, 1, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2025", { bold: true });
  sheet.merges.push({ top: 4, left: 1, bottom: 4, right: 11 });
  // Two-row header: "Thông tin cá nhân" over columns B–D, the rest merged vertically.
  setCell(sheet, 6, 2, "Thông tin cá nhân", { bold: true, fill: "#D9E1F2" });
  sheet.merges.push({ top: 6, left: 2, bottom: 6, right: 4 });
  NOMINATION_HEADER.forEach((h, c) => {
    const col = c + 1;
    if (col >= 2 && col <= 4) setCell(sheet, 7, col, h, { bold: true, fill: "#D9E1F2" });
    else {
      setCell(sheet, 6, col, h, { bold: true, fill: "#D9E1F2" });
      sheet.merges.push({ top: 6, left: col, bottom: 7, right: col });
    }
  });
  setRow(
    sheet,
    8,
    1,
    NOMINATION_HEADER.map((_, c) => `(${c + 1})`),
  );
  setCell(sheet, 9, 1, "B. CÁ NHÂN", { bold: true });
  for (let i = 0; i < records; i++) setRow(sheet, FIRST_RECORD_ROW + i, 1, recordRow(i));
  return sheet;
}
