/** A quota as a bar: how far the count went against what the plan asks, for the pane and the chart. */
import type { QuotaStatus } from "../types";
import { quotaKinds } from "./quota-text";

export interface QuotaBar {
  /** "Cá nhân", "Tập thể + Cá nhân + Hộ gia đình". */
  label: string;
  actual: number;
  /** The number to reach (the minimum), or not to pass when the plan sets only a maximum. */
  target: number;
  /** How many are missing below the minimum, else 0. */
  short: number;
  /** How many are over the maximum, else 0. */
  over: number;
  met: boolean;
}

export function quotaBar(q: QuotaStatus): QuotaBar {
  const target = q.min ?? q.max ?? 0;
  return {
    label: quotaKinds(q),
    actual: q.actual,
    target,
    short: q.min !== null && q.actual < q.min ? q.min - q.actual : 0,
    over: q.max !== null && q.actual > q.max ? q.actual - q.max : 0,
    met: q.met,
  };
}
