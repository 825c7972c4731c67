/** Section rows inside a list: "I. TẬP THỂ", "B. CÁ NHÂN", "1. Khối giáo dục". */
import { kindInText } from "./kind";
import { awardColumnLabel } from "./synonyms";
import { foldText } from "./text";

const NUMBERED = /^([ivxlc]+|[a-z]|\d{1,2}(\.\d{1,2})*)\s*[.)/:-]\s*\S/;
const TITLE_WORDS = /^(danh sach|bieu|mau|khoi|nhom|phan|cum)\b|^(cac )?(tap the|ca nhan|ho gia dinh)\s*:?$/;
const ROMAN_OR_LETTER = /^([ivxlc]+|[a-z])[.)]?$/;
/**
 * The words of a group's or an award's title ("Khối Đảng, đoàn thể", "Danh hiệu Lao động tiên
 * tiến", "CÁ NHÂN", "Tập thể (02)", "Cá nhân: 05 người"), unfolded: what a section row without
 * its own number, or numbered "1." like a record, shows in the name cell.
 */
const GROUP_TITLE =
  /^(khối|nhóm|cụm|phần|lĩnh vực|danh hiệu|tặng|đề nghị|(các )?(tập thể|cá nhân|hộ gia đình)\s*(:.*|\(\s*\d+[^)]*\)\s*:?)?\s*$)/iu;

/** A single text that reads as a section title (numbered, or naming a group/kind). */
export function looksLikeSectionTitle(text: string): boolean {
  if (text.length > 200) return false;
  const folded = foldText(text);
  return NUMBERED.test(folded) || TITLE_WORDS.test(folded);
}

/** A name cell that reads as the title of a numbered sub-section (a group, an award), not a nominee. */
export function isGroupTitle(text: string): boolean {
  return (
    text.length <= 200 &&
    (GROUP_TITLE.test(text.normalize("NFC").trimStart()) || awardOfSection(text) !== null)
  );
}

/** An STT cell holding "I", "II", "A", "B.", "a)" — the numbering of a section, not of a record. */
export function isSectionNumber(text: string): boolean {
  return text.length <= 5 && ROMAN_OR_LETTER.test(foldText(text));
}

/** A title's own numbering ("II.", "1.", "a)", "1.2."), unfolded. */
const NUMBERING = /^\s*([ivxlc]+|[a-z]|\d{1,2}(\.\d{1,2})*)\s*[.)/:-]\s*/iu;

/**
 * The award a section names for the records under it ("1. Danh hiệu “Lao động tiên tiến”:",
 * "II. Tặng Giấy khen cho 2 tập thể"): the award's own words, without numbering, the verb, the
 * year or the "cho …" tail. `null` when it names none.
 */
export function awardOfSection(title: string): string | null {
  if (title.length > 200) return null;
  const award = title
    .normalize("NFC")
    .replace(NUMBERING, "")
    .replace(/[“”"«»]/g, "")
    .replace(/\s+(cho|đối với|gồm)\s.*$/iu, "")
    .replace(/\s+năm\s+\d{4}\b.*$/iu, "")
    .replace(/[\s:.;]+$/u, "")
    .replace(/^(đề nghị\s+)?(tặng|khen thưởng|công nhận|xét tặng)?\s*(danh hiệu\s+)?/iu, "")
    .trim();
  return award !== "" && awardColumnLabel(award) ? award : null;
}

/** Numbering of a top-level section ("II.", "B."): case tells it from a sub-section's "b)". */
const TOP_NUMBER = /^\s*([IVXLC]+|[A-Z])\s*[.)/:-]/u;

/**
 * What a section row does to the award of the records below: names one (its own), clears it (a
 * top-level or a kind's section, "II. HÌNH THỨC KHEN THƯỞNG", "CÁ NHÂN"), or keeps the one above
 * (a group under it, "a) Khối Đảng").
 */
export function sectionAwardAfter(title: string, current: string | null): string | null {
  const award = awardOfSection(title);
  if (award !== null) return award;
  return TOP_NUMBER.test(title) || kindInText(foldText(title)) !== null ? null : current;
}
