/** A quota's status in words for the summary: "≥ 2", "1–3"; "Đạt" / "Chưa đạt"; "còn thiếu 1" / "vượt 1". */
import { KIND_LABELS } from "../labels";
import type { QuotaStatus } from "../types";

export const MET = "Đạt";
export const NOT_MET = "Chưa đạt";

/** "Tập thể + Cá nhân + Hộ gia đình": the kinds a quota counts together. */
export function quotaKinds(q: QuotaStatus): string {
  return q.kinds.map((k) => KIND_LABELS[k]).join(" + ");
}

export function quotaBounds(q: QuotaStatus): string {
  if (q.min !== null && q.max !== null) return q.min === q.max ? `${q.min}` : `${q.min}–${q.max}`;
  return q.min !== null ? `≥ ${q.min}` : `≤ ${q.max}`;
}

export function quotaVerdict(q: QuotaStatus): string {
  return q.met ? MET : NOT_MET;
}

/** What is missing or over, or "" when the quota is met. */
export function quotaGap(q: QuotaStatus): string {
  if (q.min !== null && q.actual < q.min) return `còn thiếu ${q.min - q.actual}`;
  if (q.max !== null && q.actual > q.max) return `vượt ${q.actual - q.max}`;
  return "";
}

/** "Đạt", "Chưa đạt (còn thiếu 2)", "Chưa đạt (vượt 1)". */
export function quotaOutcome(q: QuotaStatus): string {
  const gap = quotaGap(q);
  return gap ? `${quotaVerdict(q)} (${gap})` : quotaVerdict(q);
}
