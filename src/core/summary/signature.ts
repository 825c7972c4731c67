/** The signature block: who made the sheet and the head of the unit, under a place-and-date line. */
import { parseIsoDay } from "../check/dates";
import { SHEET_WIDTH, STYLES, type SheetBuilder } from "./layout";

export const MAKER = "NGƯỜI LẬP BIỂU";
export const HEAD_OF_UNIT = "THỦ TRƯỞNG ĐƠN VỊ";
export const SIGN_HINT = "(Ký, ghi rõ họ tên)";
export const SIGN_SEAL_HINT = "(Ký, ghi rõ họ tên, đóng dấu)";
/** Left block A–C, right block G to the last column (under the wide columns). */
const LEFT_END = 3;
const RIGHT_FROM = 7;
/** Blank rows left for the signatures. */
const SIGN_SPACE = 4;

/** "……, ngày 20 tháng 11 năm 2025": the place is left for the clerk, who knows it. */
export function placeDateLine(iso: string): string {
  const d = parseIsoDay(iso);
  if (d === null) return "……, ngày …… tháng …… năm ……";
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `……, ngày ${pad(d.d)} tháng ${pad(d.m)} năm ${d.y}`;
}

export function writeSignature(b: SheetBuilder, madeOn: string): void {
  b.blank();
  b.line(placeDateLine(madeOn), { italic: true, align: "center" }, RIGHT_FROM, SHEET_WIDTH);
  b.line(MAKER, STYLES.signTitle, 1, LEFT_END);
  b.put(b.row, RIGHT_FROM, HEAD_OF_UNIT, STYLES.signTitle);
  b.merge(b.row, RIGHT_FROM, b.row, SHEET_WIDTH);
  b.line(SIGN_HINT, STYLES.signHint, 1, LEFT_END);
  b.put(b.row, RIGHT_FROM, SIGN_SEAL_HINT, STYLES.signHint);
  b.merge(b.row, RIGHT_FROM, b.row, SHEET_WIDTH);
  for (let i = 0; i < SIGN_SPACE; i++) b.blank();
}
