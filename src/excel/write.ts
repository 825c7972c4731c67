/**
 * Writing the product's own sheets (summary, tally) and template placeholders. Values go in row
 * blocks, styles in groups of identical style, all queued into one sync unless the payload cap
 * needs more.
 */
import type { CellStyle, SheetCell, SheetModel } from "../core/port";
import { columnLetter, compactAddresses, a1, packAddresses, rangeAddress } from "./address";
import { CELLS_PER_WRITE_SYNC, packBatches, rowsWithin } from "./batches";

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
    // A loop, not Math.min(...cells): a summary of 100 000 records overflows the argument stack.
    let left = Infinity;
    let right = 0;
    for (const c of runCells) {
      if (c.col < left) left = c.col;
      if (c.col > right) right = c.col;
    }
    const width = right - left + 1;
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

/** Row blocks cut to at most CELLS_PER_WRITE_SYNC cells each and packed into one batch per sync. */
export function writeBatches(cells: readonly SheetCell[]): Block[][] {
  const slices: Block[] = [];
  for (const b of rowBlocks(cells)) {
    const rows = rowsWithin(CELLS_PER_WRITE_SYNC, b.values[0].length);
    for (let r = 0; r < b.values.length; r += rows)
      slices.push({
        top: b.top + r,
        left: b.left,
        values: b.values.slice(r, r + rows),
        formats: b.formats.slice(r, r + rows),
      });
  }
  return packBatches(slices, (b) => b.values.length * b.values[0].length, CELLS_PER_WRITE_SYNC);
}

/**
 * Writes the cells one batch per sync (one sync for anything but a huge sheet); styles, which are
 * a few grouped operations, and `queueLast` (merges, widths) go with the last batch. Whatever the
 * caller queued before (adding or clearing the sheet) travels with the first. Recursion, not a
 * loop: the payload cap forces the syncs apart. `onSynced` hears of each successful sync.
 */
async function writeInBatches(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  cells: readonly SheetCell[],
  queueLast: () => void,
  onSynced: () => void = () => {},
): Promise<void> {
  const batches = writeBatches(cells);
  const step = async (i: number): Promise<void> => {
    for (const b of batches[i] ?? []) {
      const range = sheet.getRangeByIndexes(b.top - 1, b.left - 1, b.values.length, b.values[0].length);
      range.numberFormat = b.formats;
      range.values = b.values;
    }
    const last = i >= batches.length - 1;
    if (last) {
      for (const g of styleGroups(cells))
        for (const address of packAddresses(compactAddresses(g.addresses)))
          applyStyle(sheet.getRanges(address).format, g.style);
      queueLast();
    }
    await context.sync();
    onSynced();
    if (!last) await step(i + 1);
  };
  await step(0);
}

/** Queues adding the sheet, or clearing everything on it (values, formats, merges, our highlights). */
function openSheet(context: Excel.RequestContext, name: string, exists: boolean): Excel.Worksheet {
  const worksheets = context.workbook.worksheets;
  if (!exists) return worksheets.add(name);
  const sheet = worksheets.getItem(name);
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  all.unmerge();
  all.clear("All");
  return sheet;
}

/** The whole sheet, given whether it exists: opened, cells, then merges and widths. */
async function writeSheetAs(
  context: Excel.RequestContext,
  model: SheetModel,
  exists: boolean,
  onSynced?: () => void,
): Promise<void> {
  const sheet = openSheet(context, model.name, exists);
  await writeInBatches(
    context,
    sheet,
    model.cells,
    () => {
      for (const m of model.merges) sheet.getRange(rangeAddress(m)).merge(false);
      (model.columnWidths ?? []).forEach((chars, i) => {
        if (!(chars > 0)) return;
        const column = columnLetter(i + 1);
        sheet.getRange(`${column}:${column}`).format.columnWidth =
          chars * POINTS_PER_CHARACTER + WIDTH_PADDING_POINTS;
      });
    },
    onSynced,
  );
}

/** The error a batch built on a wrong `exists` fails with, at its first operation. */
function wrongGuess(e: unknown, exists: boolean): boolean {
  const code = e !== null && typeof e === "object" ? (e as { code?: unknown }).code : undefined;
  return code === (exists ? "ItemNotFound" : "ItemAlreadyExists");
}

/**
 * One sync when the caller knows whether the sheet exists (the port remembers the sheet names of
 * its last read), two otherwise: a probe, then the sheet (plus one per CELLS_PER_WRITE_SYNC cells
 * beyond the first batch). If the workbook changed meanwhile, the first batch fails at its first
 * operation (adding a sheet that exists, clearing one that is gone), so nothing was written, and
 * the write is redone after the probe. Any other error propagates, as does any error of the redo.
 * A protected sheet fails at the first write.
 */
export async function writeWholeSheet(
  context: Excel.RequestContext,
  model: SheetModel,
  exists?: boolean,
): Promise<void> {
  if (exists !== undefined) {
    let synced = false;
    try {
      await writeSheetAs(context, model, exists, () => (synced = true));
      return;
    } catch (e) {
      if (synced || !wrongGuess(e, exists)) throw e;
    }
  }
  const existing = context.workbook.worksheets.getItemOrNullObject(model.name);
  existing.load("name");
  await context.sync();
  await writeSheetAs(context, model, !existing.isNullObject);
}

/**
 * One sync unless the cells outgrow the payload budget. A missing or protected sheet fails at the
 * first operation, before anything is written.
 */
export async function writeSomeCells(
  context: Excel.RequestContext,
  sheetName: string,
  cells: readonly SheetCell[],
): Promise<void> {
  if (cells.length === 0) return;
  await writeInBatches(context, context.workbook.worksheets.getItem(sheetName), cells, () => {});
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
