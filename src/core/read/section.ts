/** Section rows inside a list: "I. TẬP THỂ", "B. CÁ NHÂN", "1. Khối giáo dục". */
import { foldText } from "./text";

const NUMBERED = /^([ivxlc]+|[a-z]|\d{1,2}(\.\d{1,2})*)\s*[.)/:-]\s*\S/;
const TITLE_WORDS = /^(danh sach|bieu|mau|khoi|nhom|phan|cum)\b|^(cac )?(tap the|ca nhan|ho gia dinh)\s*:?$/;
const ROMAN_OR_LETTER = /^([ivxlc]+|[a-z])\.?$/;

/** A single text that reads as a section title (numbered, or naming a group/kind). */
export function looksLikeSectionTitle(text: string): boolean {
  if (text.length > 200) return false;
  const folded = foldText(text);
  return NUMBERED.test(folded) || TITLE_WORDS.test(folded);
}

/** An STT cell holding "I", "II", "A", "B." — the numbering of a section, not of a record. */
export function isSectionNumber(text: string): boolean {
  return text.length <= 5 && ROMAN_OR_LETTER.test(foldText(text));
}
