/**
 * VNI-Windows: an ASCII base letter followed by mark characters (Windows-1252 codes), e.g.
 * "Nguyeãn" = e + ã (circumflex+tilde), "Vaên" = a + ê (breve), "Höôøng" = ư ơ + ø (grave).
 * A few letters are single codes: đ ñ, ơ ô, ư ö, and i/y forms í ì æ ó ò î.
 * The converter composes base + marks and normalises to NFC.
 */

const CIRC = "\u0302";
const BREVE = "\u0306";
const HORN = "\u031b";
const ACUTE = "\u0301";
const GRAVE = "\u0300";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";

/** Single-code letters. */
const SINGLE: Record<string, string> = {
  ñ: "đ",
  Ñ: "Đ",
  ô: "o" + HORN,
  Ô: "O" + HORN,
  ö: "u" + HORN,
  Ö: "U" + HORN,
  í: "i" + ACUTE,
  Í: "I" + ACUTE,
  ì: "i" + GRAVE,
  Ì: "I" + GRAVE,
  æ: "i" + HOOK,
  Æ: "I" + HOOK,
  ó: "i" + TILDE,
  Ó: "I" + TILDE,
  ò: "i" + DOT,
  Ò: "I" + DOT,
  î: "y" + DOT,
  Î: "Y" + DOT,
};

/** Marks after a, e, o (circumflex, alone or with a tone). */
const CIRC_MARKS: Record<string, string> = {
  â: CIRC,
  á: CIRC + ACUTE,
  à: CIRC + GRAVE,
  å: CIRC + HOOK,
  ã: CIRC + TILDE,
  ä: CIRC + DOT,
};
/** Marks after a only (breve, alone or with a tone). */
const BREVE_MARKS: Record<string, string> = {
  ê: BREVE,
  é: BREVE + ACUTE,
  è: BREVE + GRAVE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
};
/** Tone marks after any vowel. */
const TONE_MARKS: Record<string, string> = { ù: ACUTE, ø: GRAVE, û: HOOK, õ: TILDE, ï: DOT };

function markFor(base: string, next: string): string | undefined {
  const m = next.toLowerCase();
  const b = base.toLowerCase();
  if (b === "a" && BREVE_MARKS[m] !== undefined) return BREVE_MARKS[m];
  if ((b === "a" || b === "e" || b === "o") && CIRC_MARKS[m] !== undefined) return CIRC_MARKS[m];
  return undefined;
}

const VOWELS = "aeiouyAEIOUY";

/**
 * Converts VNI-Windows text to NFC Unicode, or returns null when some Latin-1 letter fits no VNI
 * sequence (then the text is not VNI: "Thành" has a precomposed à after a consonant).
 */
export function convertVni(s: string): string | null {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    const single = SINGLE[ch];
    let letter: string;
    if (single !== undefined) {
      letter = single;
      i++;
    } else if (VOWELS.includes(ch)) {
      letter = ch;
      i++;
      const mod = i < s.length ? markFor(ch, s[i]) : undefined;
      if (mod !== undefined) {
        letter += mod;
        i++;
      }
    } else {
      if (ch >= "\u00c0" && ch <= "\u00ff") return null;
      out += ch;
      i++;
      continue;
    }
    // A tone after a vowel (including ơ/ư from single codes) unless the letter already has one.
    const vowelLetter = single === undefined || /[oOuU]\u031b$/.test(single);
    if (vowelLetter && i < s.length && letter.length <= 2) {
      const tone = TONE_MARKS[s[i].toLowerCase()];
      if (tone !== undefined) {
        letter += tone;
        i++;
      }
    }
    out += letter.normalize("NFC");
  }
  return out;
}
