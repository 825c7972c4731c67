/**
 * Writing the product's own sheets (summary, tally) and template placeholders. Values go in row
 * blocks, styles in groups of identical style, all queued into one sync unless the payload budget
 * needs more. A sheet is always written whole into a new sheet, which replaces the one the product
 * wrote before only in the last sync: a write that fails half way leaves the old sheet as it was
 * and no half-written one.
 */
import type { CellStyle, SheetCell, SheetModel } from "../core/port";
import { columnLetter, compactAddresses, a1, packAddresses, rangeAddress } from "./address";
import { halves, packBatches, payloadBytes, PAYLOAD_BUDGET_BYTES, refusedForSize } from "./batches";
import { officeLikeError, SHEET_HIDDEN } from "./errors";
import { foldSheetName, freeSheetName } from "../core/port";
import type { OwnedSheets } from "./ownership";

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
  /** UTF-8 bytes of its values and formats as sent. */
  bytes: number;
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
    blocks.push({ top: run[0], left, values, formats, bytes: payloadBytes(values) + payloadBytes(formats) });
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

function slice(b: Block, from: number, to: number): Block {
  const values = b.values.slice(from, to);
  const formats = b.formats.slice(from, to);
  return {
    top: b.top + from,
    left: b.left,
    values,
    formats,
    bytes: payloadBytes(values) + payloadBytes(formats),
  };
}

/** Row blocks cut to at most PAYLOAD_BUDGET_BYTES each (measured, not estimated) and packed one batch per sync. */
export function writeBatches(cells: readonly SheetCell[], budget = PAYLOAD_BUDGET_BYTES): Block[][] {
  const slices: Block[] = [];
  for (const b of rowBlocks(cells)) {
    if (b.bytes <= budget) {
      slices.push(b);
      continue;
    }
    let from = 0;
    let bytes = 0;
    b.values.forEach((row, r) => {
      const rowBytes = payloadBytes(row) + payloadBytes(b.formats[r]);
      if (r > from && bytes + rowBytes > budget) {
        slices.push(slice(b, from, r));
        from = r;
        bytes = 0;
      }
      bytes += rowBytes;
    });
    slices.push(slice(b, from, b.values.length));
  }
  return packBatches(slices, (b) => b.bytes, budget);
}

/** A batch Excel refused for its size, in two: blocks, or the rows of a lone block; null for one row. */
function splitWrite(batch: readonly Block[]): Block[][] | null {
  const two = halves(batch);
  if (two !== null) return two;
  const [b] = batch;
  if (b === undefined || b.values.length < 2) return null;
  const mid = b.values.length >> 1;
  return [[slice(b, 0, mid)], [slice(b, mid, b.values.length)]];
}

/**
 * Writes the cells one batch per sync (one sync for anything but a huge sheet). `open` queues
 * getting (or adding) the sheet and goes with the first batch; styles, which are a few grouped
 * operations, and `finish` (merges, widths, replacing the old sheet) go with the last. A batch
 * Excel refuses for its size ran nothing, so it is split in two and sent again (one more round
 * trip per refusal); any other error propagates. Recursion, not a loop: each sync waits for the
 * one before. Returns the sheet proxy `open` gave.
 */
async function writeInBatches(
  context: Excel.RequestContext,
  open: () => Excel.Worksheet,
  cells: readonly SheetCell[],
  finish: (sheet: Excel.Worksheet) => void,
): Promise<Excel.Worksheet> {
  let opened: Excel.Worksheet | null = null;
  const step = async ([batch, ...later]: Block[][]): Promise<void> => {
    const sheet = opened ?? open();
    for (const b of batch) {
      const range = sheet.getRangeByIndexes(b.top - 1, b.left - 1, b.values.length, b.values[0].length);
      range.numberFormat = b.formats;
      range.values = b.values;
    }
    if (later.length === 0) {
      for (const g of styleGroups(cells))
        for (const address of packAddresses(compactAddresses(g.addresses)))
          applyStyle(sheet.getRanges(address).format, g.style);
      finish(sheet);
    }
    try {
      await context.sync();
    } catch (e) {
      const split = refusedForSize(e) ? splitWrite(batch) : null;
      if (split === null) throw e;
      return step([...split, ...later]);
    }
    opened = sheet;
    if (later.length > 0) await step(later);
  };
  const batches = writeBatches(cells);
  await step(batches.length > 0 ? batches : [[]]);
  return opened as unknown as Excel.Worksheet;
}

/**
 * Deletes the sheet a failed write added (found by its id, so never a sheet of the clerk's), then
 * rethrows the failure. The clerk needs the first error; a failed clean-up rides along on it
 * (`cleanupError`) rather than being lost.
 */
async function abandon(context: Excel.RequestContext, id: string, error: unknown): Promise<never> {
  try {
    const added = context.workbook.worksheets.getItemOrNullObject(id);
    added.load("id");
    await context.sync();
    if (!added.isNullObject) {
      added.delete();
      await context.sync();
    }
  } catch (cleanupError) {
    if (error !== null && typeof error === "object") Object.assign(error, { cleanupError });
  }
  throw error;
}

/** Where a sheet went: its name now and its id, for the ownership record. */
export interface WrittenSheet {
  name: string;
  id: string;
}

/**
 * Writes the model as a sheet of ours. The sheet the product made for this name before
 * (`owned`, by id) is replaced in place, keeping its name (the clerk may have renamed it) and
 * position; any other sheet is the clerk's and is never touched: the new sheet takes a free name
 * ("Tổng hợp (2)") when the clerk has one called "Tổng hợp" in any letter case.
 *
 * The first sync lists the sheets and adds a blank one under a name Excel makes up
 * (`Worksheet.add()` without a name is unique by construction), so the new sheet is known by its
 * id before anything is written: a failure later deletes that sheet and no other. Then one sync per
 * batch of cells (one for a summary); the last renames it and removes our old one.
 */
export async function writeOwnedSheet(
  context: Excel.RequestContext,
  model: SheetModel,
  owned: OwnedSheets,
): Promise<WrittenSheet> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name,items/position");
  const blank = worksheets.add();
  blank.load("id");
  await context.sync();
  const id = blank.id;
  const sheets = worksheets.items.filter((s) => s.id !== id);
  const ownedId = owned[foldSheetName(model.name)];
  const old = sheets.find((s) => s.id === ownedId) ?? null;
  const name =
    old?.name ??
    freeSheetName(
      model.name,
      sheets.map((s) => s.name),
    );
  try {
    await writeInBatches(
      context,
      () => worksheets.getItem(id),
      model.cells,
      (sheet) => {
        for (const m of model.merges) sheet.getRange(rangeAddress(m)).merge(false);
        (model.columnWidths ?? []).forEach((chars, i) => {
          if (!(chars > 0)) return;
          const column = columnLetter(i + 1);
          sheet.getRange(`${column}:${column}`).format.columnWidth =
            chars * POINTS_PER_CHARACTER + WIDTH_PADDING_POINTS;
        });
        if (old !== null) worksheets.getItem(old.id).delete();
        sheet.name = name;
        if (old !== null) sheet.position = old.position;
      },
    );
    return { name, id };
  } catch (e) {
    return abandon(context, id, e);
  }
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
  const sheet = context.workbook.worksheets.getItem(sheetName);
  await writeInBatches(
    context,
    () => sheet,
    cells,
    () => {},
  );
}

/**
 * Activates the sheet and selects the cell or range: two syncs. The first learns whether the
 * sheet is hidden, since Excel cannot show a cell there and its refusal would not say why.
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  address: string,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load("visibility");
  await context.sync();
  if (sheet.visibility !== "Visible")
    throw officeLikeError(SHEET_HIDDEN, `The sheet "${sheetName}" is hidden.`, { sheet: sheetName });
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
