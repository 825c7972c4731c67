/** Section rows inside a list: "I. TẬP THỂ", "B. CÁ NHÂN", "1. Khối giáo dục". */
import { foldText } from "./text";

const NUMBERED = /^([ivxlc]+|[a-z]|\d{1,2}(\.\d{1,2})*)\s*[.)/:-]\s*\S/;
const TITLE_WORDS = /^(danh sach|bieu|mau|khoi|nhom|phan|cum)\b|^(cac )?(tap the|ca nhan|ho gia dinh)\s*:?$/;
const ROMAN_OR_LETTER = /^([ivxlc]+|[a-z])[.)]?$/;
/**
 * The words of a group's or an award's title ("Khối Đảng, đoàn thể", "Danh hiệu Lao động tiên
 * tiến", "CÁ NHÂN"), unfolded: a sub-section numbered "1." like a record shows them in the name cell.
 */
const GROUP_TITLE =
  /^(khối|nhóm|cụm|phần|lĩnh vực|danh hiệu|tặng|đề nghị|(các )?(tập thể|cá nhân|hộ gia đình)\s*:?\s*$)/iu;

/** A single text that reads as a section title (numbered, or naming a group/kind). */
export function looksLikeSectionTitle(text: string): boolean {
  if (text.length > 200) return false;
  const folded = foldText(text);
  return NUMBERED.test(folded) || TITLE_WORDS.test(folded);
}

/** A name cell that reads as the title of a numbered sub-section, not a nominee. */
export function isGroupTitle(text: string): boolean {
  return text.length <= 200 && GROUP_TITLE.test(text.normalize("NFC").trimStart());
}

/** An STT cell holding "I", "II", "A", "B.", "a)" — the numbering of a section, not of a record. */
export function isSectionNumber(text: string): boolean {
  return text.length <= 5 && ROMAN_OR_LETTER.test(foldText(text));
}
