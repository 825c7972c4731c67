/**
 * Totals lines under a list or a section ("Tổng cộng: 5 tập thể, 10 cá nhân", "Cộng", "Tổng số"):
 * the clerk's own count, never a record.
 */
import { foldKey } from "./text";

const TOTAL = /^(tong cong|tong so|tong|cong)(?: |$)/;
/** What may follow the keyword: numbers and the words of a count ("5 tập thể, 10 cá nhân"). */
const COUNT_WORDS: ReadonlySet<string> = new Set(
  // …and of a group's subtotal ("Cộng khối", "Cộng mục I", "Tổng cộng toàn đơn vị").
  (
    "tap the ca nhan ho gia dinh hgd tt cn nguoi don vi danh sach de nghi so luong gom co va trong do " +
    "ho khoi muc phan nhom cum toan bo i ii iii iv v a b c"
  ).split(" "),
);

/** Whether one cell's text is a totals label; "Công ty…", "Tổng công ty…" (folded alike) are not. */
export function isTotalsText(text: string): boolean {
  if (text.length > 120) return false;
  const key = foldKey(text);
  const m = TOTAL.exec(key);
  if (m === null) return false;
  for (const word of key.slice(m[0].length).split(" ")) {
    // "(I+II)", "(1)": the parts a total adds up, brackets stripped.
    const bare = word.replace(/^\(|\)$/g, "");
    if (bare !== "" && !/^\d+$/.test(bare) && !COUNT_WORDS.has(bare)) return false;
  }
  return true;
}

/** A totals row: its first text cell is a totals label. */
export function isTotalsRow(texts: readonly string[]): boolean {
  for (const t of texts) if (t !== "") return isTotalsText(t);
  return false;
}
