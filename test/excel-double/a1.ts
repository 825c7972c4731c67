/**
 * A1 addresses as Excel writes and reads them, the double's own code (never the product's, so a
 * product bug in addresses cannot hide behind the same bug in its test double). Excel quotes a
 * sheet name before "!" unless it is a plain name: letters, digits, "_" and ".", not starting with
 * a digit, and not readable as a cell reference ("DS1", "TT2025", "R1C1", "R", "C").
 */
import type { CellRange } from "../../src/core/types";

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

function letters(col: number): string {
  let out = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "C7", "C7:D9", whole rows "3:5", whole columns "A:C", as Excel gives an area. */
export function areaText(r: CellRange): string {
  if (r.left === 1 && r.right === SHEET_COLUMNS) return `${r.top}:${r.bottom}`;
  if (r.top === 1 && r.bottom === SHEET_ROWS) return `${letters(r.left)}:${letters(r.right)}`;
  const from = `${letters(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${letters(r.right)}${r.bottom}`;
}

/** Would Excel read the name as a reference (A1 with a column up to XFD, or R1C1 style)? */
function looksLikeReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 !== null && columnOf(a1[1]) <= SHEET_COLUMNS && Number(a1[2]) >= 1 && Number(a1[2]) <= SHEET_ROWS)
    return true;
  return /^(R\d*C?\d*|C\d*)$/i.test(name);
}

export function sheetPrefix(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeReference(name);
  return plain ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** Parses one area the product hands Office.js ("$C$7", "C7:D9", "3:5", "A:C"); null otherwise. */
export function parseAreaText(address: string): CellRange | null {
  const text = address.trim().replace(/\$/g, "");
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: SHEET_COLUMNS };
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (cols) {
    const [l, r] = [columnOf(cols[1]), columnOf(cols[2])];
    return { top: 1, bottom: SHEET_ROWS, left: Math.min(l, r), right: Math.max(l, r) };
  }
  const cells = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(text);
  if (cells === null) return null;
  const [c1, r1] = [columnOf(cells[1]), Number(cells[2])];
  const [c2, r2] = cells[3] === undefined ? [c1, r1] : [columnOf(cells[3]), Number(cells[4])];
  if (r1 < 1 || r2 < 1 || c1 > SHEET_COLUMNS || c2 > SHEET_COLUMNS || r1 > SHEET_ROWS || r2 > SHEET_ROWS)
    return null;
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}
