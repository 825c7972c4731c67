/**
 * Writing the product's own sheets (summary, tally) and template placeholders. Values go in row
 * blocks, styles in groups of identical style, all queued into one sync.
 */
import type { CellStyle, SheetCell, SheetModel } from "../core/port";
import { columnLetter, compactAddresses, a1, packAddresses, rangeAddress } from "./address";

/** Excel column widths are in points; one character of the default font is about 7 px = 5.25 pt. */
export const POINTS_PER_CHARACTER = 5.25;
/** Cell padding Excel adds to a width given in characters (5 px). */
export const WIDTH_PADDING_POINTS = 3.75;

const TEXT_FORMAT = "@";
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

interface Block {
  top: number;
  left: number;
  values: (string | number | null)[][];
  formats: (string | null)[][];
}

/**
 * Row blocks: maximal runs of consecutive rows, each as wide as its cells. Gaps are `null`, which
 * Office.js leaves unchanged, so a block never overwrites a cell it was not given.
 * A string goes in with number format "@": Excel takes a value starting with "=", "+" or "-" as a
 * formula (Range.values docs) and a text like "01/02/1980" as a date, unless the cell is Text.
 */
export function rowBlocks(cells: readonly SheetCell[]): Block[] {
  const byRow = new Map<number, SheetCell[]>();
  for (const c of cells) {
    const row = byRow.get(c.row);
    if (row) row.push(c);
    else byRow.set(c.row, [c]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const blocks: Block[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
    const run = rows.slice(start, i);
    const runCells = run.flatMap((r) => byRow.get(r) as SheetCell[]);
    const left = Math.min(...runCells.map((c) => c.col));
    const width = Math.max(...runCells.map((c) => c.col)) - left + 1;
    const values = run.map(() => new Array<string | number | null>(width).fill(null));
    const formats = run.map(() => new Array<string | null>(width).fill(null));
    for (const c of runCells) {
      const r = c.row - run[0];
      values[r][c.col - left] = c.value ?? "";
      formats[r][c.col - left] = typeof c.value === "string" ? TEXT_FORMAT : (c.numFmt ?? null);
    }
    blocks.push({ top: run[0], left, values, formats });
    start = i;
  }
  return blocks;
}

/** Addresses of the cells sharing each distinct style. */
export function styleGroups(cells: readonly SheetCell[]): { style: CellStyle; addresses: string[] }[] {
  const groups = new Map<string, { style: CellStyle; addresses: string[] }>();
  for (const c of cells) {
    if (c.style === undefined) continue;
    const key = JSON.stringify(Object.entries(c.style).sort(([a], [b]) => a.localeCompare(b)));
    if (key === "[]") continue;
    const g = groups.get(key);
    if (g) g.addresses.push(a1(c.row, c.col));
    else groups.set(key, { style: c.style, addresses: [a1(c.row, c.col)] });
  }
  return [...groups.values()];
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color !== undefined) format.font.color = style.color;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.align !== undefined)
    format.horizontalAlignment =
      style.align === "left" ? "Left" : style.align === "center" ? "Center" : "Right";
  if (style.border === true) for (const edge of EDGES) format.borders.getItem(edge).style = "Continuous";
}

/** Queues values, number formats and styles of the cells (no sync). */
export function queueCells(sheet: Excel.Worksheet, cells: readonly SheetCell[]): void {
  for (const b of rowBlocks(cells)) {
    const range = sheet.getRangeByIndexes(b.top - 1, b.left - 1, b.values.length, b.values[0].length);
    range.numberFormat = b.formats;
    range.values = b.values;
  }
  for (const g of styleGroups(cells))
    for (const address of packAddresses(compactAddresses(g.addresses)))
      applyStyle(sheet.getRanges(address).format, g.style);
}

/** Two syncs: does the sheet exist; then everything else. A protected sheet fails at the first write. */
export async function writeWholeSheet(context: Excel.RequestContext, model: SheetModel): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(model.name);
  existing.load("name");
  await context.sync();

  let sheet: Excel.Worksheet;
  if (existing.isNullObject) sheet = worksheets.add(model.name);
  else {
    sheet = existing;
    const all = sheet.getRange();
    all.conditionalFormats.clearAll();
    all.unmerge();
    all.clear("All");
  }
  queueCells(sheet, model.cells);
  for (const m of model.merges) sheet.getRange(rangeAddress(m)).merge(false);
  (model.columnWidths ?? []).forEach((chars, i) => {
    if (!(chars > 0)) return;
    const column = columnLetter(i + 1);
    sheet.getRange(`${column}:${column}`).format.columnWidth =
      chars * POINTS_PER_CHARACTER + WIDTH_PADDING_POINTS;
  });
  await context.sync();
}

/** One sync. A missing or protected sheet fails at the first operation, before anything is written. */
export async function writeSomeCells(
  context: Excel.RequestContext,
  sheetName: string,
  cells: readonly SheetCell[],
): Promise<void> {
  if (cells.length === 0) return;
  queueCells(context.workbook.worksheets.getItem(sheetName), cells);
  await context.sync();
}

/** Activates the sheet and selects the cell or range: one sync. */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  address: string,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
