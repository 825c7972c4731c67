/**
 * Media-log fixtures as real .xlsx files: built with ExcelJS, written to a buffer, read back with
 * ExcelJS and turned into the grids a host hands to the core (merged cells other than their top-left
 * one are empty, as Office.js and the ExcelJS port give them).
 */
import ExcelJS from "exceljs";
import { TCVN3_TABLE } from "../../src/core/read/encoding/tcvn3";
import type { CellRange, SheetGrid } from "../../src/core/types";

export type Cell = string | number | Date | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** A1 ranges: "A6:A7". */
  merges?: string[];
  hiddenRows?: number[];
  font?: string;
}

/** A1 range → 1-based sheet coordinates. */
export function range(a1: string): CellRange {
  const parse = (s: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    if (m === null) throw new Error(a1);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]), col];
  };
  const [from, to] = a1.split(":");
  const [top, left] = parse(from);
  const [bottom, right] = parse(to);
  return { top, left, bottom, right };
}

export async function buildXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
        if (spec.font !== undefined) cell.font = { name: spec.font };
      }),
    );
    for (const m of spec.merges ?? []) ws.mergeCells(m);
    for (const r of spec.hiddenRows ?? []) ws.getRow(r).hidden = true;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
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
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(range);
    return { name: ws.name, values, originRow: 1, originCol: 1, merges, hiddenRows, fontNames: [...fonts] };
  });
}

export async function roundTrip(sheets: SheetSpec[]): Promise<SheetGrid[]> {
  return readXlsx(await buildXlsx(sheets));
}

const TO_TCVN3 = new Map<string, string>(
  [...TCVN3_TABLE].map(([code, ch]) => [ch, String.fromCharCode(code)]),
);

/** Unicode → TCVN3 bytes as Excel shows them (.VnTime): what an old workbook holds. */
export function tcvn3(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else {
      // Capitals with tone marks have no code: .VnTimeH draws the lower-case codes as capitals.
      const code = TO_TCVN3.get(ch) ?? TO_TCVN3.get(ch.toLowerCase());
      if (code === undefined) throw new Error(`no TCVN3 code for ${ch}`);
      out += code;
    }
  }
  return out;
}
