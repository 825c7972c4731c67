/**
 * unknown-field: a lĩnh vực not among the plan's fields. Matching is on folded words, and one part
 * of a field counts ("Quốc phòng" for "Quốc phòng, an ninh"): clerks shorten the long names.
 */
import { foldKey } from "../read/text";
import type { Plan } from "../plan/schema";
import { isBlank, recordFinding, who, type RecordRule } from "./context";
import { similarity } from "./similarity";

const PREFIX = /^(trong )?(linh vuc|nganh) /;
/** Below this, a suggestion would be a guess: better to say nothing. */
const MIN_SIMILARITY = 0.5;

/** A lĩnh vực as compared: folded, without a leading "Lĩnh vực" / "Ngành". */
export function fieldKey(text: string): string {
  return foldKey(text).replace(PREFIX, "");
}

/**
 * The keys that name each field (by index): its whole name, and each comma-separated part of it;
 * a part shared by two fields names the first.
 */
export function fieldKeys(fields: readonly string[]): Map<string, number> {
  const keys = new Map<string, number>();
  fields.forEach((name, i) => keys.set(fieldKey(name), i));
  fields.forEach((name, i) =>
    name.split(",").forEach((part) => {
      const k = fieldKey(part);
      if (k !== "" && !keys.has(k)) keys.set(k, i);
    }),
  );
  return keys;
}

export class FieldMatcher {
  private readonly accepted: ReadonlyMap<string, number>;
  private readonly candidates: { key: string; name: string }[];
  /** Clerks repeat the same few spellings: each distinct text is judged once. */
  private readonly verdicts = new Map<string, { ok: boolean; suggestion: string | null }>();

  constructor(fields: readonly string[]) {
    this.accepted = fieldKeys(fields);
    this.candidates = fields.map((name) => ({ key: fieldKey(name), name }));
  }

  judge(text: string): { ok: boolean; suggestion: string | null } {
    let verdict = this.verdicts.get(text);
    if (verdict === undefined) {
      const key = fieldKey(text);
      if (this.accepted.has(key)) verdict = { ok: true, suggestion: null };
      else {
        let best: string | null = null;
        let bestScore = MIN_SIMILARITY;
        for (const c of this.candidates) {
          const score = similarity(key, c.key);
          if (score >= bestScore) {
            best = c.name;
            bestScore = score;
          }
        }
        verdict = { ok: false, suggestion: best };
      }
      this.verdicts.set(text, verdict);
    }
    return verdict;
  }
}

export function fieldRule(plan: Plan, matcher: FieldMatcher): RecordRule | null {
  if (plan.fields.length === 0) return null;
  const count = plan.fields.length;
  return (record, scope, out) => {
    const v = record.fields.linhVuc;
    if (v === undefined || isBlank(v)) return;
    const { ok, suggestion } = matcher.judge(v);
    if (ok) return;
    const hint =
      suggestion !== null
        ? `Có phải ý anh/chị là «${suggestion}»?`
        : `Hãy ghi đúng tên một trong ${count} lĩnh vực của kế hoạch.`;
    out.push(
      recordFinding(
        "unknown-field",
        "warning",
        scope,
        record,
        "linhVuc",
        `Lĩnh vực «${v}» của ${who(record)} không có trong danh mục lĩnh vực của kế hoạch. ${hint}`,
      ),
    );
  };
}
