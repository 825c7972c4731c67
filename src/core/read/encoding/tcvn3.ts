/**
 * TCVN3 (TCVN 5712:1993 "VN3", the ABC keyboard's .VnTime fonts): one byte per precomposed
 * lower-case letter, plus capitals Ă Â Ê Ô Ơ Ư Đ at A1–A7. Excel hands the bytes over as the
 * Windows-1252/Latin-1 characters of the same code, which is what this table maps from.
 * Capitals with tone marks have no code in VN3: .VnTimeH fonts draw the lower-case codes as capitals.
 */

// Vowel groups in TCVN3 order: grave, hook, tilde, acute, dot below.
const GROUPS: [string, string][] = [
  ["µ¶·¸¹", "àảãáạ"],
  ["»¼½¾Æ", "ằẳẵắặ"],
  ["ÇÈÉÊË", "ầẩẫấậ"],
  ["ÌÎÏÐÑ", "èẻẽéẹ"],
  ["ÒÓÔÕÖ", "ềểễếệ"],
  ["×ØÜÝÞ", "ìỉĩíị"],
  ["ßáâãä", "òỏõóọ"],
  ["åæçèé", "ồổỗốộ"],
  ["êëìíî", "ờởỡớợ"],
  ["ïñòóô", "ùủũúụ"],
  ["õö÷øù", "ừửữứự"],
  ["úûüýþ", "ỳỷỹýỵ"],
  ["¨©ª«¬\u00ad®", "ăâêôơưđ"],
  ["¡¢£¤¥¦§", "ĂÂÊÔƠƯĐ"],
];

/** Latin-1 code → Unicode letter. */
export const TCVN3_TABLE: ReadonlyMap<number, string> = (() => {
  const m = new Map<number, string>();
  for (const [from, to] of GROUPS) for (let i = 0; i < from.length; i++) m.set(from.charCodeAt(i), to[i]);
  return m;
})();

/**
 * Converts TCVN3 text to NFC Unicode, or returns null when a Latin-1 letter has no TCVN3 code
 * (à, À…: then the text is not TCVN3). When the cell has no lower-case ASCII letter and some word
 * has two ASCII capitals, it was written for a .VnTimeH font (capitals drawn from lower-case
 * codes), so the result is upper-cased: "NGUYÔN V¡N AN" → "NGUYỄN VĂN AN".
 */
export function convertTcvn3(s: string): string | null {
  let out = "";
  let run = 0;
  let capitalWord = false;
  let lower = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const mapped = c >= 0xa1 && c <= 0xfe ? TCVN3_TABLE.get(c) : undefined;
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    if (c >= 0xc0 && c <= 0xff) return null;
    if (c >= 65 && c <= 90) {
      if (++run >= 2) capitalWord = true;
    } else {
      run = 0;
      if (c >= 97 && c <= 122) lower = true;
    }
    out += s[i];
  }
  return capitalWord && !lower ? out.toUpperCase() : out;
}
