/**
 * The workbook port: the only way the product touches a workbook. Office.js implements it
 * in Excel (src/excel), ExcelJS for files (src/workbook). The core never knows which.
 */
import type { CellRange, SheetGrid } from "./types";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Fill colour, "#RRGGBB". */
  fill?: string;
  /** Font colour, "#RRGGBB". */
  color?: string;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
}

/** One cell to write. Strings are always written as text, never as formulas. */
export interface SheetCell {
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
  value: string | number | null;
  numFmt?: string;
  style?: CellStyle;
}

/** A whole sheet the product owns (the summary, a consolidated tally). */
export interface SheetModel {
  name: string;
  cells: SheetCell[];
  merges: CellRange[];
  /** Column widths in characters, index 0 = column A. */
  columnWidths?: number[];
  /** A chart over a table of the sheet, drawn by the writers that can (Office.js). */
  chart?: SheetChart;
}

/**
 * A clustered bar chart over `data`: its first row names the series, its first column the bars.
 * A writer that cannot draw charts (ExcelJS) writes `note` at `anchor` instead, so the clerk
 * knows the table is there to chart by hand.
 */
export interface SheetChart {
  title: string;
  data: CellRange;
  /** Top-left cell of the chart (1-based). */
  anchor: { row: number; col: number };
  note: string;
}

export type HighlightSeverity = "error" | "warning";

/** Cells at fault in one sheet for one severity; written as one grouped call, never cell by cell. */
export interface HighlightGroup {
  sheet: string;
  severity: HighlightSeverity;
  /** A1 addresses ("C7") or ranges ("C7:C9"). */
  addresses: string[];
}

/**
 * Ownership, the same in every host. The product owns only the sheets it created, and records them
 * (Excel: in the document settings, by sheet id, so a sheet the clerk renamed stays ours; files:
 * for the life of the opened workbook, which is always a fresh workbook or a copy of the clerk's
 * file, never the file itself). It never clears, rewrites or deletes any other sheet. A clerk's
 * sheet that happens to bear our name ("Tổng hợp", in any letter case) is left alone and ours goes
 * to a free name ("Tổng hợp (2)"). The only cells of a clerk's sheet the product ever writes are
 * the placeholders of a summary template, through `writeCells`; the pane remembers the template's
 * placeholders so it can be filled again next time (a template stays reusable).
 */
export interface WorkbookPort {
  /** Every sheet's used range as a grid (cached formula results, rich text flattened). */
  readSheets(): Promise<SheetGrid[]>;
  /**
   * Writes a sheet of ours: replaces the sheet this host created for `model.name` before, else
   * creates one under a free name. Resolves to the name the sheet has. A write that fails half way
   * leaves no half-written sheet.
   */
  writeSheet(model: SheetModel): Promise<string>;
  /** Write single cells of a clerk's template sheet (its placeholders); the rest stays as it is. */
  writeCells(sheet: string, cells: SheetCell[]): Promise<void>;
  /** Colour the cells at fault, replacing our earlier marks; the clerk's own formatting stays. */
  highlight(groups: HighlightGroup[]): Promise<void>;
  /** Restore exactly the formatting `highlight` overwrote. */
  clearHighlights(): Promise<void>;
  /** Bring a cell into view and select it. */
  select(sheet: string, address: string): Promise<void>;
}

/** Sheet names compare without letter case (Excel's rule, applied by both hosts). */
export function foldSheetName(name: string): string {
  return name.toLowerCase();
}

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

/**
 * `wanted`, or "wanted (2)", "wanted (3)"… when a sheet has that name in any letter case (the name
 * shortened to stay within 31 characters).
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const names = new Set(taken.map(foldSheetName));
  const base = wanted.slice(0, MAX_SHEET_NAME);
  if (!names.has(foldSheetName(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!names.has(foldSheetName(name))) return name;
  }
}
