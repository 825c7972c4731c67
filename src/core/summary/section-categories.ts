/** C. The rows of table 0603.N with their codes, and the rules that put each record in a row. */
import { CATEGORY_NOTES, CATEGORY_ROWS } from "./categories";
import type { SummaryData } from "./data";
import { STYLES, type SheetBuilder } from "./layout";

export const SECTION_CATEGORIES = "C. THEO BIỂU 0603.N (THÔNG TƯ 02/2023/TT-BNV)";

export function writeCategoriesSection(b: SheetBuilder, data: SummaryData): void {
  b.line(SECTION_CATEGORIES, STYLES.section);
  b.tableRow(["Mã số", "Chỉ tiêu", "Số lượng"], STYLES.head);
  for (const [code, label] of CATEGORY_ROWS) {
    // Codes are text: "01" must keep its leading zero.
    const row: [string | null, string, number] = [code === "nu" ? null : code, label, data.categories[code]];
    if (code === "01") b.tableRow(row, STYLES.total, STYLES.totalNumber);
    else b.tableRow(row);
  }
  for (const note of CATEGORY_NOTES) b.line(note, STYLES.note);
}
