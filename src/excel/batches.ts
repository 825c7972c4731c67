/**
 * The payload budget of one Office.js round trip and how work is packed under it. Excel on the web
 * rejects a request or a response over 5 MB, and a read of more than 5 million cells.
 */

/**
 * Values travel as JSON; a cell of a nomination list averages ~29 bytes there (short names, dates
 * as serials, empty cells as "") with a long "tóm tắt thành tích" column pulling it up, so 32
 * bytes is the planning figure and the budget keeps a megabyte of head-room for longer cells.
 */
export const ESTIMATED_BYTES_PER_CELL = 32;
/** A written cell also carries its number format ("@", "#,##0" or null). */
export const ESTIMATED_FORMAT_BYTES_PER_CELL = 8;
export const PAYLOAD_BUDGET_BYTES = 4_000_000;
/** Excel refuses to read more than 5 million cells in one range load. */
export const MAX_CELLS_PER_LOAD = 5_000_000;
/** Cells whose values are read in one sync. */
export const CELLS_PER_SYNC = Math.min(
  MAX_CELLS_PER_LOAD,
  Math.floor(PAYLOAD_BUDGET_BYTES / ESTIMATED_BYTES_PER_CELL),
);
/** Cells whose values and number formats are written in one sync. */
export const CELLS_PER_WRITE_SYNC = Math.floor(
  PAYLOAD_BUDGET_BYTES / (ESTIMATED_BYTES_PER_CELL + ESTIMATED_FORMAT_BYTES_PER_CELL),
);

/** Rows of a width-`columns` block that fit `cells` cells (at least one row). */
export function rowsWithin(cells: number, columns: number): number {
  return Math.max(1, Math.floor(cells / Math.max(1, columns)));
}

/** Consecutive items packed into batches of at most `max` cells (an item larger than `max` alone). */
export function packBatches<T>(items: readonly T[], cellsOf: (item: T) => number, max: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let cells = 0;
  for (const item of items) {
    const size = cellsOf(item);
    if (current.length > 0 && cells + size > max) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(item);
    cells += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
