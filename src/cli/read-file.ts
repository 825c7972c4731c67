/** A workbook file on disk opened on the ExcelJS port; every failure is one Vietnamese message. */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { SheetGrid } from "../core/types";
import { openWorkbook, type ExcelJsWorkbook } from "../workbook";

/** The port over the file; throws an Error whose message tells the clerk why it cannot be opened. */
export async function openFile(path: string): Promise<ExcelJsWorkbook> {
  let data: Uint8Array;
  try {
    // The Buffer itself (a Uint8Array): ExcelJS's zip reader takes a Node buffer without converting it.
    data = await readFile(path);
  } catch {
    throw new Error(`Không mở được tệp «${basename(path)}»: tệp không tồn tại hoặc không có quyền đọc.`);
  }
  return openWorkbook(data, basename(path));
}

/** Every sheet of the file as a grid; throws like `openFile`. */
export async function readSheetsOf(path: string): Promise<SheetGrid[]> {
  return (await openFile(path)).readSheets();
}
