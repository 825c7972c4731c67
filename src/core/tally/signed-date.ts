/**
 * The date a unit signed its report ("An Giang, ngày 20 tháng 11 năm 2025"), read from the title
 * block or the signature block of the first sheet: when the province clerk tallies, this is each
 * file's report date for the deadline check.
 */
import { foldText, isRealDate } from "../read";
import type { SheetGrid } from "../types";

const SIGNED = /\bngay\s*(\d{1,2})\s*(?:thang\s*|[/.-])\s*(\d{1,2})\s*(?:nam\s*|[/.-])\s*(\d{4})\b/;
const YEAR = /\d{4}/;
const NG = /ng/i;
/** Rows looked at, from the top and from the bottom of the first sheet. */
const BLOCK_ROWS = 15;

/** ISO date of the first "ngày … tháng … năm …" in the first sheet's top or bottom rows, or null. */
export function signedDate(sheets: readonly SheetGrid[]): string | null {
  const rows = sheets[0]?.values ?? [];
  const bottomFrom = Math.max(BLOCK_ROWS, rows.length - BLOCK_ROWS);
  for (let r = 0; r < rows.length; r++) {
    if (r >= BLOCK_ROWS && r < bottomFrom) continue;
    for (const v of rows[r] ?? []) {
      // Folding is the cost here: only a text holding a year and "ng…" (ngày, in any encoding) can be the signed date.
      if (typeof v !== "string" || v.length > 200 || !YEAR.test(v) || !NG.test(v)) continue;
      const m = SIGNED.exec(foldText(v));
      if (!m) continue;
      const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (isRealDate(y, mo, d)) return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    }
  }
  return null;
}
