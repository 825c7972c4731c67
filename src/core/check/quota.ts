/**
 * Quotas: how many subjects the reporting unit puts forward against what the plan asks of its kind
 * of unit. Records of unknown kind do not count; without a unit kind there is nothing to compare.
 */
import { kindsLabel, UNIT_KIND_LABELS } from "../labels";
import type { Plan, Quota } from "../plan/schema";
import { countKinds } from "../tally/counts";
import {
  SUBJECT_KINDS,
  type CheckOptions,
  type Finding,
  type NominationList,
  type QuotaStatus,
  type SubjectKind,
} from "../types";

export function quotaStatus(q: Quota, counts: Readonly<Record<SubjectKind, number>>): QuotaStatus {
  let actual = 0;
  for (const k of q.kinds) actual += counts[k];
  const min = q.min ?? null;
  const max = q.max ?? null;
  return {
    kind: q.kinds.join("+"),
    kinds: [...q.kinds],
    min,
    max,
    actual,
    met: (min === null || actual >= min) && (max === null || actual <= max),
  };
}

/** "điển hình (tập thể, cá nhân hoặc hộ gia đình)" for a combined quota, else the kind itself. */
function whatToAdd(kinds: readonly SubjectKind[]): string {
  if (kinds.length === 1) return kindsLabel(kinds).toLowerCase();
  return `điển hình (${kindsLabel(kinds).toLowerCase()})`;
}

function quotaFinding(q: Quota, s: QuotaStatus, unitLabel: string): Finding | null {
  const label = kindsLabel(q.kinds);
  const why = `kế hoạch: ${q.note ?? `chỉ tiêu của ${unitLabel.toLowerCase()}`}`;
  const base = { sheet: null, cell: null, row: null, field: null } as const;
  if (s.min !== null && s.actual < s.min) {
    const gap = s.min - s.actual;
    return {
      ...base,
      code: "quota-below-min",
      severity: "error",
      message:
        `Chưa đủ chỉ tiêu — ${label}: ${s.actual}/${s.min} — còn thiếu ${gap} (${why}). ` +
        `Hãy giới thiệu thêm ${gap} ${whatToAdd(q.kinds)}.`,
    };
  }
  if (s.max !== null && s.actual > s.max) {
    const over = s.actual - s.max;
    return {
      ...base,
      code: "quota-above-max",
      severity: "warning",
      message:
        `Vượt chỉ tiêu tối đa — ${label}: ${s.actual}/${s.max} — vượt ${over} (${why}). ` +
        `Hãy bớt ${over} ${whatToAdd(q.kinds)}, giữ lại những trường hợp tiêu biểu nhất.`,
    };
  }
  return null;
}

export function checkQuotas(
  lists: readonly NominationList[],
  plan: Plan,
  options: CheckOptions,
): { quota: QuotaStatus[]; findings: Finding[] } {
  const unitKind = options.unitKind;
  if (unitKind === undefined) return { quota: [], findings: [] };
  const quotas = plan.quotas.filter((q) => q.unitKind === unitKind);
  if (quotas.length === 0) return { quota: [], findings: [] };
  const counts: Record<SubjectKind, number> = { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 };
  for (const list of lists) {
    const c = countKinds(list.records);
    for (const k of SUBJECT_KINDS) counts[k] += c[k];
  }
  const quota: QuotaStatus[] = [];
  const findings: Finding[] = [];
  for (const q of quotas) {
    const s = quotaStatus(q, counts);
    quota.push(s);
    const f = quotaFinding(q, s, UNIT_KIND_LABELS[unitKind]);
    if (f !== null) findings.push(f);
  }
  return { quota, findings };
}
