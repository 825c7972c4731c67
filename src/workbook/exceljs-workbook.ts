/**
 * The workbook port over ExcelJS: the web page and the CLI open a .xlsx from bytes, read it as
 * grids, write the summary, highlight cells and save it back to bytes. No Node API here, so the
 * same code runs in the browser.
 */
import ExcelJS from "exceljs";
import {
  foldSheetName,
  freeSheetName,
  type CellStyle,
  type HighlightGroup,
  type SheetCell,
  type SheetModel,
  type WorkbookPort,
} from "../core/port";
import { a1, parseRange } from "../core/read/address";
import type { CellRange, SheetGrid } from "../core/types";
import { solidFill, withStyle } from "./styles";
import { plainValue } from "./values";

/** Highlight colours: Excel's own "light red fill" and "light yellow fill" presets. */
export const HIGHLIGHT_COLORS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** Sheet order: ExcelJS sorts `worksheets` by it but leaves it out of its typings. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/** The ExcelJS private field holding merges: `Worksheet.model` would rebuild every row to list them. */
interface WorksheetMerges {
  _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  return Object.values((ws as unknown as WorksheetMerges)._merges)
    .filter(Boolean)
    .map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}

function deepCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export class ExcelJsWorkbook implements WorkbookPort {
  /** Original fill of each highlighted cell, by sheet then address; undefined = it had none. */
  private readonly savedFills = new Map<string, Map<string, ExcelJS.Fill | undefined>>();
  /** Sheets this object created, by the name wanted (the port's ownership contract). */
  private readonly owned = new Map<string, ExcelJS.Worksheet>();

  constructor(readonly workbook: ExcelJS.Workbook) {}

  async readSheets(): Promise<SheetGrid[]> {
    return this.workbook.worksheets.map((ws) => this.readSheet(ws));
  }

  private readSheet(ws: ExcelJS.Worksheet): SheetGrid {
    const cells: { row: number; col: number; value: unknown }[] = [];
    const hiddenRows: number[] = [];
    const fonts = new Set<string>();
    const uncached: string[] = [];
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) hiddenRows.push(r);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // A merged area's value lives in its master only, as in Excel.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const value = plainValue(cell.value, () => uncached.push(cell.address));
        const fontName = cell.font?.name;
        if (fontName) fonts.add(fontName);
        if (value === null || value === "") return;
        cells.push({ row: r, col: c, value });
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      });
    });
    const values: unknown[][] = [];
    if (cells.length > 0) {
      for (let r = top; r <= bottom; r++) values.push(new Array<unknown>(right - left + 1).fill(null));
      for (const { row, col, value } of cells) values[row - top][col - left] = value;
    }
    const grid: SheetGrid = {
      name: ws.name,
      values,
      originRow: cells.length > 0 ? top : 1,
      originCol: cells.length > 0 ? left : 1,
      merges: mergesOf(ws),
      hiddenRows,
      fontNames: [...fonts].sort(),
      visibility: ws.state,
    };
    if (uncached.length > 0) grid.uncachedFormulas = uncached;
    return grid;
  }

  async writeSheet(model: SheetModel): Promise<string> {
    const wanted = foldSheetName(model.name);
    const mine = this.owned.get(wanted);
    const existing = mine !== undefined && this.workbook.worksheets.includes(mine) ? mine : undefined;
    const name =
      existing?.name ??
      freeSheetName(
        model.name,
        this.workbook.worksheets.map((w) => w.name),
      );
    let ws: ExcelJS.Worksheet;
    if (existing) {
      // A fresh sheet in the same place: clearing cell by cell would leave styles, merges,
      // widths and row heights of the old content behind.
      const { orderNo } = existing as Ordered;
      const { state } = existing;
      this.workbook.removeWorksheet(existing.id);
      this.savedFills.delete(name);
      ws = this.workbook.addWorksheet(name, { state });
      (ws as Ordered).orderNo = orderNo;
    } else ws = this.workbook.addWorksheet(name);
    this.owned.set(wanted, ws);
    model.columnWidths?.forEach((width, i) => {
      if (width > 0) ws.getColumn(i + 1).width = width;
    });
    for (const m of model.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    for (const cell of model.cells) this.setCell(ws.getCell(cell.row, cell.col), cell);
    // ExcelJS cannot write charts: where the chart would be, a note says so and points at the table.
    const chart = model.chart;
    if (chart) {
      const { row, col } = chart.anchor;
      this.setCell(ws.getCell(row, col), { row, col, value: chart.note, style: { italic: true } });
    }
    return name;
  }

  async writeCells(sheet: string, cells: SheetCell[]): Promise<void> {
    const ws = this.sheet(sheet);
    for (const cell of cells) this.setCell(ws.getCell(cell.row, cell.col), cell);
  }

  private setCell(target: ExcelJS.Cell, cell: SheetCell): void {
    // A string is assigned as a plain value: ExcelJS writes a formula only for {formula}, so
    // "=1+1" or "+84…" stays text (the tests check the saved XML).
    // A merged area's other cells take their master's value in ExcelJS: assigning theirs (null,
    // for the borders of a merged row) would erase the master's text, so they get a style only.
    if (target.type !== ExcelJS.ValueType.Merge) target.value = cell.value;
    if (cell.style !== undefined || cell.numFmt !== undefined)
      target.style = withStyle(target.style, cell.style ?? ({} as CellStyle), cell.numFmt);
  }

  async highlight(groups: HighlightGroup[]): Promise<void> {
    for (const group of groups) {
      const ws = this.sheet(group.sheet);
      let saved = this.savedFills.get(group.sheet);
      if (!saved) this.savedFills.set(group.sheet, (saved = new Map()));
      const fill = solidFill(HIGHLIGHT_COLORS[group.severity]);
      for (const address of group.addresses)
        for (const cell of cellsIn(ws, address)) {
          // The first highlight keeps the clerk's own fill; a later one must not save ours.
          if (!saved.has(cell.address)) saved.set(cell.address, deepCopy(cell.style.fill));
          cell.style = { ...cell.style, fill: deepCopy(fill) };
        }
    }
  }

  async clearHighlights(): Promise<void> {
    for (const [sheet, saved] of this.savedFills) {
      const ws = this.workbook.getWorksheet(sheet);
      if (!ws) continue;
      for (const [address, fill] of saved) restoreFill(ws.getCell(address), fill);
    }
    this.savedFills.clear();
  }

  /** Makes the sheet the active tab with the cell selected, as the file opens in Excel. */
  async select(sheet: string, address: string): Promise<void> {
    const ws = this.sheet(sheet);
    const range = parseRange(address);
    if (range === null) throw new Error(`Địa chỉ ô «${address}» không hợp lệ.`);
    const active = a1(range.top, range.left);
    const view = ws.views?.[0] ?? {};
    ws.views = [{ ...view, state: view.state ?? "normal", activeCell: active } as ExcelJS.WorksheetView];
    const index = this.workbook.worksheets.indexOf(ws);
    const bookView = this.workbook.views?.[0] ?? {};
    this.workbook.views = [
      { ...bookView, activeTab: index, firstSheet: Math.min(bookView.firstSheet ?? 0, index) },
    ];
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    forgetStyleIds(this.workbook);
    const buffer = await this.workbook.xlsx.writeBuffer();
    return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`Không có trang tính «${name}» trong tệp.`);
    return ws;
  }
}

/** Puts back the fill a cell had before `highlight`: none at all when it had none. */
function restoreFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const rest: Partial<ExcelJS.Style> = { ...cell.style };
  delete rest.fill;
  cell.style = fill === undefined ? rest : { ...rest, fill: deepCopy(fill) };
}

/** Where ExcelJS keeps the style id it assigned a cell during the last write. */
interface CellInternals {
  _value?: { model?: { styleId?: number } };
}

/**
 * ExcelJS stores each cell's style id on the cell while writing but never resets it when the
 * id is 0 (the default style), so a cell whose highlight was cleared after one save would be
 * written with the highlight again on the next. Forgetting the ids makes every save start clean.
 */
function forgetStyleIds(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets)
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const model = (cell as unknown as CellInternals)._value?.model;
        if (model) delete model.styleId;
      }),
    );
}

function* cellsIn(ws: ExcelJS.Worksheet, address: string): Generator<ExcelJS.Cell> {
  const range = parseRange(address);
  if (range === null) throw new Error(`Địa chỉ ô «${address}» không hợp lệ.`);
  for (let r = range.top; r <= range.bottom; r++)
    for (let c = range.left; c <= range.right; c++) yield ws.getCell(r, c);
}

/** A new, empty workbook (the CLI's exported summary). */
export function createWorkbook(): ExcelJsWorkbook {
  return new ExcelJsWorkbook(new ExcelJS.Workbook());
}
