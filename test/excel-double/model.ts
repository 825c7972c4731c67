/**
 * The in-memory workbook behind the Excel double: sheets of cells with values and formats,
 * conditional formats, merges, protection. Plain data, no Node or DOM API (bundled for the
 * browser test host too).
 */
import type { CellRange } from "../../src/core/types";
import { SHEET_COLUMNS } from "./a1";

export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  numberFormat?: string;
  hAlign?: "Left" | "Center" | "Right";
  wrap?: boolean;
  border?: boolean;
}

export interface ModelCell {
  /** What `Range.values` returns: a formula's cached result, "" when empty. */
  value: string | number | boolean;
  /** Set when the cell holds a formula ("=HYPERLINK(…)"). */
  formula?: string;
  format: CellFormat;
}

export interface ModelConditionalFormat {
  id: string;
  type: string;
  areas: CellRange[];
  formula: string | null;
  fill: string | null;
}

export type ModelVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface ModelSheet {
  /** `Worksheet.id`: stays the same when the sheet is renamed or moved. */
  id: string;
  name: string;
  visibility: ModelVisibility;
  protected: boolean;
  /** Keyed by `cellKey(row, col)`. */
  cells: Map<number, ModelCell>;
  merges: CellRange[];
  /** 1-based rows the clerk hid (or a filter hides). */
  hiddenRows: number[];
  /** 1-based columns the clerk hid (a helper column, a code column…). */
  hiddenColumns?: number[];
  conditionalFormats: ModelConditionalFormat[];
  /** Column widths in points, by 1-based column. */
  columnWidths: Map<number, number>;
  /** Charts added through `worksheet.charts` (absent until the first). */
  charts?: ModelChart[];
}

export interface ModelChart {
  name: string;
  type: string;
  /** The source data range given to `charts.add`. */
  source: CellRange;
  seriesBy: string;
  title: string;
  /** `setPosition`'s cells, null until it is called. */
  position: { start: string; end: string | null } | null;
}

export interface ModelWorkbook {
  sheets: ModelSheet[];
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  /** `Office.context.document.settings` as saved. */
  settings: Map<string, unknown>;
  nextId: number;
  /** Opened read-only: every write is refused (AccessDenied), and so is saving the settings. */
  readOnly?: boolean;
  /** Workbook structure protected: sheets cannot be added, deleted, renamed or moved. */
  structureProtected?: boolean;
  /** Browser test host only: how long `Office.onReady` takes (a slow Office start). */
  officeReadyDelayMs?: number;
  /** Browser test host only: `Office.onReady` rejects with this message (a start that fails). */
  officeStartError?: string;
  /** `settings.saveAsync` calls: how many were made and the most running at once. */
  settingsSaves?: { calls: number; maxInFlight: number; inFlight: number };
}

export function cellKey(row: number, col: number): number {
  return (row - 1) * SHEET_COLUMNS + (col - 1);
}

export function keyRow(key: number): number {
  return Math.floor(key / SHEET_COLUMNS) + 1;
}

export function keyCol(key: number): number {
  return (key % SHEET_COLUMNS) + 1;
}

export function createWorkbook(): ModelWorkbook {
  return { sheets: [], activeSheet: null, selection: null, settings: new Map(), nextId: 1 };
}

export function addSheet(
  wb: ModelWorkbook,
  name: string,
  options: { visibility?: ModelVisibility; protected?: boolean } = {},
): ModelSheet {
  const sheet: ModelSheet = {
    id: `{sheet-${wb.nextId++}}`,
    name,
    visibility: options.visibility ?? "Visible",
    protected: options.protected ?? false,
    cells: new Map(),
    merges: [],
    hiddenRows: [],
    conditionalFormats: [],
    columnWidths: new Map(),
  };
  wb.sheets.push(sheet);
  if (wb.activeSheet === null) wb.activeSheet = name;
  return sheet;
}

export function findSheet(wb: ModelWorkbook, name: string): ModelSheet | undefined {
  const folded = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === folded);
}

/** Sets a value (and optionally format) of a 1-based cell; "" or null leaves only the format. */
export function setCell(
  sheet: ModelSheet,
  row: number,
  col: number,
  value: string | number | boolean | null,
  format: CellFormat = {},
): ModelCell {
  const key = cellKey(row, col);
  const cell = sheet.cells.get(key) ?? { value: "", format: {} };
  cell.value = value ?? "";
  cell.format = { ...cell.format, ...format };
  sheet.cells.set(key, cell);
  return cell;
}

/** Sets one row of values starting at (row, col). */
export function setRow(
  sheet: ModelSheet,
  row: number,
  col: number,
  values: readonly (string | number | null)[],
): void {
  values.forEach((v, i) => {
    if (v !== null && v !== "") setCell(sheet, row, col + i, v);
  });
}

function hasValue(cell: ModelCell): boolean {
  return cell.value !== "" || cell.formula !== undefined;
}

function hasFormat(cell: ModelCell): boolean {
  return Object.keys(cell.format).length > 0;
}

/**
 * The used range: cells with a value (valuesOnly) or also with a format, within `bounds` when
 * given (`Range.getUsedRange`); null when none.
 */
export function usedArea(sheet: ModelSheet, valuesOnly: boolean, bounds?: CellRange): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [key, cell] of sheet.cells) {
    if (!hasValue(cell) && (valuesOnly || !hasFormat(cell))) continue;
    const r = keyRow(key);
    const c = keyCol(key);
    if (bounds && (r < bounds.top || r > bounds.bottom || c < bounds.left || c > bounds.right)) continue;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  return bottom === 0 ? null : { top, left, bottom, right };
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function areaCells(area: CellRange): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** Every sheet's cell formats, merges, conditional formats and widths as plain data (for deep-equal). */
export function formatSnapshot(wb: ModelWorkbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of wb.sheets) {
    const cells: Record<string, CellFormat> = {};
    for (const [key, cell] of [...s.cells].sort((x, y) => x[0] - y[0]))
      if (hasFormat(cell)) cells[`R${keyRow(key)}C${keyCol(key)}`] = { ...cell.format };
    out[s.name] = {
      cells,
      merges: s.merges.map((m) => ({ ...m })),
      conditionalFormats: s.conditionalFormats.map((f) => ({ ...f, areas: f.areas.map((a) => ({ ...a })) })),
      columnWidths: [...s.columnWidths].sort((x, y) => x[0] - y[0]),
    };
  }
  return out;
}

/** Every sheet's values and formulas as plain data. */
export function valueSnapshot(wb: ModelWorkbook): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const s of wb.sheets) {
    const cells: Record<string, unknown> = {};
    for (const [key, cell] of [...s.cells].sort((x, y) => x[0] - y[0]))
      if (hasValue(cell)) cells[`R${keyRow(key)}C${keyCol(key)}`] = cell.formula ?? cell.value;
    out[s.name] = cells;
  }
  return out;
}
