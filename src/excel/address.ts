/**
 * A1 addresses as Office.js takes and gives them: parsing plain and sheet-qualified addresses,
 * compacting single cells into ranges and packing address lists under Excel's length limit.
 */
import { a1, columnLetter, columnNumber, parseRange } from "../core/read/address";
import type { CellRange } from "../core/types";

export { a1, columnLetter };

/**
 * `Worksheet.getRanges(address)` rejects long address strings (Excel keeps the VBA limit of 255
 * characters for a multi-area reference), so every list is packed into strings this long at most.
 */
export const MAX_ADDRESS_CHARS = 255;

/** Excel's grid: the rows and columns a whole-row or whole-column address spans. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/**
 * Any one-area address Office.js gives or takes: "C7", "C7:D9", whole rows "3:5" and whole
 * columns "A:C" (how Excel writes an area that spans the grid); null otherwise.
 */
export function parseArea(address: string): CellRange | null {
  const text = address.trim().replace(/\$/g, "");
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: SHEET_COLUMNS };
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (cols) {
    const left = columnNumber(cols[1]) as number;
    const right = columnNumber(cols[2]) as number;
    return { top: 1, bottom: SHEET_ROWS, left: Math.min(left, right), right: Math.max(left, right) };
  }
  return parseRange(text);
}

/** A1 text of a range: a single cell stays "C7". */
export function rangeAddress(r: CellRange): string {
  const from = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${a1(r.bottom, r.right)}`;
}

/** The sheet name as Excel writes it before "!": quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Areas of a sheet-qualified multi-area address as `RangeAreas.address` returns it
 * ("'Danh sách'!A1:B2, 'Danh sách'!D4"). The sheet name is known, so its prefix is removed
 * verbatim instead of guessing where a name containing commas ends. Null when a part is not an
 * address: a caller must not mistake a partial list for the whole.
 */
export function parseAreas(address: string, sheet: string): CellRange[] | null {
  let rest = address;
  for (const prefix of [`${quoteSheetName(sheet)}!`, `${sheet}!`]) rest = rest.split(prefix).join("");
  const out: CellRange[] = [];
  for (const part of rest.split(",")) {
    if (part.trim() === "") continue;
    const r = parseArea(part);
    if (r === null) return null;
    out.push(r);
  }
  return out;
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
