/**
 * The rows of the national table 0603.N (Thông tư 02/2023/TT-BNV) counted over records. The table
 * counts by đối tượng; a list only says who someone is through the words of "Chức vụ", "Đơn vị" and
 * "Tên", so each row is derived from those words by the rules below, and the same rules are printed
 * in the sheet (CATEGORY_NOTES) so the clerk can check and correct the numbers.
 */
import type { AwardMethod } from "../plan/schema";
import { cleanText, foldKey } from "../read/text";
import type { NominationRecord } from "../types";

export type CategoryCode =
  "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "nu" | MethodCode;
export type MethodCode = "11" | "12" | "13" | "14" | "15" | "16" | "17";
export type PersonLevel = "06" | "07" | "08" | "09" | "10";

/** Rows 11–17 of table 0603.N: "2. Theo phương thức khen thưởng". */
export const METHOD_ROWS: readonly (readonly [code: MethodCode, method: AwardMethod, label: string])[] = [
  ["11", "thuong-xuyen", "Khen thưởng thường xuyên"],
  ["12", "chuyen-de", "Khen thưởng theo chuyên đề"],
  ["13", "dot-xuat", "Khen thưởng đột xuất"],
  ["14", "doi-ngoai", "Khen thưởng đối ngoại"],
  ["15", "cong-hien", "Khen thưởng quá trình cống hiến"],
  ["16", "nien-han", "Khen thưởng theo niên hạn"],
  ["17", "khang-chien", "Khen thưởng thành tích kháng chiến"],
];

/** Words of a "Phương thức" cell (folded), for each method; abbreviations as whole cells. */
const METHOD_WORDS: readonly (readonly [AwardMethod, string, string])[] = [
  ["thuong-xuyen", "thuong xuyen", "tx"],
  ["chuyen-de", "chuyen de", "cd"],
  ["dot-xuat", "dot xuat", "dx"],
  ["doi-ngoai", "doi ngoai", ""],
  ["cong-hien", "cong hien", ""],
  ["nien-han", "nien han", ""],
  ["khang-chien", "khang chien", ""],
];

/**
 * The phương thức of a record: its own "Phương thức khen thưởng" cell, else the plan's default
 * (a special campaign's awards are chuyên đề); null for a cell naming none of the seven.
 */
export function methodOf(record: NominationRecord, fallback: AwardMethod): AwardMethod | null {
  const text = record.fields.phuongThuc;
  if (text === undefined || text.trim() === "") return fallback;
  const k = foldKey(text);
  for (const [method, words, short] of METHOD_WORDS)
    if ((short !== "" && k === short) || k.includes(words)) return method;
  return null;
}

/** Table 0603.N rows in the table's order, with the women among cá nhân after row 10. */
export const CATEGORY_ROWS: readonly (readonly [code: CategoryCode, label: string])[] = [
  ["01", "Tổng số"],
  ["02", "Tập thể"],
  ["03", "Trong đó: Doanh nghiệp"],
  ["04", "Hộ gia đình"],
  ["05", "Cá nhân"],
  ["06", "Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên"],
  ["07", "Lãnh đạo cấp vụ, sở, ngành và tương đương"],
  ["08", "Doanh nhân"],
  ["09", "Các cấp lãnh đạo khác từ phó phòng trở lên"],
  [
    "10",
    "Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân…)",
  ],
  ["nu", "Trong đó: Nữ (cá nhân)"],
  ...METHOD_ROWS.map(([code, , label]) => [code, label] as const),
];

/** The derivation rules, as printed under the table. Keep in step with the patterns below. */
export const CATEGORY_NOTES: readonly string[] = [
  "Cách phân loại (tự động, theo chữ ghi trong danh sách; đề nghị kiểm tra lại trước khi chép vào biểu 0603.N):",
  "– Doanh nghiệp (03): tập thể có tên bắt đầu bằng Công ty (Cty), Tổng công ty, Chi nhánh công ty, Doanh nghiệp, DNTN, Tập đoàn.",
  "– Mỗi cá nhân được xếp vào đúng một dòng từ 06 đến 10, xét lần lượt theo chức vụ (kèm đơn vị công tác), đọc theo chữ có dấu:",
  "   06: Bộ trưởng, Thứ trưởng, Bí thư, Phó Bí thư Tỉnh ủy, Chủ tịch, Phó Chủ tịch UBND hoặc HĐND tỉnh;",
  "   07: Giám đốc, Phó Giám đốc, Chánh Văn phòng, Chánh Thanh tra sở; Vụ trưởng, Cục trưởng và cấp phó; Trưởng, Phó ban của Tỉnh ủy; Bí thư, Chủ tịch (UBND, HĐND) huyện, thị xã, thành phố và cấp phó;",
  "   08: Giám đốc, Tổng giám đốc, Chủ tịch HĐQT hoặc HĐTV, chủ doanh nghiệp (và cấp phó) của công ty (cty), doanh nghiệp, DNTN, tập đoàn; người ghi là doanh nhân;",
  "   09: chức vụ lãnh đạo khác từ phó phòng trở lên: trưởng, phó phòng, khoa, ban, trạm, chi nhánh, công an; trạm trưởng, hiệu trưởng, viện trưởng, giám đốc, chủ tịch, bí thư, chánh văn phòng, chủ nhiệm, tổng biên tập, chỉ huy trưởng, đội trưởng, kế toán trưởng, thủ trưởng và cấp phó;",
  "   10: người trực tiếp công tác, lao động… — chức vụ ghi công nhân, nông dân, ngư dân, người lao động, xã viên, giáo viên, chuyên viên…, để trống, hoặc chỉ là tổ trưởng, tổ phó, trưởng ấp, trưởng thôn, trưởng khóm, trưởng nhóm, chi hội trưởng, bí thư chi đoàn, bí thư chi bộ, giáo viên chủ nhiệm (không giữ chức vụ lãnh đạo nêu trên).",
  "– Nữ: cá nhân có giới tính ghi là nữ.",
  "– Phương thức (11–17): theo cột «Phương thức khen thưởng» của danh sách; dòng không ghi lấy phương thức mặc định của kế hoạch; chữ không nhận ra không được đếm ở các dòng 11–17.",
];

/**
 * Titles are matched on lower-case text WITH its diacritics: folded, "giáo viên trường" reads as
 * "viện trưởng", "thủ trưởng" as "thứ trưởng", "số" as "sở". Both tone placements of "ủy" are accepted.
 */
function words(source: string, flags = ""): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, `u${flags}`);
}
const UY = "(?:ủy|uỷ)";
const COUNCIL = `(?:ubnd|${UY} ban nhân dân|hđnd|hội đồng nhân dân)`;

/** Titles below phó phòng: removed before looking for a leadership title. */
const GRASSROOTS = words(
  "phó tổ trưởng|tổ trưởng|tổ phó|trưởng ấp|phó ấp|trưởng thôn|phó thôn|trưởng khóm|phó khóm|trưởng khu phố|" +
    "trưởng nhóm|lớp trưởng|chi hội trưởng|chi hội phó|phó bí thư chi đoàn|bí thư chi đoàn|phó bí thư chi bộ|" +
    "bí thư chi bộ|chủ nhiệm lớp|giáo viên chủ nhiệm",
  "g",
);
const PROVINCE_LEADER = words(
  `bộ trưởng|thứ trưởng|(?:phó )?bí thư tỉnh ${UY}|(?:phó )?chủ tịch ${COUNCIL} tỉnh`,
);
const DEPARTMENT_LEADER = words(
  "(?:phó )?(?:giám đốc|chánh văn phòng|chánh thanh tra) sở|(?:phó )?(?:vụ trưởng|cục trưởng)|" +
    `(?:phó )?trưởng ban(?: \\p{L}+){1,3} tỉnh ${UY}|` +
    `(?:phó )?(?:chủ tịch|bí thư) (?:${COUNCIL} )?(?:huyện|thị xã|thành phố|quận)|(?:phó )?bí thư (?:huyện|thị|thành) ${UY}`,
);
const BUSINESS_TITLE = words(
  "(?:phó )?(?:tổng giám đốc|giám đốc|chủ tịch hội đồng quản trị|chủ tịch hđqt|chủ tịch hội đồng thành viên|" +
    "chủ tịch hđtv)|chủ doanh nghiệp",
);
const BUSINESS_PLACE = words("công ty|cty|doanh nghiệp|dntn|tập đoàn");
const BUSINESS_PERSON = words("doanh nhân|chủ doanh nghiệp");
const OTHER_LEADER = words(
  "(?:phó )?(?:trưởng (?:phòng|khoa|ban|trạm|bộ phận|chi nhánh|công an|đài|văn phòng)|hiệu trưởng|viện trưởng|" +
    "tổng giám đốc|giám đốc|chủ tịch|bí thư|chánh (?:văn phòng|án|thanh tra)|chủ nhiệm|tổng biên tập|" +
    "chi cục trưởng|cục trưởng|vụ trưởng|chỉ huy trưởng|đội trưởng|kế toán trưởng|thủ trưởng|trạm trưởng)|" +
    "chỉ huy phó|phó (?:phòng|trưởng)",
);
const ENTERPRISE_NAME =
  /^(?:công ty|cty|tổng công ty|chi nhánh công ty|doanh nghiệp|dntn|tập đoàn)(?![\p{L}\p{N}])/u;

function lower(s: string | undefined): string {
  return cleanText(s ?? "").toLowerCase();
}

/** Tập thể counted as a doanh nghiệp (row 03), by the start of its name. */
export function isEnterprise(name: string | undefined): boolean {
  return ENTERPRISE_NAME.test(lower(name));
}

/** The one row among 06–10 a cá nhân is counted in. */
export function personLevel(record: NominationRecord): PersonLevel {
  const chucVu = record.fields.chucVu ?? "";
  const donVi = record.fields.donVi ?? "";
  // "Chức vụ, đơn vị công tác" in one column fills both fields with the same text.
  const withUnit = donVi === "" || donVi === chucVu ? chucVu : `${chucVu} ${donVi}`;
  const title = lower(chucVu).replace(GRASSROOTS, " ");
  const context = lower(withUnit).replace(GRASSROOTS, " ");
  if (PROVINCE_LEADER.test(context)) return "06";
  if (DEPARTMENT_LEADER.test(context)) return "07";
  if (BUSINESS_PERSON.test(context) || (BUSINESS_TITLE.test(title) && BUSINESS_PLACE.test(context)))
    return "08";
  if (OTHER_LEADER.test(title)) return "09";
  return "10";
}

export type CategoryCounts = Record<CategoryCode, number>;

export function emptyCategoryCounts(): CategoryCounts {
  const counts = {} as CategoryCounts;
  for (const [code] of CATEGORY_ROWS) counts[code] = 0;
  return counts;
}

/** The row codes a record is counted in: 01, its đối tượng rows, women, its phương thức. */
export function recordCategories(
  r: NominationRecord,
  fallback: AwardMethod,
  levelOf: (r: NominationRecord) => PersonLevel = personLevel,
): CategoryCode[] {
  if (r.kind === null) return [];
  const codes: CategoryCode[] = ["01"];
  if (r.kind === "tap-the") {
    codes.push("02");
    if (isEnterprise(r.fields.ten)) codes.push("03");
  } else if (r.kind === "ho-gia-dinh") codes.push("04");
  else {
    codes.push("05", levelOf(r));
    if (r.fields.gioiTinh === "nu") codes.push("nu");
  }
  const method = methodOf(r, fallback);
  const row = METHOD_ROWS.find(([, m]) => m === method);
  if (row !== undefined) codes.push(row[0]);
  return codes;
}

/** A personLevel that classifies each distinct chức vụ and đơn vị once (they recur across lists). */
export function cachedPersonLevel(): (r: NominationRecord) => PersonLevel {
  const levels = new Map<string, PersonLevel>();
  return (r) => {
    const k = `${r.fields.chucVu ?? ""}\u0000${r.fields.donVi ?? ""}`;
    let level = levels.get(k);
    if (level === undefined) levels.set(k, (level = personLevel(r)));
    return level;
  };
}

/** Records of unknown kind are not counted (they carry an `unknown-kind` finding). */
export function categoryCounts(
  records: readonly NominationRecord[],
  fallback: AwardMethod = "thuong-xuyen",
): CategoryCounts {
  const c = emptyCategoryCounts();
  const levelOf = cachedPersonLevel();
  for (const r of records) for (const code of recordCategories(r, fallback, levelOf)) c[code]++;
  return c;
}
