/** A1 addressing shared by the whole core (findings, highlights, summary cells) and its hosts. */
import type { CellRange } from "../types";

const letterCache: string[] = [];

/** Column letters for a 1-based column number: 1 → "A", 27 → "AA". Cached: called per cell. */
export function columnLetter(n: number): string {
  if (!(n >= 1) || !Number.isFinite(n)) return "A";
  const i = Math.floor(n);
  const hit = letterCache[i];
  if (hit !== undefined) return hit;
  let s = "";
  for (let k = i; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  if (i < 20000) letterCache[i] = s;
  return s;
}

/** A1 address of a 1-based (row, column): a1(7, 3) → "C7". */
export function a1(row: number, col: number): string {
  return columnLetter(col) + Math.floor(row);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const LETTERS = /^[A-Za-z]{1,3}$/;

/** 1-based column number of column letters: "A" → 1, "aa" → 27; null when not 1–3 letters. */
export function columnNumber(letters: string): number | null {
  if (!LETTERS.test(letters)) return null;
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x5f) - 64;
  return n;
}

/** "C7" or "C7:D9" (with or without $) → 1-based inclusive range; null when not an A1 cell/range. */
export function parseRange(address: string): CellRange | null {
  const [from, to = from, extra] = address.trim().split(":");
  if (extra !== undefined) return null;
  const a = CELL.exec(from.trim());
  const b = CELL.exec(to.trim());
  if (a === null || b === null) return null;
  const r1 = Number(a[2]);
  const c1 = columnNumber(a[1]) as number;
  const r2 = Number(b[2]);
  const c2 = columnNumber(b[1]) as number;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}
