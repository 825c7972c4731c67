/**
 * A SheetJS-read workbook as the grids the core gets from every host: the same values ExcelJS gives
 * for an .xlsx (cached formula results, error texts, dates as UTC `Date`s where the number format
 * is a date), merges, hidden rows, the fonts in use and each sheet's visibility.
 */
import type { CellObject } from "@e965/xlsx";
import { a1 } from "../core/read/address";
import type { SheetGrid } from "../core/types";
import { sheetCells, type SheetJsBook, type SheetJsSheet } from "./sheetjs-book";

/** SheetJS keeps an error cell's code; Excel shows the text. */
const ERROR_TEXTS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/** Whether a number format shows a date: ExcelJS's test (`utils.isDateFmt`), so every format agrees. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** A serial date as ExcelJS converts it (`utils.excelToDate`). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

export function errorText(cell: CellObject): string {
  return ERROR_TEXTS[cell.v as number] ?? cell.w ?? "#VALUE!";
}

/** The plain value of a cell, or undefined when it holds a formula never calculated. */
export function cellValue(cell: CellObject, date1904: boolean): unknown {
  if (cell.v === undefined || cell.v === null) return cell.f !== undefined ? undefined : null;
  if (cell.t === "z") return cell.f !== undefined ? undefined : null;
  switch (cell.t) {
    case "n":
      return isDateFormat(cell.z as string | undefined) ? serialToDate(cell.v as number, date1904) : cell.v;
    case "e":
      return errorText(cell);
    case "d":
      return cell.v instanceof Date ? cell.v : new Date(String(cell.v));
    default:
      return cell.v;
  }
}

function gridOf(sheet: SheetJsSheet, date1904: boolean): SheetGrid {
  const cells: { r: number; c: number; value: unknown }[] = [];
  const fonts = new Set<string>();
  const uncached: string[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const { r, c, cell } of sheetCells(sheet.ws)) {
    // A stub is a styled empty cell (ExcelJS does not list those either), or a formula never calculated.
    if (cell.t === "z" && cell.f === undefined) continue;
    const font = sheet.fontAt(r, c)?.name;
    if (font) fonts.add(font);
    const value = cellValue(cell, date1904);
    if (value === undefined) uncached.push(a1(r + 1, c + 1));
    if (value === undefined || value === null || value === "") continue;
    cells.push({ r, c, value });
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  const values: unknown[][] = [];
  for (let r = top; r <= bottom; r++) values.push(new Array<unknown>(right - left + 1).fill(null));
  for (const { r, c, value } of cells) values[r - top][c - left] = value;
  const grid: SheetGrid = {
    name: sheet.name,
    values,
    originRow: cells.length > 0 ? top + 1 : 1,
    originCol: cells.length > 0 ? left + 1 : 1,
    merges: (sheet.ws["!merges"] ?? []).map((m) => ({
      top: m.s.r + 1,
      left: m.s.c + 1,
      bottom: m.e.r + 1,
      right: m.e.c + 1,
    })),
    hiddenRows: sheet.hiddenRows,
    fontNames: [...fonts].sort(),
    visibility: sheet.visibility,
  };
  if (uncached.length > 0) grid.uncachedFormulas = uncached;
  return grid;
}

export function sheetJsGrids(book: SheetJsBook): SheetGrid[] {
  return book.sheets.map((s) => gridOf(s, book.date1904));
}
