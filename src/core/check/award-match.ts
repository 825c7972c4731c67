/**
 * Which award forms and exemplar levels a clerk's text names. Clerks abbreviate ("BK UBND tỉnh",
 * "GK") and pad ("Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh An Giang"), so both
 * the plan's names and the text are reduced to one canonical spelling, then a name counts when
 * its words appear in a row inside the text.
 */
import { foldKey } from "../read/text";
import type { AwardForm, Plan } from "../plan/schema";

/** Long spellings → the short ones clerks use; applied to whole words, longest first. */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\buy ban nhan dan\b/g, "ubnd"],
  [/\bdien hinh tien tien\b/g, "dhtt"],
  [/\bbang khen\b/g, "bk"],
  [/\bgiay khen\b/g, "gk"],
  [/\bgiay cong nhan\b/g, "gcn"],
  [/\bchu tich\b/g, "ct"],
];
/** Words that change nothing: "của", "tặng", "đề nghị". */
const FILLER = /\b(cua|tang|de nghi)\b/g;

/** " bk ct ubnd tinh " — padded with spaces so a whole-word test is one `includes`. */
export function awardKey(text: string): string {
  let s = foldKey(text);
  for (const [re, short] of ABBREVIATIONS) s = s.replace(re, short);
  s = s.replace(FILLER, " ").replace(/ +/g, " ").trim();
  return ` ${s} `;
}

interface Named<T> {
  item: T;
  keys: string[];
}

function named<T extends { name: string; synonyms: string[] }>(items: readonly T[]): Named<T>[] {
  return items.map((item) => ({
    item,
    keys: [...new Set([item.name, ...item.synonyms].map(awardKey).filter((k) => k.trim() !== ""))],
  }));
}

function mentioned<T>(key: string, list: readonly Named<T>[]): T[] {
  const found: T[] = [];
  for (const { item, keys } of list) if (keys.some((k) => key.includes(k))) found.push(item);
  return found;
}

export type ExemplarLevel = Plan["exemplarLevels"][number];

export class AwardMatcher {
  private readonly forms: Named<AwardForm>[];
  private readonly levels: Named<ExemplarLevel>[];
  /** The same few spellings come back on every row: each distinct text is matched once. */
  private readonly formCache = new Map<string, AwardForm[]>();
  private readonly levelCache = new Map<string, ExemplarLevel | null>();

  constructor(plan: Plan) {
    this.forms = named(plan.awardForms);
    this.levels = named(plan.exemplarLevels);
  }

  /** Every form the text names (a cấp tỉnh exemplar may get a Giấy công nhận and a Bằng khen). */
  formsIn(text: string): AwardForm[] {
    let hit = this.formCache.get(text);
    if (hit === undefined) {
      hit = mentioned(awardKey(text), this.forms);
      this.formCache.set(text, hit);
    }
    return hit;
  }

  /** The one exemplar level the text names; null when it names none or several. */
  levelIn(text: string): ExemplarLevel | null {
    let hit = this.levelCache.get(text);
    if (hit === undefined) {
      const levels = mentioned(awardKey(text), this.levels);
      hit = levels.length === 1 ? levels[0] : null;
      this.levelCache.set(text, hit);
    }
    return hit;
  }
}
