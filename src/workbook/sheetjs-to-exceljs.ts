/**
 * An ExcelJS workbook holding what SheetJS read from an .xls, an .ods or an .xlsx dialect ExcelJS
 * refuses, so the annotated copy and a filled template are written by ExcelJS as .xlsx (the clerk's
 * original is never written). Kept: every value as stored (a date stays its serial number with its
 * format), number formats, fonts, merges, hidden rows and sheets, column widths. A formula is kept
 * as its cached result: SheetJS's decompiled .xls formula text is not always what Excel would parse,
 * and a copy Excel must repair would be worse than one without formulas.
 */
import ExcelJS from "exceljs";
import type { CellObject } from "@e965/xlsx";
import { sheetCells, type SheetJsBook } from "./sheetjs-book";
import { errorText } from "./sheetjs-grids";

/** The value as stored: a date-formatted number stays a number, so no time zone can shift it. */
function copyValue(cell: CellObject): ExcelJS.CellValue {
  if (cell.t === "e") return { error: errorText(cell) } as ExcelJS.CellErrorValue;
  if (cell.t === "d") return cell.v instanceof Date ? cell.v : new Date(String(cell.v));
  return cell.v as ExcelJS.CellValue;
}

export function excelJsCopy(book: SheetJsBook): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  if (book.date1904) workbook.properties.date1904 = true;
  for (const sheet of book.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.visibility });
    (sheet.ws["!cols"] ?? []).forEach((col, i) => {
      if (col?.wch !== undefined) ws.getColumn(i + 1).width = col.wch;
      else if (col?.width !== undefined) ws.getColumn(i + 1).width = col.width;
      if (col?.hidden) ws.getColumn(i + 1).hidden = true;
    });
    for (const { r, c, cell } of sheetCells(sheet.ws)) {
      if (cell.t === "z" || cell.v === undefined) continue;
      const target = ws.getCell(r + 1, c + 1);
      target.value = copyValue(cell);
      if (typeof cell.z === "string" && cell.z !== "General") target.numFmt = cell.z;
      const font = sheet.fontAt(r, c);
      if (font) target.font = { name: font.name, bold: font.bold, italic: font.italic, size: font.size };
    }
    for (const m of sheet.ws["!merges"] ?? []) ws.mergeCells(m.s.r + 1, m.s.c + 1, m.e.r + 1, m.e.c + 1);
    for (const r of sheet.hiddenRows) ws.getRow(r).hidden = true;
  }
  return workbook;
}
