/**
 * A number standing for (kind, folded name, birth date), for finding duplicates among 100 000
 * records without building a folded string per record. Equal subjects get equal numbers; unequal
 * ones rarely collide, and the caller confirms a match with foldText.
 */
import { foldText } from "../read/text";

/** Folded code of each non-ASCII character below U+2000 (+1; 0 = not yet computed), from foldText. */
const FOLDED = new Int32Array(0x2000);

function foldedCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  // Dashes fold to "-" as in foldText: "Tài chính – Kế hoạch" is "Tài chính - Kế hoạch".
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return 45;
  if (c >= 0x2000) return c;
  let f = FOLDED[c];
  if (f === 0) {
    const s = foldText(String.fromCharCode(c));
    // A mark or an invisible character folds to nothing: code 0, which the hash skips.
    f = (s.length > 0 ? s.charCodeAt(0) : 0) + 1;
    FOLDED[c] = f;
  }
  return f - 1;
}

/** FNV-1a over the kind, the folded name and the birth date. */
export function nameKey(kind: number, name: string, birth: string): number {
  let h = Math.imul(2166136261 ^ kind, 16777619);
  for (let i = 0; i < name.length; i++) {
    const c = foldedCode(name.charCodeAt(i));
    if (c > 0) h = Math.imul(h ^ c, 16777619);
  }
  h = Math.imul(h ^ 0xffff, 16777619);
  for (let i = 0; i < birth.length; i++) h = Math.imul(h ^ birth.charCodeAt(i), 16777619);
  return h >>> 0;
}
