/**
 * Text clean-up and folding. Hot path: most cells are short ASCII or precomposed Unicode,
 * so every function scans char codes first and only allocates when something must change.
 */

const SPACE = 32;

/** Whitespace-like or invisible characters that a clerk never means to type. */
export function isJunk(c: number): boolean {
  return (
    c < 32 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202f) ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Zero-width characters vanish; other junk (tabs, line breaks, NBSP) becomes a space. */
function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/**
 * Trims, collapses runs of spaces, turns line breaks/tabs/NBSP into spaces, drops zero-width and
 * control characters, and composes NFD input to NFC. Returns the same string when nothing changes.
 * The soft hyphen (U+00AD) is kept by `cleanText` callers that decode TCVN3 first (it is "ư" there).
 */
export function cleanText(s: string): string {
  const n = s.length;
  let dirty = n > 0 && (s.charCodeAt(0) === SPACE || s.charCodeAt(n - 1) === SPACE);
  let combining = false;
  let prevSpace = false;
  for (let i = 0; i < n && !dirty; i++) {
    const c = s.charCodeAt(i);
    if (c === SPACE) {
      if (prevSpace) dirty = true;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 0x7f) continue;
    if (isJunk(c) || c === 0xad) dirty = true;
    else if (c >= 0x300 && c <= 0x36f) combining = true;
  }
  if (!dirty) return combining ? s.normalize("NFC") : s;
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isZeroWidth(c)) continue;
    if (c === SPACE || isJunk(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += " ";
    pendingSpace = false;
    out += s[i];
  }
  return out.normalize("NFC");
}

/**
 * Case- and diacritic-insensitive form for matching: lower case, marks removed, đ → d
 * (NFD does not decompose đ/Đ), dashes (– — ‐ −) → "-", spaces collapsed. "Họ và TÊN" → "ho va ten".
 */
export function foldText(s: string): string {
  const n = s.length;
  let ascii = true;
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(i) > 0x7e) {
      ascii = false;
      break;
    }
  }
  const base = ascii
    ? s
    : s
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[đĐ]/g, "d")
        .replace(/[\u2010-\u2015\u2212]/g, "-");
  return cleanText(base).toLowerCase();
}

/** Fold, then treat punctuation as spaces: "Tên tập thể/cá nhân" and "Tên tập thể, cá nhân" match. */
export function foldKey(s: string): string {
  return foldText(s)
    .replace(/[^a-z0-9()]+/g, " ")
    .trim();
}
