/** Subject kind (tập thể, cá nhân, hộ gia đình) from each place a clerk says it. */
import type { SubjectKind } from "../types";
import { foldText } from "./text";

const VALUE_KINDS: Record<string, SubjectKind> = {
  "tap the": "tap-the",
  tapthe: "tap-the",
  tt: "tap-the",
  "ca nhan": "ca-nhan",
  canhan: "ca-nhan",
  cn: "ca-nhan",
  "ho gia dinh": "ho-gia-dinh",
  hogiadinh: "ho-gia-dinh",
  hgd: "ho-gia-dinh",
  ho: "ho-gia-dinh",
  "gia dinh": "ho-gia-dinh",
};

/** A value of a kind column: "Tập thể", "TT", "CN", "HGĐ", codes "TAPTHE", "KT_CANHAN"… */
export function kindFromValue(text: string): SubjectKind | null {
  const key = foldText(text)
    .replace(/[^a-z ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return VALUE_KINDS[key] ?? kindInText(key) ?? codeKind(key);
}

const CODE_WORDS = ["tapthe", "canhan", "hogiadinh"];

/** Codes written as one word beside a prefix: "KTTAPTHE", "kt canhan", "LOAI_HOGIADINH". */
function codeKind(key: string): SubjectKind | null {
  const squeezed = key.replace(/ /g, "");
  const hits = CODE_WORDS.map((w) => squeezed.includes(w));
  if (hits.filter(Boolean).length !== 1) return null;
  return hits[0] ? "tap-the" : hits[1] ? "ca-nhan" : "ho-gia-dinh";
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

/** Short kind words a sheet name uses alone or beside "DS" ("DS TT", "CN", "HGĐ"). */
const SHEET_KIND_WORDS: Record<string, SubjectKind> = { tt: "tap-the", cn: "ca-nhan", hgd: "ho-gia-dinh" };

/** Sheet names: "Tập thể", "Cá nhân", "DS ca nhan", "Hộ gia đình", "DS TT", "CN". */
export function kindFromSheetName(name: string): SubjectKind | null {
  const key = foldText(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  const found = kindInText(key);
  if (found !== null) return found;
  const words = key.split(" ");
  // One short word, alone or after "DS"/"Danh sách": "TT2025" or "Biểu TT 01" say nothing.
  const last = words[words.length - 1];
  const lead = words.slice(0, -1).join(" ");
  return (lead === "" || lead === "ds" || lead === "danh sach") && Object.hasOwn(SHEET_KIND_WORDS, last)
    ? SHEET_KIND_WORDS[last]
    : null;
}

/**
 * Award titles that only one kind can receive (folded text). Checked in order: "Tập thể lao động
 * tiên tiến" is a collective's title although it ends like the person's "Lao động tiên tiến".
 */
const AWARD_KINDS: [RegExp, SubjectKind][] = [
  [/\bgia dinh (van hoa|tieu bieu|hieu hoc|the thao|nong dan|kieu mau)|\bho gia dinh\b/, "ho-gia-dinh"],
  [/\btap the\b|\bco thi dua\b|\bdon vi (tien tien|xuat sac|quyet thang|tieu bieu|dan dau)/, "tap-the"],
  [
    /\bchien si (thi dua|tien tien)|\blao dong (tien tien|xuat sac|gioi|sang tao)|\bnha giao (uu tu|nhan dan)|\bthay thuoc (uu tu|nhan dan)|\bnghe nhan\b|\bnguoi tot viec tot\b|\b(hoc sinh|sinh vien|giao vien|chien si) (gioi|xuat sac|tieu bieu|5 tot|nam tot)|\bky niem chuong\b|\bhuy hieu\b/,
    "ca-nhan",
  ],
];

/** The kind an award title implies ("Cờ thi đua" ⇒ tập thể, "Chiến sĩ thi đua cơ sở" ⇒ cá nhân). */
export function kindFromAward(text: string): SubjectKind | null {
  const folded = foldText(text);
  for (const [re, kind] of AWARD_KINDS) if (re.test(folded)) return kind;
  return null;
}

// JavaScript's \b knows only ASCII letters ("bà" ends in none): the end of a word is spelt out.
const HOUSEHOLD =
  /^((hộ|gia đình)( gia đình)? (ông|bà|anh|chị|cụ|ông bà|chủ hộ)|hộ gia đình)(?=$|[\s,.:;-])/iu;
// Diacritics matter here: "Tổ" is an organisation, "Tô" a surname. "Đoàn" is both, so it counts
// only with the words that make it an organisation.
const ORGANISATION = new RegExp(
  "^(phòng|trường|công ty|ban|hội|chi hội|đội|tổ|hợp tác xã|htx|ubnd|ủy ban|uỷ ban|trung tâm|khoa|" +
    "chi bộ|đảng bộ|bệnh viện|trạm|xã|phường|ấp|khóm|khoá|khóa|lớp|cục|chi cục|sở|viện|văn phòng|" +
    "công an|bộ chỉ huy|ban chỉ huy|ban chqs|bộ chqs|(trung|tiểu|đại|khẩu|hải) đội|" +
    "(tiểu|trung|lữ|sư|quân) đoàn|đồn biên phòng|tập thể|nhà máy|xí nghiệp|tổng công ty|ngân hàng|chi nhánh|" +
    "liên đoàn|mặt trận|hạt|thư viện|bảo tàng|nhà văn hóa|câu lạc bộ|clb|thị trấn|huyện|tỉnh|" +
    "đoàn (thanh niên|tn|tncs|cơ sở|khối|trường|xã|phường|luật sư|thể thao|nghệ thuật|văn công))(?=$|[\\s,.:;-])",
  "iu",
);
/**
 * Honorifics and ranks written before a person's name; stripped from `ten` so that "Ông Trần Văn
 * Lợi" and "Trần Văn Lợi" are the same person. A capitalised word must follow: "Ông" alone or
 * "Bà con ấp 3" is no person's title.
 */
const HONORIFIC = new RegExp(
  "^(ông|bà|anh|chị|cụ|đồng chí|đ/c|đc|(thầy|cô)( giáo)?|giáo viên|" +
    "(đại|thượng|trung|thiếu) (tướng|tá|úy|uý)|chuẩn (úy|uý)|(thượng|trung|hạ) sĩ|binh (nhất|nhì)|" +
    "bác sĩ( chuyên khoa (i|ii|1|2|cấp (i|ii)))?|dược sĩ|điều dưỡng|kỹ sư|thạc sĩ|tiến sĩ|" +
    "nhà giáo( nhân dân| ưu tú)?|nghệ nhân( nhân dân| ưu tú)?|nghệ sĩ( nhân dân| ưu tú)?|luật sư|kiến trúc sư)" +
    "\\.?\\s+",
  "iu",
);
/**
 * Abbreviated degrees and professions, alone or joined by dots ("BSCKII.", "ThS.BS", "BS.CKI",
 * "ĐD.", "KTV.", "GV.", "NGƯT."), in lower case as typed: the hospital's and the school's titles.
 */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    "bs bsck bscki bsckii bsck1 bsck2 ck cki ckii ck1 ck2 bsnt ths ts pgs gs tskh ds dsck dscki dsckii " +
    "đd dd ktv ys hs nhs cn ks kts ls gv nsnd nsut nsưt ngnd ngut ngưt nnnd nnut nnưt"
  ).split(" "),
);
const CAPITAL = /\p{Lu}/u;

export interface NameForm {
  kind: SubjectKind;
}

const HOUSEHOLD_FORM: NameForm = { kind: "ho-gia-dinh" };
const UNIT_FORM: NameForm = { kind: "tap-the" };
const PERSON_FORM: NameForm = { kind: "ca-nhan" };

/**
 * What a name's own words say: "Hộ ông …", "Gia đình bà …" ⇒ a household; "Phòng …", "Công an
 * tỉnh", "UBND …" ⇒ a collective; "Ông …", "Đại tá …" ⇒ a person.
 */
export function nameForm(name: string | undefined): NameForm | null {
  if (name === undefined || name === "") return null;
  if (HOUSEHOLD.test(name)) return HOUSEHOLD_FORM;
  if (ORGANISATION.test(name)) return UNIT_FORM;
  return withoutHonorific(name) === null ? null : PERSON_FORM;
}

/** First words of the honorifics, in the cases a clerk types them: most names skip the regex. */
const HONORIFIC_FIRST: ReadonlySet<string> = new Set(
  (
    "ông bà anh chị cụ đồng đ/c đc thầy cô giáo đại thượng trung thiếu chuẩn hạ binh bác dược điều kỹ " +
    "thạc tiến nhà nghệ luật kiến"
  )
    .split(" ")
    .flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]),
);

/** Whether `word` is an abbreviated title ("ThS.BS", "BSCKII.", "ĐD."). */
function isAbbreviatedTitle(word: string): boolean {
  // Hot path (every person's first word): a vowel with a diacritic ("Nguyễn", "Lê") is no title.
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 && c !== 0x111 && c !== 0x110 && c !== 0x1b0 && c !== 0x1af) return false;
  }
  const parts = word.toLowerCase().split(".");
  // "BS." splits into "bs" and "": a trailing dot ends the title, an inner empty part is no title.
  if (parts[parts.length - 1] === "") parts.pop();
  if (parts.length === 0) return false;
  for (const part of parts) if (!TITLE_ABBREVIATIONS.has(part)) return false;
  return true;
}

/** The name after one title at its start ("Đại tá", "ThS.BS"), or null. */
function afterTitle(name: string): string | null {
  const space = name.indexOf(" ");
  if (space < 1) return null;
  const first = name.slice(0, space);
  if (HONORIFIC_FIRST.has(first)) {
    const m = HONORIFIC.exec(name);
    return m === null ? null : name.slice(m[0].length);
  }
  return isAbbreviatedTitle(first) ? name.slice(space).trimStart() : null;
}

/**
 * The name without a person's honorifics, ranks and degrees ("Đại tá Lê Văn Sơn" → "Lê Văn Sơn",
 * "PGS. TS. Trần An" → "Trần An"), or null when it opens with none.
 */
export function withoutHonorific(name: string): string | null {
  let rest = afterTitle(name);
  for (let more = rest; more !== null; more = afterTitle(more)) rest = more;
  // A title is followed by a person's name, never by a unit's ("CN Ngân hàng…" is a branch).
  if (rest === null || !CAPITAL.test(rest.charAt(0)) || ORGANISATION.test(rest)) return null;
  return rest;
}

/** A footnote mark or a remark after a person's name: "(*)", "*", "(Đảng viên)" on its own line. */
const NAME_REMARK = /\s*(\(\*+\)|\*+|\([^()]*\))\s*$/u;

/**
 * A person's name as the list means it: without the footnote marks, the remark in brackets (no
 * person's name holds one) and the titles before it; null when nothing is to strip.
 */
export function personName(name: string): string | null {
  let bare = name;
  if (/[()*\n]/.test(bare)) {
    for (let m = NAME_REMARK.exec(bare); m !== null && m.index > 0; m = NAME_REMARK.exec(bare))
      bare = bare.slice(0, m.index);
    bare = bare.replace(/\s+/g, " ").trim();
  }
  const titled = withoutHonorific(bare);
  if (titled !== null) return titled;
  return bare === name ? null : bare;
}
