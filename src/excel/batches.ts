/**
 * The payload budget of one Office.js round trip and how work is packed under it. Excel on the web
 * rejects a request or a response over 5 MB, and a read of more than 5 million cells. Reads and
 * writes share one measure, `payloadBytes`: the UTF-8 size of the JSON that goes over the wire
 * (Vietnamese letters take 2–3 bytes each, so counting characters or cells undercounts).
 */

import { errorCode } from "./errors";

/**
 * Before anything is read, the size of a cell is a guess: a cell of a nomination list averages ~29
 * bytes as JSON (short names, dates as serials, empty cells as ""), so 32 is the planning figure
 * until a sample of the sheet has been measured.
 */
export const ESTIMATED_BYTES_PER_CELL = 32;
/** A megabyte of head-room under the 5 MB limit for the request's own envelope and object paths. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;
/** Excel refuses to read more than 5 million cells in one range load. */
export const MAX_CELLS_PER_LOAD = 5_000_000;
/** Cells whose values are read in one sync while their size is only estimated. */
export const CELLS_PER_SYNC = cellsWithin(ESTIMATED_BYTES_PER_CELL);

const encoder = new TextEncoder();

/** UTF-8 bytes of the value as JSON: what a request carries or a response brings back. */
export function payloadBytes(value: unknown): number {
  return value === undefined ? 0 : encoder.encode(JSON.stringify(value)).length;
}

/** Cells of `bytesPerCell` bytes each that fit one sync's budget (and Excel's cell cap). */
export function cellsWithin(bytesPerCell: number): number {
  return Math.min(MAX_CELLS_PER_LOAD, Math.floor(PAYLOAD_BUDGET_BYTES / Math.max(1, bytesPerCell)));
}

/** Rows of a width-`columns` block that fit `cells` cells (at least one row). */
export function rowsWithin(cells: number, columns: number): number {
  return Math.max(1, Math.floor(cells / Math.max(1, columns)));
}

/** Consecutive items packed into batches of at most `max` (by `sizeOf`; an item larger than `max` alone). */
export function packBatches<T>(items: readonly T[], sizeOf: (item: T) => number, max: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const s = sizeOf(item);
    if (current.length > 0 && size + s > max) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += s;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Excel on the web refused the sync for its size: the same work in smaller syncs can pass. */
export function refusedForSize(e: unknown): boolean {
  const code = errorCode(e);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** A refused batch in two halves; null when it is a single item (the caller splits items itself). */
export function halves<T>(batch: readonly T[]): [T[], T[]] | null {
  if (batch.length < 2) return null;
  const mid = batch.length >> 1;
  return [batch.slice(0, mid), batch.slice(mid)];
}
