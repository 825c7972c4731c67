/** Subject kind (tập thể, cá nhân, hộ gia đình) from the places a clerk says it. */
import type { SubjectKind } from "../types";
import { foldText } from "./text";

const VALUE_KINDS: Record<string, SubjectKind> = {
  "tap the": "tap-the",
  tt: "tap-the",
  "ca nhan": "ca-nhan",
  cn: "ca-nhan",
  "ho gia dinh": "ho-gia-dinh",
  hgd: "ho-gia-dinh",
  ho: "ho-gia-dinh",
  "gia dinh": "ho-gia-dinh",
};

/** A value of a "Loại" / "Đối tượng" column: "Tập thể", "TT", "CN", "HGĐ"… */
export function kindFromValue(text: string): SubjectKind | null {
  const key = foldText(text)
    .replace(/[^a-z ]+/g, "")
    .trim();
  return VALUE_KINDS[key] ?? kindInText(key);
}

const MENTIONS: [RegExp, SubjectKind][] = [
  [/\btap the\b/, "tap-the"],
  [/\bca nhan\b/, "ca-nhan"],
  [/\bho gia dinh\b|\bhgd\b/, "ho-gia-dinh"],
];

/**
 * The one kind a title names ("I. TẬP THỂ", "DS ca nhan"); null when it names none or several
 * ("Danh sách tập thể và cá nhân", "1. Khối giáo dục").
 */
export function kindInText(folded: string): SubjectKind | null {
  let found: SubjectKind | null = null;
  for (const [re, kind] of MENTIONS) {
    if (!re.test(folded)) continue;
    if (found !== null) return null;
    found = kind;
  }
  return found;
}

/** Sheet names: "Tập thể", "Cá nhân", "DS ca nhan", "Hộ gia đình". */
export function kindFromSheetName(name: string): SubjectKind | null {
  return kindInText(foldText(name).replace(/[^a-z0-9]+/g, " "));
}

const HOUSEHOLD = /^hộ (ông|bà|gia đình|anh|chị)\b/u;
// Diacritics matter here: "Tổ" is an organisation, "Tô" a surname. "Đoàn" is both, so it counts
// only with the words that make it an organisation.
const ORGANISATION = new RegExp(
  "^(phòng|trường|công ty|ban|hội|chi hội|đội|tổ|hợp tác xã|htx|ubnd|ủy ban|uỷ ban|trung tâm|khoa|" +
    "chi bộ|đảng bộ|bệnh viện|trạm|xã|phường|ấp|khóm|khoá|lớp|cục|chi cục|sở|viện|văn phòng|" +
    "đoàn (thanh niên|tn|tncs|cơ sở|khối|trường|xã|phường|luật sư|thể thao|nghệ thuật|văn công))(?=$|[\\s,.:;-])",
  "u",
);

/**
 * Kind from the particulars of a record with nothing better: a birth date or gender ⇒ a person;
 * "Hộ ông/bà/gia đình …" ⇒ a household; a name opening with an organisation word ⇒ a collective.
 */
export function kindFromParticulars(name: string | undefined, hasPersonData: boolean): SubjectKind | null {
  if (hasPersonData) return "ca-nhan";
  if (name === undefined) return null;
  const lower = name.toLowerCase();
  if (HOUSEHOLD.test(lower)) return "ho-gia-dinh";
  if (ORGANISATION.test(lower)) return "tap-the";
  return null;
}
