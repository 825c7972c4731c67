/** Closeness of two folded phrases, for "did you mean" suggestions: shared words or few typos. */

/** Levenshtein distance; the phrases are short (a field name), so a two-row table is enough. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function words(s: string): Set<string> {
  return new Set(s.split(" ").filter((w) => w !== ""));
}

/**
 * 0…1: the better of word overlap (Dice coefficient: "giao duc" ~ "giao duc va dao tao") and
 * spelling ("nong ngiep" ~ "nong nghiep"). Both phrases already folded.
 */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  const dice = wa.size + wb.size === 0 ? 0 : (2 * common) / (wa.size + wb.size);
  const longest = Math.max(a.length, b.length);
  const spelling = longest === 0 ? 0 : 1 - editDistance(a, b) / longest;
  return Math.max(dice, spelling);
}
