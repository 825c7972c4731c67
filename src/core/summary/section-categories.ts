/** C. The rows of table 0603.N with their codes by award form, and the rules that put each record in a row. */
import { CATEGORY_NOTES } from "./categories";
import type { SummaryData } from "./data";
import { STYLES, type SheetBuilder } from "./layout";
import { TABLE_0603_NOTES, type Table0603 } from "./table-0603";

export const SECTION_CATEGORIES = "C. THEO BIỂU 0603.N (THÔNG TƯ 02/2023/TT-BNV)";
export const TABLE_0603_HEAD = ["Mã số", "Chỉ tiêu", "Tổng số"];

/** The table itself, from column A: the unit's summary and the province tally print the same. */
export function writeTable0603(b: SheetBuilder, table: Table0603): void {
  b.tableRow([...TABLE_0603_HEAD, ...table.columns.map((c) => c.label)], STYLES.head);
  for (const row of table.rows) {
    // Codes are text: "01" must keep its leading zero.
    const values = [row.code === "nu" ? null : row.code, row.label, row.total, ...row.byColumn];
    if (row.code === "01") b.tableRow(values, STYLES.total, STYLES.totalNumber);
    else b.tableRow(values);
  }
  for (const note of [...CATEGORY_NOTES, ...TABLE_0603_NOTES]) b.line(note, STYLES.note);
}

export function writeCategoriesSection(b: SheetBuilder, data: SummaryData): void {
  b.line(SECTION_CATEGORIES, STYLES.section);
  writeTable0603(b, data.table);
}
