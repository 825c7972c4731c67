/**
 * ExcelJS cell values → the plain values a grid holds (what Office.js `Range.values` gives):
 * string, number, boolean, Date or null.
 */
import ExcelJS from "exceljs";

/** Why a cell read as null although it holds something: a formula Excel never calculated. */
export type ValueNote = "uncached-formula";

function richTextOf(parts: readonly ExcelJS.RichText[]): string {
  let s = "";
  for (const p of parts) s += p.text;
  return s;
}

/** Flattens one ExcelJS value; `note` is told when a formula has no cached result. */
export function plainValue(value: ExcelJS.CellValue, note?: (why: ValueNote) => void): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return richTextOf(value.richText);
  if ("formula" in value || "sharedFormula" in value) {
    // A file written by a program that does not calculate (or saved with calculation off)
    // has formulas without results: Excel would show the value only after recalculating.
    if (value.result === undefined) {
      note?.("uncached-formula");
      return null;
    }
    return plainValue(value.result as ExcelJS.CellValue, note);
  }
  if ("hyperlink" in value) {
    const text = value.text as unknown;
    if (typeof text === "string") return text;
    return plainValue(text as ExcelJS.CellValue, note);
  }
  return null;
}
