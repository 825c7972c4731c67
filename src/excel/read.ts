/**
 * Reading every sheet's used range. Round trips do not grow with the rows: one sync for the
 * sheet list, one for the used ranges, then the values of all sheets in as few syncs as the
 * payload budget allows (one for any ordinary workbook).
 */
import type { CellRange, SheetGrid } from "../core/types";
import { parseAreas } from "./address";

/**
 * Excel on the web rejects a request or response over 5 MB. Values come back as JSON; a cell of a
 * nomination list averages ~25 bytes there (short names, dates as serials, empty cells as "")
 * with a long "tóm tắt thành tích" column pulling it up, so 32 bytes is the planning figure and
 * the budget keeps a megabyte of head-room for cells longer than that.
 */
export const ESTIMATED_BYTES_PER_CELL = 32;
export const PAYLOAD_BUDGET_BYTES = 4_000_000;
/** Excel refuses to read more than 5 million cells in one range load. */
export const MAX_CELLS_PER_LOAD = 5_000_000;
/** Cells whose values are loaded together in one sync. */
export const CELLS_PER_SYNC = Math.min(
  MAX_CELLS_PER_LOAD,
  Math.floor(PAYLOAD_BUDGET_BYTES / ESTIMATED_BYTES_PER_CELL),
);
/**
 * Merges matter to the reader only in header rows. `getMergedAreasOrNullObject` fails beyond 512
 * areas, so it looks at the first rows of the used range only, where headers are (rows 5–12 in
 * practice); 40 rows stay under the limit even with a dozen merges per row.
 */
export const MERGE_SCAN_ROWS = 40;

interface UsedSheet {
  name: string;
  visibility: SheetGrid["visibility"];
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

interface Chunk {
  index: number;
  firstRow: number;
  rowCount: number;
  cells: number;
}

const VISIBILITY: Record<string, SheetGrid["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** Row chunks of every sheet, packed into batches of at most CELLS_PER_SYNC cells. */
export function planBatches(sizes: readonly { rowCount: number; columnCount: number }[]): Chunk[][] {
  const chunks: Chunk[] = [];
  sizes.forEach(({ rowCount, columnCount }, index) => {
    const rowsPerChunk = Math.max(1, Math.floor(CELLS_PER_SYNC / Math.max(1, columnCount)));
    for (let firstRow = 0; firstRow < rowCount; firstRow += rowsPerChunk) {
      const n = Math.min(rowsPerChunk, rowCount - firstRow);
      chunks.push({ index, firstRow, rowCount: n, cells: n * columnCount });
    }
  });
  const batches: Chunk[][] = [];
  let current: Chunk[] = [];
  let cells = 0;
  for (const chunk of chunks) {
    if (current.length > 0 && cells + chunk.cells > CELLS_PER_SYNC) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(chunk);
    cells += chunk.cells;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Loads the values of the batches one sync after another. The number of syncs is the payload
 * divided by the budget (the 5 MB cap forces it), never one per row or per sheet.
 */
async function loadValues(
  context: Excel.RequestContext,
  batches: Chunk[][],
  used: UsedSheet[],
  grids: unknown[][][],
  queueFirst: () => void,
): Promise<void> {
  const step = async (b: number): Promise<void> => {
    if (b >= batches.length) return;
    if (b === 0) queueFirst();
    const loaded = batches[b].map((chunk) => {
      const { sheet, used: r } = used[chunk.index];
      const range = sheet.getRangeByIndexes(
        r.rowIndex + chunk.firstRow,
        r.columnIndex,
        chunk.rowCount,
        r.columnCount,
      );
      range.load("values");
      return { chunk, range };
    });
    await context.sync();
    for (const { chunk, range } of loaded) {
      const rows = grids[chunk.index];
      for (const row of range.values) rows.push(row);
    }
    await step(b + 1);
  };
  await step(0);
}

export async function readAllSheets(
  context: Excel.RequestContext,
  withMerges: boolean,
): Promise<SheetGrid[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();

  const sheets: UsedSheet[] = worksheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name: sheet.name, visibility: VISIBILITY[sheet.visibility] ?? "visible", sheet, used };
  });
  await context.sync();

  const present = sheets.filter((s) => !s.used.isNullObject);
  const grids: unknown[][][] = present.map(() => []);
  const merged: (Excel.RangeAreas | null)[] = present.map(() => null);
  const queueMerges = (): void => {
    if (!withMerges) return;
    present.forEach((s, i) => {
      const { rowIndex, columnIndex, rowCount, columnCount } = s.used;
      const top = s.sheet.getRangeByIndexes(
        rowIndex,
        columnIndex,
        Math.min(rowCount, MERGE_SCAN_ROWS),
        columnCount,
      );
      const areas = top.getMergedAreasOrNullObject();
      areas.load("address");
      merged[i] = areas;
    });
  };
  const batches = planBatches(
    present.map((s) => ({ rowCount: s.used.rowCount, columnCount: s.used.columnCount })),
  );
  await loadValues(context, batches, present, grids, queueMerges);

  return sheets.map((s): SheetGrid => {
    const i = present.indexOf(s);
    if (i < 0)
      return { name: s.name, values: [], originRow: 1, originCol: 1, merges: [], visibility: s.visibility };
    const areas = merged[i];
    const merges: CellRange[] = areas === null || areas.isNullObject ? [] : parseAreas(areas.address, s.name);
    return {
      name: s.name,
      values: grids[i],
      originRow: s.used.rowIndex + 1,
      originCol: s.used.columnIndex + 1,
      merges,
      visibility: s.visibility,
    };
  });
}
