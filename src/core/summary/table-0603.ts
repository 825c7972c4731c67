/**
 * Table 0603.N as Sở Nội vụ copies it: its rows (01–17, see ./categories) by its columns — Tổng
 * số, then the award forms: Bằng khen; Chiến sĩ thi đua cấp bộ, cấp tỉnh; Cờ thi đua; Huy hiệu
 * (kỷ niệm chương) — plus Giấy khen, the plan's other forms (004's Giấy công nhận) and what names
 * none. A form is read from the record's "Hình thức khen thưởng đề nghị"; a record proposing two
 * forms is counted in both columns and once in Tổng số.
 */
import { AwardMatcher, awardKey } from "../check/award-match";
import type { Plan } from "../plan/schema";
import type { NominationRecord } from "../types";
import { cachedPersonLevel, CATEGORY_ROWS, recordCategories, type CategoryCode } from "./categories";

export interface AwardColumn {
  id: string;
  label: string;
}

export interface Table0603Row {
  code: CategoryCode;
  label: string;
  total: number;
  /** Counts in `columns` order. */
  byColumn: number[];
}

export interface Table0603 {
  columns: AwardColumn[];
  rows: Table0603Row[];
}

/** The table's own columns and Giấy khen, each with the words (awardKey spelling) that name it. */
const FORM_COLUMNS: readonly (AwardColumn & { test: (key: string) => boolean })[] = [
  { id: "bang-khen", label: "Bằng khen", test: (k) => k.includes(" bk ") },
  {
    id: "chien-si-thi-dua",
    label: "Chiến sĩ thi đua cấp bộ, cấp tỉnh",
    test: (k) => /\b(chien si thi dua|cstd) (cap )?(tinh|bo)\b/.test(k),
  },
  { id: "co-thi-dua", label: "Cờ thi đua", test: (k) => k.includes(" co thi dua ") },
  {
    id: "huy-hieu",
    label: "Huy hiệu (kỷ niệm chương)",
    test: (k) => k.includes(" huy hieu ") || k.includes(" ky niem chuong ") || k.includes(" knc "),
  },
  { id: "giay-khen", label: "Giấy khen", test: (k) => k.includes(" gk ") },
];
export const OTHER_FORM_COLUMN: AwardColumn = { id: "khac", label: "Khác / chưa ghi hình thức" };

export const TABLE_0603_NOTES: readonly string[] = [
  "– Các cột hình thức theo cột «Hình thức khen thưởng đề nghị»; đối tượng đề nghị hai hình thức được đếm ở cả hai cột và một lần ở cột Tổng số.",
];

/** Columns for a plan: the table's, then the plan's forms none of them covers, then the rest. */
export function awardColumns(plan: Plan): AwardColumn[] {
  const own = plan.awardForms
    .filter((f) => ![f.name, ...f.synonyms].some((n) => FORM_COLUMNS.some((c) => c.test(awardKey(n)))))
    .map((f) => ({ id: f.id, label: f.name }));
  return [...FORM_COLUMNS.map(({ id, label }) => ({ id, label })), ...own, OTHER_FORM_COLUMN];
}

/** Indexes into `columns` of the forms a record proposes; the last column when it names none. */
function columnsOf(
  text: string | undefined,
  columns: readonly AwardColumn[],
  matcher: AwardMatcher,
): number[] {
  const hit = new Set<number>();
  if (text !== undefined && text.trim() !== "") {
    const key = awardKey(text);
    FORM_COLUMNS.forEach((c, i) => {
      if (c.test(key)) hit.add(i);
    });
    for (const form of matcher.formsIn(text)) {
      const i = columns.findIndex((c) => c.id === form.id);
      if (i >= 0) hit.add(i);
    }
  }
  if (hit.size === 0) hit.add(columns.length - 1);
  return [...hit];
}

export function table0603(records: readonly NominationRecord[], plan: Plan): Table0603 {
  const columns = awardColumns(plan);
  const rows: Table0603Row[] = CATEGORY_ROWS.map(([code, label]) => ({
    code,
    label,
    total: 0,
    byColumn: columns.map(() => 0),
  }));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const matcher = new AwardMatcher(plan);
  const levelOf = cachedPersonLevel();
  const seen = new Map<string, number[]>();
  for (const r of records) {
    const codes = recordCategories(r, plan.defaultMethod, levelOf);
    if (codes.length === 0) continue;
    const form = r.fields.hinhThuc ?? "";
    let cols = seen.get(form);
    if (cols === undefined) seen.set(form, (cols = columnsOf(form, columns, matcher)));
    for (const code of codes) {
      const row = byCode.get(code)!;
      row.total++;
      for (const c of cols) row.byColumn[c]++;
    }
  }
  return { columns, rows };
}
