/**
 * Writing the product's own sheets (summary, tally) and template placeholders. Values go in row
 * blocks, styles in groups of identical style, all queued into one sync unless the payload budget
 * needs more. A sheet is always written whole into a new sheet, which replaces the one the product
 * wrote before only in the last sync: a write that fails half way leaves the old sheet as it was
 * and no half-written one.
 */
import type { CellStyle, SheetCell, SheetModel } from "../core/port";
import { columnLetter, compactAddresses, a1, packAddresses, rangeAddress } from "./address";
import { halves, payloadBytes, PAYLOAD_BUDGET_BYTES, refusedForSize } from "./batches";
import { errorCode, officeLikeError, SHEET_HIDDEN } from "./errors";
import { foldSheetName, freeSheetName } from "../core/port";
import type { OwnedSheets } from "./ownership";
import { queueChart } from "./chart";
import type { SheetMemory } from "./sheet-memory";

/** Excel column widths are in points; one character of the default font is about 7 px = 5.25 pt. */
const POINTS_PER_CHARACTER = 5.25;
/** Cell padding Excel adds to a width given in characters (5 px). */
const WIDTH_PADDING_POINTS = 3.75;

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
function rowBlocks(cells: readonly SheetCell[]): Block[] {
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
function styleGroups(cells: readonly SheetCell[]): { style: CellStyle; addresses: string[] }[] {
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

/** JSON bytes a slice adds beyond its rows' own: two pairs of brackets. */
const SLICE_BYTES = 4;
/** JSON bytes a row adds beyond its own: a comma in the values and one in the formats. */
const ROW_BYTES = 2;

/**
 * Row blocks packed into batches of at most `budget` bytes (measured, not estimated), one batch
 * per sync. A block that does not fit in what is left of a batch is cut there, in whole rows, and
 * goes on in the next: batches are full, so a sheet of n budgets takes n syncs, not n + 1.
 */
export function writeBatches(cells: readonly SheetCell[], budget = PAYLOAD_BUDGET_BYTES): Block[][] {
  const batches: Block[][] = [];
  let current: Block[] = [];
  let room = budget;
  const close = (): void => {
    if (current.length > 0) batches.push(current);
    current = [];
    room = budget;
  };
  for (const b of rowBlocks(cells)) {
    if (b.bytes <= room) {
      current.push(b);
      room -= b.bytes;
      continue;
    }
    let from = 0;
    let bytes = SLICE_BYTES;
    b.values.forEach((row, r) => {
      const rowBytes = payloadBytes(row) + payloadBytes(b.formats[r]) + ROW_BYTES;
      // A row that alone outgrows a batch still goes, alone: Excel has the last word on it.
      if (bytes + rowBytes > room && (r > from || current.length > 0)) {
        if (r > from) current.push(slice(b, from, r));
        close();
        from = r;
        bytes = SLICE_BYTES;
      }
      bytes += rowBytes;
    });
    const rest = slice(b, from, b.values.length);
    current.push(rest);
    room -= rest.bytes;
  }
  close();
  return batches;
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

/** How a sheet is reached and completed around its cells (see `writeInBatches`). */
interface SheetWrite {
  /** Queues getting (or adding) the sheet; goes with the first batch. */
  open(): Excel.Worksheet;
  /** Runs once the first sync went through: what `open` loaded can be read. */
  opened?(): void;
  /** The sheet's own finish (merges, widths, a chart): with the last batch. */
  decorate?(sheet: Excel.Worksheet): void;
  /**
   * What needs `opened`'s findings (replacing the old sheet, naming the new one): with the last
   * batch, or in one more sync when the first batch is also the last.
   */
  settle?(sheet: Excel.Worksheet): void;
}

/**
 * Writes the cells one batch per sync (one sync for anything but a huge sheet). Styles, which are
 * a few grouped operations, go with the last batch. A batch Excel refuses for its size ran
 * nothing, so it is split in two and sent again (one more round trip per refusal); any other error
 * propagates. Recursion, not a loop: each sync waits for the one before.
 */
async function writeInBatches(
  context: Excel.RequestContext,
  write: SheetWrite,
  cells: readonly SheetCell[],
): Promise<void> {
  let opened: Excel.Worksheet | null = null;
  const step = async ([batch, ...later]: Block[][]): Promise<void> => {
    const sheet = opened ?? write.open();
    for (const b of batch) {
      const range = sheet.getRangeByIndexes(b.top - 1, b.left - 1, b.values.length, b.values[0].length);
      range.numberFormat = b.formats;
      range.values = b.values;
    }
    if (later.length === 0) {
      for (const g of styleGroups(cells))
        for (const address of packAddresses(compactAddresses(g.addresses)))
          applyStyle(sheet.getRanges(address).format, g.style);
      write.decorate?.(sheet);
      if (opened !== null) write.settle?.(sheet);
    }
    try {
      await context.sync();
    } catch (e) {
      const split = refusedForSize(e) ? splitWrite(batch) : null;
      if (split === null) throw e;
      return step([...split, ...later]);
    }
    const first = opened === null;
    opened = sheet;
    if (first) write.opened?.();
    if (later.length > 0) await step(later);
    else if (first && write.settle !== undefined) {
      write.settle(sheet);
      await context.sync();
    }
  };
  const batches = writeBatches(cells);
  await step(batches.length > 0 ? batches : [[]]);
}

/**
 * Deletes the sheet a failed write added, then rethrows the failure. The sheet is found by its id,
 * or, when the sync that added it failed, by the random name it was added under: never a sheet of
 * the clerk's (a name already taken fails the adding, and nothing is deleted then), and never the
 * only copy left (our old sheet already gone). The clerk
 * needs the first error; a failed clean-up rides along on it (`cleanupError`) rather than being lost.
 */
async function abandon(
  context: Excel.RequestContext,
  key: string,
  error: unknown,
  oldId: string | null,
): Promise<never> {
  try {
    const added = context.workbook.worksheets.getItemOrNullObject(key);
    added.load("id");
    // The last sync deletes our old sheet before it renames the new one: when it failed after the
    // delete, the new sheet holds the only copy and is kept.
    const old = oldId === null ? null : context.workbook.worksheets.getItemOrNullObject(oldId);
    old?.load("id");
    await context.sync();
    if (!added.isNullObject && old?.isNullObject !== true) {
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

/** The name a sheet is written under until it is whole: random, so no sheet of the clerk's has it. */
function temporarySheetName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return "Trợ lý đang ghi " + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Writes the model as a sheet of ours. The sheet the product made for this name before
 * (`owned`, by id) is replaced in place, keeping its name (the clerk may have renamed it) and
 * position; any other sheet is the clerk's and is never touched: the new sheet takes a free name
 * ("Tổng hợp (2)") when the clerk has one called "Tổng hợp" in any letter case.
 *
 * The first sync lists the sheets, adds a new one under a random name (see `temporarySheetName`)
 * and writes the first batch of cells into it; then one sync per further batch; the last renames
 * it, draws its chart and removes our old one (a sheet of one batch: one sync more for that). A
 * failure anywhere deletes the added sheet and no other, and leaves our old one as it was.
 */
export async function writeOwnedSheet(
  context: Excel.RequestContext,
  model: SheetModel,
  owned: OwnedSheets,
  memory: SheetMemory,
): Promise<WrittenSheet> {
  const worksheets = context.workbook.worksheets;
  const temporary = temporarySheetName();
  let added: Excel.Worksheet | null = null;
  let place: { id: string; name: string; old: Excel.Worksheet | null; others: string[] } | null = null;
  try {
    await writeInBatches(
      context,
      {
        open: () => {
          worksheets.load("items/id,items/name,items/position");
          added = worksheets.add(temporary);
          added.load("id");
          return added;
        },
        opened: () => {
          const id = (added as Excel.Worksheet).id;
          const sheets = worksheets.items.filter((s) => s.id !== id);
          const ownedId = owned[foldSheetName(model.name)];
          const old = sheets.find((s) => s.id === ownedId) ?? null;
          const name =
            old?.name ??
            freeSheetName(
              model.name,
              sheets.map((s) => s.name),
            );
          place = { id, name, old, others: sheets.filter((s) => s !== old).map((s) => s.id) };
        },
        decorate: (sheet) => {
          for (const m of model.merges) sheet.getRange(rangeAddress(m)).merge(false);
          (model.columnWidths ?? []).forEach((chars, i) => {
            if (!(chars > 0)) return;
            const column = columnLetter(i + 1);
            sheet.getRange(`${column}:${column}`).format.columnWidth =
              chars * POINTS_PER_CHARACTER + WIDTH_PADDING_POINTS;
          });
          if (model.chart) queueChart(sheet, model.chart);
        },
        settle: (sheet) => {
          const { name, old } = place as NonNullable<typeof place>;
          if (old !== null) worksheets.getItem(old.id).delete();
          sheet.name = name;
          if (old !== null) sheet.position = old.position;
        },
      },
      model.cells,
    );
  } catch (e) {
    const known = place as { id: string; old: Excel.Worksheet | null } | null;
    if (known === null && errorCode(e) === "ItemAlreadyExists") throw e;
    return abandon(context, known?.id ?? temporary, e, known?.old?.id ?? null);
  }
  const { id, name, others } = place as unknown as NonNullable<typeof place>;
  memory.ids = [...others, id];
  return { name, id };
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
  await writeInBatches(context, { open: () => sheet }, cells);
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
