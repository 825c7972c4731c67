/**
 * Media-log fixtures as real .xlsx files: written by the fixtures' workbook writer and read back
 * into grids by the ExcelJS port, as a host hands them to the core.
 */
import type { SheetGrid } from "../../src/core/types";
import { workbookBytes } from "../fixtures/build-fixtures";
import { openWorkbook } from "../../src/workbook";

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

/** Reads an .xlsx back into grids with the ExcelJS port, as the CLI and the web page do. */
export async function readXlsx(data: Buffer): Promise<SheetGrid[]> {
  return (await openWorkbook(new Uint8Array(data), "nhat-ky.xlsx")).readSheets();
}

export async function roundTrip(sheets: SheetSpec[]): Promise<SheetGrid[]> {
  return readXlsx(await buildXlsx(sheets));
}
