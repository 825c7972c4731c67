/**
 * Workbooks that are text, which Excel opens all the same: a web page saved with an .xls name (what
 * many portals and management programs export as "Xuất Excel"), an Excel 2003 XML spreadsheet, and
 * CSV or tab-separated text (Excel's "CSV" and "Unicode Text" saves). SheetJS reads them from the
 * decoded text; every value stays the text the file holds ("05/03/1980" is not guessed into a US
 * date, "0123" keeps its zero) and the core reads it as it reads typed cells.
 */
import { decodeText, UnreadableWorkbookError, type TextFormat } from "./detect";
import { formatCount, MAX_WORKBOOK_ROWS, tooManyRowsMessage } from "./size-limit";
import type { CellObject, Range, WorkSheet } from "@e965/xlsx";
import { MAX_SHEET_NAME } from "../core/port";
import { columnLetter } from "../core/read/address";
import type { SheetJsBook, SheetJsSheet } from "./sheetjs-book";
import { loadSheetJs } from "./sheetjs";

/** Rows of the text, counted before SheetJS builds a cell for each value. */
function rowCount(text: string, format: TextFormat): number {
  const pattern = format === "html" ? /<tr[\s>]/gi : format === "xml2003" ? /<(ss:)?row[\s>/]/gi : /\n/g;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return format === "csv" && !text.endsWith("\n") ? n + 1 : n;
}

/** A CSV's or a page's one sheet is named after the file, as Excel names it (31 characters, no []:*?/\). */
function sheetNameOf(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]*$/, "")
    .replace(/[[\]:*?/\\]/g, " ")
    .trim();
  return (base || "Sheet1").slice(0, MAX_SHEET_NAME);
}

export async function readTextBook(
  bytes: Uint8Array,
  fileName: string,
  format: TextFormat,
): Promise<SheetJsBook> {
  const text = decodeText(bytes);
  const rows = rowCount(text, format);
  if (rows > MAX_WORKBOOK_ROWS)
    throw new UnreadableWorkbookError(
      tooManyRowsMessage(fileName, `${formatCount(rows)} dòng`, [], MAX_WORKBOOK_ROWS),
    );
  const x = await loadSheetJs();
  let wb;
  try {
    // raw: the text as written, never a value SheetJS guessed from it (dates in US order…).
    wb = x.read(text, { type: "string", dense: true, raw: format !== "xml2003", cellDates: false });
  } catch {
    throw new UnreadableWorkbookError(
      `Tệp «${fileName}» là tệp văn bản nhưng không đọc được thành bảng. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
    );
  }
  const sheet = (name: string, ws: WorkSheet): SheetJsSheet => ({
    name,
    ws,
    visibility: "visible",
    hiddenRows: [],
    fontAt: () => undefined,
  });
  // Excel opens a page or a CSV as one sheet named after the file; an XML spreadsheet keeps its sheets.
  const sheets =
    format === "xml2003"
      ? wb.SheetNames.map((name) => sheet(name, wb.Sheets[name]))
      : [sheet(sheetNameOf(fileName), stacked(wb.SheetNames.map((name) => wb.Sheets[name])))];
  return { format, date1904: false, sheets };
}

/**
 * The tables of a page one under the other, a blank row between, as Excel shows the page: a
 * title table, the list's table and a signature table are one sheet there (SheetJS makes a sheet
 * of each).
 */
function stacked(tables: readonly WorkSheet[]): WorkSheet {
  if (tables.length === 1) return tables[0];
  const data: (CellObject[] | undefined)[] = [];
  const merges: Range[] = [];
  let columns = 0;
  for (const ws of tables) {
    const rows = (ws["!data"] ?? []) as (CellObject[] | undefined)[];
    if (rows.length === 0) continue;
    const offset = data.length === 0 ? 0 : data.length + 1;
    while (data.length < offset) data.push(undefined);
    rows.forEach((row) => {
      data.push(row);
      columns = Math.max(columns, row?.length ?? 0);
    });
    for (const m of ws["!merges"] ?? [])
      merges.push({ s: { r: m.s.r + offset, c: m.s.c }, e: { r: m.e.r + offset, c: m.e.c } });
  }
  const ref = `A1:${columnLetter(Math.max(columns, 1))}${Math.max(data.length, 1)}`;
  return { "!data": data, "!merges": merges, "!ref": ref } as unknown as WorkSheet;
}
