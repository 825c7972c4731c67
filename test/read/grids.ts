/** Small helpers to build in-memory sheets for the reading tests. */
import { parseRange } from "../../src/core/read";
import type { CellRange, SheetGrid } from "../../src/core/types";

export function sheet(name: string, values: unknown[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, values, originRow: 1, originCol: 1, ...extra };
}

/** Sheet-coordinate merge from an A1 range "A5:A6". */
export function merge(range: string): CellRange {
  const r = parseRange(range);
  if (r === null) throw new Error(range);
  return r;
}
