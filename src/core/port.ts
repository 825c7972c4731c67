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

export interface WorkbookPort {
  /** Every sheet's used range as a grid (cached formula results, rich text flattened). */
  readSheets(): Promise<SheetGrid[]>;
  /** Create the sheet, or clear and rewrite it if it exists; no other sheet is touched. */
  writeSheet(model: SheetModel): Promise<void>;
  /** Write single cells of an existing sheet (template placeholders); the rest stays as it is. */
  writeCells(sheet: string, cells: SheetCell[]): Promise<void>;
  /** Colour the cells at fault, remembering the clerk's own formatting. */
  highlight(groups: HighlightGroup[]): Promise<void>;
  /** Restore exactly the formatting `highlight` overwrote. */
  clearHighlights(): Promise<void>;
  /** Bring a cell into view and select it. */
  select(sheet: string, address: string): Promise<void>;
}
