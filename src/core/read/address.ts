/** A1 addressing shared by the whole core (findings, highlights, summary cells). */

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
