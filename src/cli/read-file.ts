/**
 * A workbook file on disk (.xlsx, .xlsm, .xls, .ods, and the text Excel opens) opened on the ExcelJS port or read as grids;
 * every failure is one Vietnamese message.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { SheetGrid } from "../core/types";
import { openWorkbook, readWorkbookSheets, type ExcelJsWorkbook } from "../workbook";

async function bytesOf(path: string): Promise<Uint8Array> {
  try {
    // The Buffer itself (a Uint8Array): ExcelJS's zip reader takes a Node buffer without converting it.
    return await readFile(path);
  } catch {
    throw new Error(`Không mở được tệp «${basename(path)}»: tệp không tồn tại hoặc không có quyền đọc.`);
  }
}

/** The port over the file, to write a copy; throws an Error whose message tells the clerk why it cannot be opened. */
export async function openFile(path: string): Promise<ExcelJsWorkbook> {
  return openWorkbook(await bytesOf(path), basename(path));
}

/** Every sheet of the file as a grid; throws like `openFile`. */
export async function readSheetsOf(path: string): Promise<SheetGrid[]> {
  return readWorkbookSheets(await bytesOf(path), basename(path));
}
