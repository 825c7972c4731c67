/**
 * A workbook read by SheetJS (.xls, .ods, and the .xlsx dialects ExcelJS refuses) with what SheetJS
 * CE leaves out filled in by our own scans: each cell's font, hidden rows and sheets of an .ods.
 * The size limit is applied from those scans, before SheetJS builds a cell object for each value.
 */
import type { CellObject, ParsingOptions, WorkBook, WorkSheet } from "@e965/xlsx";
import { scanBiff } from "./biff-scan";
import {
  brokenFileMessage,
  notWorkbookOleMessage,
  passwordMessage,
  UnreadableWorkbookError,
  type WorkbookFormat,
} from "./detect";
import { scanOds } from "./ods-scan";
import { formatCount, MAX_WORKBOOK_ROWS, tooManyRowsMessage } from "./size-limit";
import { scanXlsxSheets } from "./xlsx-scan";
import { cfbOf, loadSheetJs, parseZip, partText, type SheetJs } from "./sheetjs";

/** Cells (all sheets, repeats counted) an .ods may expand to: 100 000 rows × 30 columns. */
export const MAX_ODS_CELLS = 3_000_000;

export interface FontSpec {
  name: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

export interface SheetJsSheet {
  name: string;
  ws: WorkSheet;
  visibility: "visible" | "hidden" | "veryHidden";
  /** 1-based. */
  hiddenRows: number[];
  /** Font of a cell holding a value (0-based row and column), when the file says. */
  fontAt(row: number, col: number): FontSpec | undefined;
}

export interface SheetJsBook {
  format: WorkbookFormat;
  date1904: boolean;
  sheets: SheetJsSheet[];
}

const OPTIONS: ParsingOptions = {
  type: "array",
  dense: true,
  cellFormula: true,
  cellNF: true,
  cellText: false,
  cellDates: false,
};

const VISIBILITY = ["visible", "hidden", "veryHidden"] as const;

function sheetVisibility(wb: WorkBook, i: number): SheetJsSheet["visibility"] {
  return VISIBILITY[wb.Workbook?.Sheets?.[i]?.Hidden ?? 0] ?? "visible";
}

function hiddenRowsOf(ws: WorkSheet): number[] {
  const rows: number[] = [];
  (ws["!rows"] ?? []).forEach((info, i) => {
    if (info?.hidden) rows.push(i + 1);
  });
  return rows;
}

/** SheetJS's own error text for a password-protected file it met (FILEPASS, ODF encryption). */
function isPasswordError(e: unknown): boolean {
  return e instanceof Error && /password-protected/i.test(e.message);
}

/** Runs a SheetJS parse; its English errors become the clerk's messages. */
function parsing<T>(fileName: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    throw new UnreadableWorkbookError(
      isPasswordError(e) ? passwordMessage(fileName) : brokenFileMessage(fileName),
    );
  }
}

function readXls(x: SheetJs, bytes: Uint8Array, fileName: string): SheetJsBook {
  const cfb = parsing(fileName, () => cfbOf(x).read(bytes, { type: "array" }));
  // BIFF8 "Workbook"; Excel 5/95 files name the stream "Book".
  const entry = cfbOf(x).find(cfb, "Workbook") ?? cfbOf(x).find(cfb, "Book");
  if (entry === null) throw new UnreadableWorkbookError(notWorkbookOleMessage(fileName));
  const stream = Uint8Array.from(entry.content);
  const scan = parsing(fileName, () => scanBiff(stream));
  if (scan.encrypted) throw new UnreadableWorkbookError(passwordMessage(fileName));
  const total = scan.sheets.reduce((sum, s) => sum + s.rows, 0);
  if (total > MAX_WORKBOOK_ROWS)
    throw new UnreadableWorkbookError(
      tooManyRowsMessage(
        fileName,
        `${formatCount(total)} dòng`,
        scan.sheets.map((s) => ({ sheet: s.name, rows: s.rows })),
        MAX_WORKBOOK_ROWS,
      ),
    );
  const wb = parsing(fileName, () => x.read(stream, OPTIONS));
  const byName = new Map(scan.sheets.map((s) => [s.name, s]));
  return {
    format: "xls",
    date1904: wb.Workbook?.WBProps?.date1904 === true,
    sheets: wb.SheetNames.map((name, i) => {
      const ws = wb.Sheets[name];
      const fonts = byName.get(name)?.cellFonts;
      return {
        name,
        ws,
        visibility: sheetVisibility(wb, i),
        hiddenRows: hiddenRowsOf(ws),
        fontAt: (r, c) => {
          const index = fonts?.get(r * 65536 + c);
          return index === undefined ? undefined : scan.fonts[index];
        },
      };
    }),
  };
}

function readOds(x: SheetJs, bytes: Uint8Array, fileName: string): SheetJsBook {
  const zip = parsing(fileName, () => cfbOf(x).read(bytes, { type: "array" }));
  if (/encryption-data/.test(partText(x, zip, "META-INF/manifest.xml")))
    throw new UnreadableWorkbookError(passwordMessage(fileName));
  const scan = scanOds(partText(x, zip, "content.xml"), partText(x, zip, "styles.xml"));
  const rows = scan.reduce((sum, s) => sum + s.rows, 0);
  const cells = scan.reduce((sum, s) => sum + s.cells, 0);
  if (rows > MAX_WORKBOOK_ROWS || cells > MAX_ODS_CELLS)
    throw new UnreadableWorkbookError(
      tooManyRowsMessage(
        fileName,
        `${formatCount(rows)} dòng, ${formatCount(cells)} ô`,
        scan.map((s) => ({ sheet: s.name, rows: s.rows })),
        MAX_WORKBOOK_ROWS,
      ),
    );
  const wb = parsing(fileName, () => quietly(() => parseZip(x, zip, OPTIONS)));
  return {
    format: "ods",
    // SheetJS turns ODF dates into serials of the file's own null date (1904 when saved so).
    date1904: wb.Workbook?.WBProps?.date1904 === true,
    sheets: wb.SheetNames.map((name, i) => {
      const s = scan[i]?.name === name ? scan[i] : scan.find((t) => t.name === name);
      return {
        name,
        ws: wb.Sheets[name],
        visibility: s?.hidden ? "hidden" : "visible",
        hiddenRows: s?.hiddenRows ?? [],
        fontAt: (r, c) => {
          const f = s?.cellFonts.get(r * 16384 + c);
          return f === undefined ? undefined : { name: f };
        },
      };
    }),
  };
}

function readXlsx(x: SheetJs, bytes: Uint8Array, fileName: string): SheetJsBook {
  const zip = parsing(fileName, () => cfbOf(x).read(bytes, { type: "array" }));
  // sheetStubs keeps a formula never calculated (a cell with no value).
  const wb = parsing(fileName, () => parseZip(x, zip, { ...OPTIONS, sheetStubs: true }));
  const scans = scanXlsxSheets(x, zip, wb);
  return {
    format: "xlsx",
    date1904: wb.Workbook?.WBProps?.date1904 === true,
    sheets: wb.SheetNames.map((name, i) => {
      const ws = wb.Sheets[name];
      return {
        name,
        ws,
        visibility: sheetVisibility(wb, i),
        hiddenRows: scans[i]?.hiddenRows ?? [],
        fontAt: (r, c) => scans[i]?.fontAt(r, c),
      };
    }),
  };
}

/**
 * SheetJS reports every ODF number style it cannot translate on console.error ("ODS number format
 * may be incorrect"); the clerk's terminal and the page's console get nothing of it.
 */
function quietly<T>(run: () => T): T {
  const error = console.error;
  console.error = () => undefined;
  try {
    return run();
  } finally {
    console.error = error;
  }
}

export async function readSheetJsBook(
  bytes: Uint8Array,
  fileName: string,
  format: WorkbookFormat,
): Promise<SheetJsBook> {
  const x = await loadSheetJs();
  const book =
    format === "xls"
      ? readXls(x, bytes, fileName)
      : format === "ods"
        ? readOds(x, bytes, fileName)
        : readXlsx(x, bytes, fileName);
  if (book.sheets.length === 0) throw new UnreadableWorkbookError(brokenFileMessage(fileName));
  return book;
}

/** The cells of a dense SheetJS sheet that exist, row by row (0-based). */
export function* sheetCells(ws: WorkSheet): Generator<{ r: number; c: number; cell: CellObject }> {
  const data = (ws["!data"] ?? []) as (CellObject[] | undefined)[];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell) yield { r, c, cell };
    }
  }
}
