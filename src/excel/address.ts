/**
 * A1 addresses as Office.js takes them: compacting single cells into ranges and packing address
 * lists under Excel's length limit. Nothing here parses what Excel gives back: positions come
 * from the structured API (`rowIndex`, `columnIndex`, `RangeAreas.areas`).
 */
import { a1, columnLetter, parseRange } from "../core/read/address";
import type { CellRange } from "../core/types";

export { a1, columnLetter };

/**
 * `Worksheet.getRanges(address)` rejects long address strings (Excel keeps the VBA limit of 255
 * characters for a multi-area reference), so every list is packed into strings this long at most.
 */
export const MAX_ADDRESS_CHARS = 255;

/** A1 text of a range: a single cell stays "C7". */
export function rangeAddress(r: CellRange): string {
  const from = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${a1(r.bottom, r.right)}`;
}

/**
 * Single cells of one column in consecutive rows become one range (C7, C8, C9 → C7:C9): fewer
 * areas, fewer conditional formats. Ranges and anything unparsable pass through unchanged.
 */
export function compactAddresses(addresses: readonly string[]): string[] {
  const byColumn = new Map<number, number[]>();
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of addresses) {
    const address = raw.trim().toUpperCase();
    if (address === "" || seen.has(address)) continue;
    seen.add(address);
    const r = parseRange(address);
    if (r === null || r.top !== r.bottom || r.left !== r.right) {
      out.push(r === null ? address : rangeAddress(r));
      continue;
    }
    const rows = byColumn.get(r.left);
    if (rows) rows.push(r.top);
    else byColumn.set(r.left, [r.top]);
  }
  for (const [col, rows] of [...byColumn].sort((x, y) => x[0] - y[0])) {
    rows.sort((x, y) => x - y);
    let start = rows[0];
    let prev = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === prev + 1) {
        prev = rows[i];
        continue;
      }
      out.push(rangeAddress({ top: start, left: col, bottom: prev, right: col }));
      start = rows[i];
      prev = rows[i];
    }
  }
  return out;
}

/** Joins addresses with "," into strings of at most `max` characters (one address never split). */
export function packAddresses(addresses: readonly string[], max = MAX_ADDRESS_CHARS): string[] {
  const out: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current === "") current = address;
    else if (current.length + 1 + address.length <= max) current += "," + address;
    else {
      out.push(current);
      current = address;
    }
  }
  if (current !== "") out.push(current);
  return out;
}
