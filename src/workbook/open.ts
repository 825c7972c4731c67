/**
 * Opening a workbook file from its bytes, whatever Excel opens: .xlsx/.xlsm (ExcelJS, which also
 * writes the copies), and through SheetJS .xls (BIFF8), .ods, the .xlsx dialects ExcelJS refuses
 * (an `x:` namespace prefix, absolute part paths) and the text Excel opens (text-book.ts). A file is called broken only when no reader can
 * open it. No Node API here, so the same code runs in the browser.
 */
import ExcelJS from "exceljs";
import type { SheetGrid } from "../core/types";
import {
  brokenFileMessage,
  notWorkbookZipMessage,
  UnreadableWorkbookError,
  detectWorkbook,
  type WorkbookFormat,
} from "./detect";
import { ExcelJsWorkbook } from "./exceljs-workbook";
import { isWholeZip, oversizeReason } from "./size-limit";
import { readSheetJsBook, type SheetJsBook } from "./sheetjs-book";
import { sheetJsGrids } from "./sheetjs-grids";
import { excelJsCopy } from "./sheetjs-to-exceljs";
import { readTextBook } from "./text-book";

type Opened =
  { format: WorkbookFormat; excel: ExcelJsWorkbook } | { format: WorkbookFormat; sheetjs: SheetJsBook };

function bytesOf(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** ExcelJS's load, or null when it refuses the bytes or finds no worksheet in them. */
async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJsWorkbook | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return null;
  }
  return workbook.worksheets.length > 0 ? new ExcelJsWorkbook(workbook) : null;
}

/**
 * `read`: the grids only, so an .xlsx goes to SheetJS first (twice as fast as ExcelJS on unit
 * workbooks, bench/consolidate.ts) and to ExcelJS when SheetJS cannot; `write`: the copy is made
 * by ExcelJS, so an .xlsx it can load keeps every style of the clerk's.
 */
async function open(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  purpose: "read" | "write",
): Promise<Opened> {
  const bytes = bytesOf(data);
  const detected = detectWorkbook(bytes, fileName);
  if ("reason" in detected) throw new UnreadableWorkbookError(detected.reason);
  const { format } = detected;
  if (format === "xlsx" || format === "ods") {
    const tooBig = await oversizeReason(bytes, fileName);
    if (tooBig !== null) throw new UnreadableWorkbookError(tooBig);
  }
  if (format === "xlsx") {
    // Reading tries SheetJS first; its refusal is kept, so a file no reader opens is parsed once by each.
    const first =
      purpose === "read"
        ? await readSheetJsBook(bytes, fileName, "xlsx").then(
            (book) => ({ book }),
            (error: unknown) => ({ error }),
          )
        : null;
    if (first !== null && "book" in first) return { format, sheetjs: first.book };
    const excel = await loadWithExcelJs(bytes);
    if (excel !== null) return { format, excel };
    // ExcelJS refused it: another dialect of .xlsx, or not a workbook at all.
    try {
      if (first !== null) throw first.error;
      return { format, sheetjs: await readSheetJsBook(bytes, fileName, "xlsx") };
    } catch (e) {
      if (e instanceof UnreadableWorkbookError && e.message !== brokenFileMessage(fileName)) throw e;
      throw new UnreadableWorkbookError(
        isWholeZip(bytes) ? notWorkbookZipMessage(fileName) : brokenFileMessage(fileName),
      );
    }
  }
  if (format === "xls" || format === "ods")
    return { format, sheetjs: await readSheetJsBook(bytes, fileName, format) };
  return { format, sheetjs: await readTextBook(bytes, fileName, format) };
}

/**
 * Every sheet of the workbook as a grid. Anything unreadable (a password, a CSV renamed .xlsx, a
 * cut-off download, an empty file, a workbook over `MAX_WORKBOOK_ROWS` rows) throws an
 * `UnreadableWorkbookError` whose message tells the clerk why.
 */
export async function readWorkbookSheets(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
): Promise<SheetGrid[]> {
  const opened = await open(data, fileName, "read");
  return "excel" in opened ? opened.excel.readSheets() : sheetJsGrids(opened.sheetjs);
}

/**
 * The workbook on the ExcelJS port, to write a copy of it: an .xls, an .ods or an .xlsx dialect is
 * rebuilt in ExcelJS (`excelJsCopy`), so what is saved is always an .xlsx. Throws like
 * `readWorkbookSheets`.
 */
export async function openWorkbook(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
): Promise<ExcelJsWorkbook> {
  const opened = await open(data, fileName, "write");
  return "excel" in opened ? opened.excel : new ExcelJsWorkbook(excelJsCopy(opened.sheetjs));
}
