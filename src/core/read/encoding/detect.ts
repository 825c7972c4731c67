/**
 * Per-cell detection of legacy Vietnamese encodings. A cell is a legacy candidate only when it
 * holds Latin-1 characters that never occur in Unicode Vietnamese (ø ¸ µ ¨ …) and no character
 * beyond Latin-1; then TCVN3 and VNI are both tried and the one whose result reads as Vietnamese
 * syllables wins. Genuine Unicode Vietnamese (à á â ã è é ê ì í ò ó ô õ ù ú ý, ă đ ơ ư, ạ…ỹ) and
 * ASCII are never converted on their own.
 */
import { convertTcvn3 } from "./tcvn3";
import { convertVni } from "./vni";

/** Latin-1 letters that Unicode Vietnamese uses. */
const VN_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

/** Class of each Latin-1 code: 0 ASCII/neutral, 1 Vietnamese letter, 2 impossible in Vietnamese. */
export const LATIN1_CLASS = (() => {
  const t = new Uint8Array(256);
  for (let c = 0xa1; c <= 0xff; c++) t[c] = 2;
  for (const ch of VN_LATIN1) t[ch.charCodeAt(0)] = 1;
  t[0xd7] = 2; // × and ÷ are TCVN3 letters (ì, ữ)
  t[0xf7] = 2;
  return t;
})();

export type CellEncoding = "ascii" | "unicode" | "ambiguous" | "tcvn3" | "vni";

export function isVietnameseWide(c: number): boolean {
  return (
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    c === 0x102 ||
    c === 0x103 ||
    c === 0x110 ||
    c === 0x111 ||
    c === 0x128 ||
    c === 0x129 ||
    c === 0x168 ||
    c === 0x169 ||
    c === 0x1a0 ||
    c === 0x1a1 ||
    c === 0x1af ||
    c === 0x1b0 ||
    (c >= 0x300 && c <= 0x323)
  );
}

/** ASCII vowels and VNI's ơ (ô/Ô): the letters a VNI mark character can follow. */
export function isVniBase(c: number): boolean {
  switch (c | 0x20) {
    case 0x61: // a
    case 0x65: // e
    case 0x69: // i
    case 0x6f: // o
    case 0x75: // u
    case 0x79: // y
    case 0xf4: // ô, Ô
      return true;
    default:
      return false;
  }
}

/**
 * What a raw cell string looks like: ascii (nothing to decide, also Latin-1 Vietnamese letters
 * that no legacy reading could explain, e.g. "Tâm"), unicode (letters only Unicode Vietnamese
 * has), ambiguous (a Latin-1 letter right after a vowel: "Hoàng" is Unicode, or VNI for "Hồng"),
 * or legacy (characters impossible in Vietnamese: try to convert).
 */
export function classifyText(s: string): "ascii" | "unicode" | "ambiguous" | "legacy" {
  let afterVowel = false;
  let impossible = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c <= 0xff) {
      const k = LATIN1_CLASS[c];
      if (k === 2) impossible = true;
      else if (k === 1 && i > 0 && isVniBase(s.charCodeAt(i - 1))) afterVowel = true;
    } else if (isVietnameseWide(c)) return "unicode";
  }
  if (impossible) return "legacy";
  return afterVowel ? "ambiguous" : "ascii";
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?";
const NUCLEI = [
  "uyê",
  "uya",
  "uyu",
  "iêu",
  "yêu",
  "oai",
  "oay",
  "oao",
  "oeo",
  "uây",
  "uôi",
  "ươi",
  "ươu",
  "ai",
  "ao",
  "au",
  "ay",
  "âu",
  "ây",
  "eo",
  "êu",
  "ia",
  "iê",
  "iu",
  "oa",
  "oă",
  "oe",
  "oi",
  "ôi",
  "ơi",
  "oo",
  "ua",
  "uâ",
  "uê",
  "ui",
  "uô",
  "uơ",
  "uy",
  "ưa",
  "ưi",
  "ươ",
  "ưu",
  "yê",
  "a",
  "ă",
  "â",
  "e",
  "ê",
  "i",
  "y",
  "o",
  "ô",
  "ơ",
  "u",
  "ư",
];
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.join("|")})(?:ch|nh|ng|[cmnpt])?$`);

/** Whether one word reads as a Vietnamese syllable (at most one tone, known vowel nucleus). */
export function isVietnameseSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize("NFD");
  const tones = d.match(TONES);
  if (tones !== null && tones.length > 1) return false;
  return SYLLABLE.test(d.replace(TONES, "").normalize("NFC"));
}

/** Score of a converted text: +1 per non-ASCII word that reads as Vietnamese, −2 per one that does not. */
export function vietnameseScore(s: string): number {
  let score = 0;
  for (const word of s.split(/[^\p{L}]+/u)) {
    if (word === "" || /^[a-z]*$/i.test(word)) continue;
    if (classifyText(word) === "legacy") return -1000;
    score += isVietnameseSyllable(word) ? 1 : -2;
  }
  return score;
}

/** A conversion's score, or −Infinity unless it changed the text and left no impossible letter. */
function usable(source: string, result: string | null): number {
  if (result === null || result === source || classifyText(result) === "legacy") return -Infinity;
  return vietnameseScore(result);
}

/**
 * Best legacy reading of a candidate, or null when the text reads better as it is.
 * `ties`: inside a list known to be legacy-only, a conversion as good as the Unicode reading wins
 * ("Hoàng" there is VNI for "Hồng").
 */
export function decodeLegacy(
  s: string,
  prefer?: "tcvn3" | "vni",
  ties = false,
): { text: string; encoding: "tcvn3" | "vni" } | null {
  // Text with no impossible character is TCVN3 only in a list already known to be TCVN3.
  const t = prefer === "tcvn3" || classifyText(s) === "legacy" ? convertTcvn3(s) : null;
  const v = convertVni(s);
  const ts = usable(s, t);
  const vs = usable(s, v);
  const best = Math.max(ts, vs);
  if (best <= 0) return null;
  const asIs = vietnameseScore(s);
  if (best < asIs || (best === asIs && !ties)) return null;
  // On a tie VNI wins unless the list leans to TCVN3: TCVN3 text nearly always has codes
  // (µ ¸ ¨ ª…) that the as-is reading would already have rejected.
  if (t !== null && (ts > vs || (ts === vs && prefer === "tcvn3"))) return { text: t, encoding: "tcvn3" };
  return { text: v as string, encoding: "vni" };
}
