/**
 * Media-log fixtures as real .xlsx files: written by the fixtures' workbook writer, read back with
 * ExcelJS and turned into the grids a host hands to the core (merged cells other than their top-left
 * one are empty, as Office.js and the ExcelJS port give them).
 */
import ExcelJS from "exceljs";
import type { SheetGrid } from "../../src/core/types";
import { workbookBytes } from "../fixtures/build-fixtures";
import { merge } from "../read/grids";

export type Cell = string | number | Date | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** A1 ranges: "A6:A7". */
  merges?: string[];
  hiddenRows?: number[];
  font?: string;
}

export async function buildXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  return Buffer.from(await workbookBytes({ file: "", about: "", sheets }));
}

/** Reads an .xlsx back into grids, the way the ExcelJS port does. */
export async function readXlsx(data: Buffer): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const values: unknown[][] = [];
    const hiddenRows: number[] = [];
    const fonts = new Set<string>();
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) hiddenRows.push(r);
      const out: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.font?.name) fonts.add(cell.font.name);
        out[c - 1] = cell.isMerged && cell.master !== cell ? null : (cell.value ?? null);
      });
      values[r - 1] = out;
    });
    for (let r = 0; r < values.length; r++) values[r] ??= [];
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(merge);
    return { name: ws.name, values, originRow: 1, originCol: 1, merges, hiddenRows, fontNames: [...fonts] };
  });
}

export async function roundTrip(sheets: SheetSpec[]): Promise<SheetGrid[]> {
  return readXlsx(await buildXlsx(sheets));
}
