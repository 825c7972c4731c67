/**
 * Reading every sheet's used range. Round trips follow the size of the data, never the number of
 * rows or sheets: one sync for the sheet list and the active sheet's size; one for the used
 * ranges together with values: the whole active sheet when it fits one sync's budget, and a head
 * window of every other sheet (the whole list when it is small) in what is left; then the rest
 * in as few syncs as the budget allows: 2 + ⌈cells not read yet / CELLS_PER_SYNC⌉, in whole rows.
 */
import type { CellRange, SheetGrid } from "../core/types";
import { parseAreas } from "./address";
import { CELLS_PER_SYNC, packBatches, rowsWithin } from "./batches";

/**
 * The head window is read before the used range's size is known, so its shape is fixed: columns
 * A–Z (wider than any nomination list: ~20 columns with every particular of plan 000) and as many
 * rows as keep all sheets' windows within one sync's budget.
 */
export const HEAD_COLUMNS = 26;
/**
 * Merges matter to the reader only in header rows. `getMergedAreasOrNullObject` fails beyond 512
 * areas, so it looks at the first rows of the sheet only, where headers are (rows 5–12 in
 * practice); 40 rows stay under the limit even with a dozen merges per row.
 */
export const MERGE_SCAN_ROWS = 40;

interface SheetRead {
  name: string;
  visibility: SheetGrid["visibility"];
  sheet: Excel.Worksheet;
  used: Excel.Range;
  /** Loaded with the used range: its values too (`whole`), or those of a head window, or none. */
  whole: boolean;
  head: Excel.Range | null;
  merged: Excel.RangeAreas | null;
  /** The visible cells of column A: rows missing from it are hidden (null: column A is hidden). */
  visible: Excel.RangeAreas;
}

/** Rows of one sheet's used range still to load: 0-based offset from its top, count and width. */
export interface Region {
  index: number;
  firstRow: number;
  rowCount: number;
  columnCount: number;
}

const VISIBILITY: Record<string, SheetGrid["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** Rows of the head window of each of `sheets` sheets sharing `cells` cells; 0: no window. */
export function headRows(sheets: number, cells = CELLS_PER_SYNC): number {
  return Math.floor(cells / (Math.max(1, sheets) * HEAD_COLUMNS));
}

/** Rows from `top` to `bottom` (1-based) that no visible area covers. */
export function hiddenRowsBetween(visible: readonly CellRange[], top: number, bottom: number): number[] {
  const hidden: number[] = [];
  let next = top;
  for (const area of [...visible].sort((a, b) => a.top - b.top)) {
    for (let r = next; r < Math.min(area.top, bottom + 1); r++) hidden.push(r);
    next = Math.max(next, area.bottom + 1);
  }
  for (let r = next; r <= bottom; r++) hidden.push(r);
  return hidden;
}

/** Row chunks of the regions, packed into batches of at most CELLS_PER_SYNC cells. */
export function planBatches(regions: readonly Region[]): Region[][] {
  const chunks: Region[] = [];
  for (const { index, firstRow, rowCount, columnCount } of regions) {
    const rows = rowsWithin(CELLS_PER_SYNC, columnCount);
    for (let row = firstRow; row < firstRow + rowCount; row += rows)
      chunks.push({ index, firstRow: row, rowCount: Math.min(rows, firstRow + rowCount - row), columnCount });
  }
  return packBatches(chunks, (c) => c.rowCount * c.columnCount, CELLS_PER_SYNC);
}

/** Excel on the web refused the sync for its size: the same work in smaller syncs can pass. */
function tooLarge(e: unknown): boolean {
  const code = e !== null && typeof e === "object" ? (e as { code?: unknown }).code : undefined;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** A refused batch in two halves (chunks, or rows of a lone chunk); null when it is one row. */
export function splitBatch(batch: readonly Region[]): Region[][] | null {
  if (batch.length > 1) {
    const mid = batch.length >> 1;
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const [c] = batch;
  if (c.rowCount <= 1) return null;
  const half = c.rowCount >> 1;
  return [[{ ...c, rowCount: half }], [{ ...c, firstRow: c.firstRow + half, rowCount: c.rowCount - half }]];
}

/**
 * Loads the values of the batches one sync after another (recursion, not a loop: the payload cap
 * forces them apart). The cell budget is an estimate: a batch Excel refuses for its size (cells
 * far longer than usual) is split in two and retried, costing one round trip per refusal; a
 * single row refused, or any other error, propagates.
 */
async function loadValues(
  context: Excel.RequestContext,
  batches: Region[][],
  reads: readonly SheetRead[],
  grids: unknown[][][],
): Promise<void> {
  const step = async ([batch, ...later]: Region[][]): Promise<void> => {
    if (batch === undefined) return;
    const loaded = batch.map((chunk) => {
      const { sheet, used } = reads[chunk.index];
      const range = sheet.getRangeByIndexes(
        used.rowIndex + chunk.firstRow,
        used.columnIndex,
        chunk.rowCount,
        chunk.columnCount,
      );
      range.load("values");
      return { chunk, range };
    });
    try {
      await context.sync();
    } catch (e) {
      const halves = tooLarge(e) ? splitBatch(batch) : null;
      if (halves === null) throw e;
      return step([...halves, ...later]);
    }
    for (const { chunk, range } of loaded) {
      const rows = grids[chunk.index];
      for (const row of range.values) rows.push(row);
    }
    await step(later);
  };
  await step(batches);
}

/**
 * Head values are kept when the window holds the used range's full width from its top row: then
 * they are that range's first rows. Otherwise (a list wider than A–Z, or starting past the
 * window) they are dropped and the whole range is loaded in chunks.
 */
function headCovers(head: Excel.Range | null, used: Excel.Range): head is Excel.Range {
  return (
    head !== null &&
    !head.isNullObject &&
    head.rowIndex === used.rowIndex &&
    head.columnIndex === used.columnIndex &&
    head.columnCount === used.columnCount
  );
}

export async function readAllSheets(
  context: Excel.RequestContext,
  withMerges: boolean,
): Promise<SheetGrid[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  // The list is most often on the sheet the clerk has open: its size now lets the next sync
  // read it whole when it fits, instead of a head window.
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  const activeUsed = active.getUsedRangeOrNullObject(true);
  activeUsed.load("rowCount,columnCount");
  await context.sync();

  const activeCells = activeUsed.isNullObject ? 0 : activeUsed.rowCount * activeUsed.columnCount;
  const wholeName = activeCells <= CELLS_PER_SYNC ? active.name : null;
  const windows = worksheets.items.length - (wholeName === null ? 0 : 1);
  const rows = headRows(windows, CELLS_PER_SYNC - (wholeName === null ? 0 : activeCells));
  const queueSheets = (withValues: boolean): SheetRead[] =>
    worksheets.items.map((sheet) => {
      const whole = withValues && sheet.name === wholeName;
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      if (whole) used.load("values");
      let head: Excel.Range | null = null;
      if (withValues && !whole && rows > 0) {
        head = sheet.getRangeByIndexes(0, 0, rows, HEAD_COLUMNS).getUsedRangeOrNullObject(true);
        head.load("rowIndex,columnIndex,rowCount,columnCount,values");
      }
      // Hidden rows are still records (the core reports them): Excel lists the visible cells of a
      // column as a few areas, the gaps between them are the hidden rows.
      const visible = sheet.getRange("A:A").getSpecialCellsOrNullObject("Visible");
      visible.load("address");
      let merged: Excel.RangeAreas | null = null;
      if (withMerges) {
        merged = sheet.getRange(`1:${MERGE_SCAN_ROWS}`).getMergedAreasOrNullObject();
        merged.load("address");
      }
      return {
        name: sheet.name,
        visibility: VISIBILITY[sheet.visibility] ?? "visible",
        sheet,
        used,
        whole,
        head,
        merged,
        visible,
      };
    });
  let reads = queueSheets(true);
  try {
    await context.sync();
  } catch (e) {
    // The values riding along were longer than estimated: the sizes alone, then the chunks.
    if (!tooLarge(e)) throw e;
    reads = queueSheets(false);
    await context.sync();
  }

  const grids: unknown[][][] = reads.map(() => []);
  const rest: Region[] = [];
  reads.forEach(({ used, whole, head }, index) => {
    if (used.isNullObject) return;
    const values = whole ? used.values : headCovers(head, used) ? head.values : [];
    for (const row of values) grids[index].push(row);
    const done = values.length;
    if (done < used.rowCount)
      rest.push({ index, firstRow: done, rowCount: used.rowCount - done, columnCount: used.columnCount });
  });
  await loadValues(context, planBatches(rest), reads, grids);

  return reads.map((s, i): SheetGrid => {
    if (s.used.isNullObject)
      return { name: s.name, values: [], originRow: 1, originCol: 1, merges: [], visibility: s.visibility };
    const merges: CellRange[] =
      s.merged === null || s.merged.isNullObject ? [] : (parseAreas(s.merged.address, s.name) ?? []);
    // Column A hidden, or an address not understood: hidden rows unknown rather than wrong.
    const visible = s.visible.isNullObject ? null : parseAreas(s.visible.address, s.name);
    const top = s.used.rowIndex + 1;
    const bottom = top + s.used.rowCount - 1;
    return {
      name: s.name,
      values: grids[i],
      originRow: top,
      originCol: s.used.columnIndex + 1,
      merges,
      ...(visible === null ? {} : { hiddenRows: hiddenRowsBetween(visible, top, bottom) }),
      visibility: s.visibility,
    };
  });
}
