/**
 * Records per lĩnh vực. A record belongs to the plan field its text names: the whole name after
 * folding, one comma-separated part of it ("Quốc phòng" for "Quốc phòng, an ninh": clerks shorten
 * the long names), or, failing both, the only field containing the text or contained in it.
 * Anything else — another field, a typo, a blank cell — is counted once under "Khác / chưa ghi".
 */
import { fieldKey, fieldKeys } from "../check/field";
import type { Plan } from "../plan/schema";
import type { NominationRecord } from "../types";

export const FIELD_REST_LABEL = "Khác / chưa ghi";
/** Shorter texts ("y", "an") would be contained in too many names to mean one. */
const MIN_PARTIAL = 4;

/** Index of the plan field a text names, or -1. */
export function fieldMatcher(fields: readonly string[]): (text: string | undefined) => number {
  const exact = fieldKeys(fields);
  const whole = fields.map(fieldKey);
  const match = (text: string): number => {
    const k = fieldKey(text);
    if (k === "") return -1;
    const hit = exact.get(k);
    if (hit !== undefined) return hit;
    if (k.length < MIN_PARTIAL) return -1;
    const partial = whole.flatMap((w, i) => (w.includes(k) || k.includes(w) ? [i] : []));
    return partial.length === 1 ? partial[0] : -1;
  };
  // A province's lists repeat the same few texts thousands of times: fold each one once.
  const seen = new Map<string, number>();
  return (text) => {
    const t = text ?? "";
    let i = seen.get(t);
    if (i === undefined) seen.set(t, (i = match(t)));
    return i;
  };
}

export interface FieldCount {
  label: string;
  count: number;
}

/**
 * With a field list: every plan field in plan order (0 included), then "Khác / chưa ghi". Without
 * one (plans 003, 004): each lĩnh vực as first written, in order of appearance, then "Chưa ghi".
 * Records of unknown kind are left out, as in every other count.
 */
export function fieldCounts(records: readonly NominationRecord[], plan: Plan): FieldCount[] {
  const counted = records.filter((r) => r.kind !== null);
  if (plan.fields.length > 0) {
    const match = fieldMatcher(plan.fields);
    const rows = plan.fields.map((label) => ({ label, count: 0 }));
    let rest = 0;
    for (const r of counted) {
      const i = match(r.fields.linhVuc);
      if (i < 0) rest++;
      else rows[i].count++;
    }
    return [...rows, { label: FIELD_REST_LABEL, count: rest }];
  }
  const byKey = new Map<string, FieldCount>();
  let blank = 0;
  for (const r of counted) {
    const text = r.fields.linhVuc ?? "";
    const k = fieldKey(text);
    if (k === "") {
      blank++;
      continue;
    }
    const row = byKey.get(k);
    if (row) row.count++;
    else byKey.set(k, { label: text.trim(), count: 1 });
  }
  return [...byKey.values(), { label: "Chưa ghi", count: blank }];
}
