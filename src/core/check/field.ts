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

function fieldKey(text: string): string {
  return foldKey(text).replace(PREFIX, "");
}

export class FieldMatcher {
  private readonly accepted = new Set<string>();
  private readonly candidates: { key: string; name: string }[] = [];
  /** Clerks repeat the same few spellings: each distinct text is judged once. */
  private readonly verdicts = new Map<string, { ok: boolean; suggestion: string | null }>();

  constructor(fields: readonly string[]) {
    for (const name of fields) {
      const key = fieldKey(name);
      this.accepted.add(key);
      this.candidates.push({ key, name });
      for (const part of name.split(",")) {
        const partKey = fieldKey(part);
        if (partKey !== "") this.accepted.add(partKey);
      }
    }
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
