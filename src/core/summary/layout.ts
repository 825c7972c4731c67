/**
 * Row-by-row writing of a summary sheet as data: cells, merges, styles. Each section module
 * appends its rows; nothing here knows about Excel.
 */
import type { CellStyle, SheetCell, SheetModel } from "../port";
import type { CellRange } from "../types";

/** Columns of the summary sheet: the trích ngang list (section D) is the widest part. */
export const SHEET_WIDTH = 9;
/** Columns of the count tables (sections A, B, C, E). */
export const TABLE_WIDTH = 6;
export const COLUMN_WIDTHS = [6, 30, 12, 12, 10, 32, 26, 60, 28];

/** Whole numbers: counts are numbers the clerk can add up, never text. */
export const COUNT_FORMAT = "0";

export const STYLES = {
  unit: { bold: true, align: "center", wrap: true },
  motto: { bold: true, align: "center" },
  title: { bold: true, size: 14, align: "center", wrap: true },
  subtitle: { italic: true, align: "center" },
  info: { align: "left", wrap: true },
  section: { bold: true },
  head: { bold: true, border: true, align: "center", wrap: true, fill: "#D9E1F2" },
  body: { border: true, wrap: true },
  number: { border: true, align: "right" },
  total: { border: true, bold: true, wrap: true },
  totalNumber: { border: true, bold: true, align: "right" },
  note: { italic: true, wrap: true },
  signTitle: { bold: true, align: "center" },
  signHint: { italic: true, align: "center" },
} satisfies Record<string, CellStyle>;

export type RowValue = string | number | null;

/** Any sheet of ours (the unit's summary, the province tally, the media summary) is written with this. */
export class SheetBuilder {
  readonly cells: SheetCell[] = [];
  readonly merges: CellRange[] = [];
  /** The last row written (1-based); 0 before the first. */
  row = 0;

  /** `width`: the columns a full-width line spans. */
  constructor(private readonly width = SHEET_WIDTH) {}

  /** One text across columns `from`..`to` of a new row (title, note, section heading). */
  line(text: string, style: CellStyle, from = 1, to = this.width): number {
    this.row++;
    this.put(this.row, from, text, style);
    this.merge(this.row, from, this.row, to);
    return this.row;
  }

  blank(): void {
    this.row++;
  }

  /**
   * One table row from column A: a number is a count (number format), a string is text, null an
   * empty bordered cell.
   */
  tableRow(values: RowValue[], text: CellStyle = STYLES.body, number: CellStyle = STYLES.number): number {
    this.row++;
    values.forEach((value, i) => this.put(this.row, i + 1, value, typeof value === "number" ? number : text));
    return this.row;
  }

  put(row: number, col: number, value: RowValue, style: CellStyle): void {
    const cell: SheetCell = { row, col, value, style };
    if (typeof value === "number") cell.numFmt = COUNT_FORMAT;
    this.cells.push(cell);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  model(name: string, columnWidths: readonly number[] = COLUMN_WIDTHS): SheetModel {
    return { name, cells: this.cells, merges: this.merges, columnWidths: [...columnWidths] };
  }
}
