/**
 * Node-only: loads an .xlsx (fixture) into the double's model through ExcelJS, the way Excel
 * would present it to Office.js (dates as serial numbers, formulas as cached results).
 */
import ExcelJS from "exceljs";
import { parseRange } from "../../src/core/read/address";
import {
  addSheet,
  createWorkbook,
  setCell,
  type CellFormat,
  type ModelVisibility,
  type ModelWorkbook,
} from "./model";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function serial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/** What `Range.values` shows for an ExcelJS cell value. */
export function officeValue(v: ExcelJS.CellValue): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return serial(v);
  if (typeof v !== "object") return v;
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("error" in v) return v.error;
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? "" : officeValue(result);
  }
  if ("text" in v) return typeof v.text === "string" ? v.text : officeValue(v.text as ExcelJS.CellValue);
  return "";
}

function colour(argb: string | undefined): string | undefined {
  return typeof argb === "string" && argb.length >= 6 ? "#" + argb.slice(-6).toUpperCase() : undefined;
}

function formatOf(cell: ExcelJS.Cell): CellFormat {
  const f: CellFormat = {};
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const c = colour(fill.fgColor?.argb);
    if (c) f.fill = c;
  }
  if (cell.font?.bold) f.bold = true;
  if (cell.font?.italic) f.italic = true;
  const fc = colour(cell.font?.color?.argb);
  if (fc) f.fontColor = fc;
  if (cell.numFmt) f.numberFormat = cell.numFmt;
  const h = cell.alignment?.horizontal;
  if (h === "left" || h === "center" || h === "right")
    f.hAlign = h === "left" ? "Left" : h === "center" ? "Center" : "Right";
  if (cell.alignment?.wrapText) f.wrap = true;
  return f;
}

const VISIBILITY: Record<string, ModelVisibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

export async function modelFromWorkbook(book: ExcelJS.Workbook): Promise<ModelWorkbook> {
  const model = createWorkbook();
  book.eachSheet((ws) => {
    const protectedSheet =
      (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true;
    const sheet = addSheet(model, ws.name, {
      visibility: VISIBILITY[ws.state] ?? "Visible",
      protected: protectedSheet,
    });
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (row.hidden) sheet.hiddenRows.push(r);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const target = setCell(sheet, r, c, officeValue(cell.value), formatOf(cell));
        const v = cell.value;
        if (v !== null && typeof v === "object" && "formula" in v && typeof v.formula === "string")
          target.formula = "=" + v.formula;
      });
    });
    for (let c = 1; c <= ws.columnCount; c++)
      if (ws.getColumn(c).hidden) (sheet.hiddenColumns ??= []).push(c);
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
      const r = parseRange(m);
      if (r !== null) sheet.merges.push(r);
    }
  });
  return model;
}

/** Loads .xlsx bytes into a fresh model. */
export async function modelFromXlsx(data: Uint8Array | ArrayBuffer): Promise<ModelWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ExcelJS.Buffer);
  return modelFromWorkbook(book);
}
