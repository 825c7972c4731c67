/** Small helpers to build in-memory sheets for the reading tests. */
import type { CellRange, SheetGrid } from "../../src/core/types";

export function sheet(name: string, values: unknown[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, values, originRow: 1, originCol: 1, ...extra };
}

/** Sheet-coordinate merge from an A1 range "A5:A6". */
export function merge(range: string): CellRange {
  const [a, b] = range.split(":");
  const parse = (s: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    if (m === null) throw new Error(range);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]), col];
  };
  const [top, left] = parse(a);
  const [bottom, right] = parse(b);
  return { top, left, bottom, right };
}
