/**
 * Kỳ báo cáo: which period a report covers. The clerk chooses it (pane, `--ky-bao-cao`); the
 * summary's heading, the tally and the deadline that applies follow it. Without a choice: the
 * campaign for a campaign plan (003), else the year of the report date inside the plan's period.
 */
import type { ReportPeriod, ReportPeriodKind } from "../types";
import type { Plan } from "./schema";

export interface ResolvedPeriod extends ReportPeriod {
  /** "6-thang-2025", "nam-2025", "giai-doan", "dot". */
  id: string;
  /** "6 tháng đầu năm 2025", "Năm 2025", "Cả giai đoạn 2022 – 2025", the campaign's label. */
  label: string;
  /** ISO first and last day covered. */
  from: string;
  to: string;
}

function yearsOf(plan: Plan): { first: number; last: number } {
  return { first: Number(plan.period.from.slice(0, 4)), last: Number(plan.period.to.slice(0, 4)) };
}

function resolved(plan: Plan, kind: ReportPeriodKind, year: number): ResolvedPeriod {
  const { first, last } = yearsOf(plan);
  switch (kind) {
    case "6-thang":
      return {
        kind,
        year,
        id: `6-thang-${year}`,
        label: `6 tháng đầu năm ${year}`,
        from: `${year}-01-01`,
        to: `${year}-06-30`,
      };
    case "nam":
      return {
        kind,
        year,
        id: `nam-${year}`,
        label: `Năm ${year}`,
        from: `${year}-01-01`,
        to: `${year}-12-31`,
      };
    case "giai-doan":
      return {
        kind,
        id: "giai-doan",
        label: first === last ? `Năm ${first}` : `Cả giai đoạn ${first} – ${last}`,
        from: plan.period.from,
        to: plan.period.to,
      };
    case "dot":
      return { kind, id: "dot", label: plan.period.label, from: plan.period.from, to: plan.period.to };
  }
}

/** The periods a clerk may choose for a plan, in the order the pane lists them. */
export function reportPeriods(plan: Plan): ResolvedPeriod[] {
  if (plan.campaign) return [resolved(plan, "dot", yearsOf(plan).last)];
  const { first, last } = yearsOf(plan);
  const out: ResolvedPeriod[] = [];
  for (let y = first; y <= last; y++) out.push(resolved(plan, "6-thang", y), resolved(plan, "nam", y));
  if (last > first) out.push(resolved(plan, "giai-doan", last));
  return out;
}

/** The period a report covers: the clerk's choice, else the plan's default for the report date. */
export function resolvePeriod(
  plan: Plan,
  period: ReportPeriod | undefined,
  reportDate: string,
): ResolvedPeriod {
  const { first, last } = yearsOf(plan);
  const clamp = (y: number): number => Math.min(Math.max(y, first), last);
  if (period !== undefined) {
    // A period of another plan (the pane keeps the choice when the plan changes) falls back to the default.
    const chosen = resolved(plan, period.kind, clamp(period.year ?? last));
    if (reportPeriods(plan).some((p) => p.id === chosen.id)) return chosen;
  }
  if (plan.campaign) return resolved(plan, "dot", last);
  const y = Number(reportDate.slice(0, 4));
  return resolved(plan, "nam", clamp(Number.isFinite(y) ? y : last));
}

/** The period named by an id ("nam-2025", "6-thang-2025", "giai-doan", "dot"), or null. */
export function periodById(plan: Plan, id: string): ReportPeriod | null {
  const hit = reportPeriods(plan).find((p) => p.id === id.trim().toLowerCase());
  return hit === undefined
    ? null
    : hit.year === undefined
      ? { kind: hit.kind }
      : { kind: hit.kind, year: hit.year };
}
