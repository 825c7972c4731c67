/**
 * Workbooks that are text, which Excel opens all the same: a web page saved with an .xls name (what
 * many portals and management programs export as "Xuất Excel"), an Excel 2003 XML spreadsheet, and
 * CSV or tab-separated text (Excel's "CSV" and "Unicode Text" saves). SheetJS reads them from the
 * decoded text; every value stays the text the file holds ("05/03/1980" is not guessed into a US
 * date, "0123" keeps its zero) and the core reads it as it reads typed cells.
 */
import { decodeText, UnreadableWorkbookError, type TextFormat } from "./detect";
import { formatCount, MAX_WORKBOOK_ROWS, tooManyRowsMessage } from "./size-limit";
import type { SheetJsBook } from "./sheetjs-book";
import { loadSheetJs } from "./sheetjs";

/** Rows of the text, counted before SheetJS builds a cell for each value. */
function rowCount(text: string, format: TextFormat): number {
  const pattern = format === "html" ? /<tr[\s>]/gi : format === "xml2003" ? /<(ss:)?row[\s>/]/gi : /\n/g;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return format === "csv" && !text.endsWith("\n") ? n + 1 : n;
}

/** A CSV's one sheet is named after the file, as Excel names it (31 characters, no []:*?/\). */
function sheetNameOf(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]*$/, "")
    .replace(/[[\]:*?/\\]/g, " ")
    .trim();
  return (base || "Sheet1").slice(0, 31);
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
  const names = format === "csv" ? [sheetNameOf(fileName)] : wb.SheetNames;
  return {
    format,
    date1904: false,
    sheets: wb.SheetNames.map((name, i) => ({
      name: names[i] ?? name,
      ws: wb.Sheets[name],
      visibility: "visible",
      hiddenRows: [],
      fontAt: () => undefined,
    })),
  };
}
