/** Quota lines as the pane shows them: "Cá nhân 2/3 — còn thiếu 1". */
import type { MediaQuotaStatus } from "../../core/media";
import { quotaBounds, quotaGap, quotaKinds, quotaVerdict } from "../../core/summary";
import type { QuotaStatus } from "../../core/types";

/** The target after the slash: "3" for "at least 3", else the bounds ("1–3", "≤ 3"). */
function target(q: QuotaStatus): string {
  return q.min !== null && q.max === null ? `${q.min}` : quotaBounds(q);
}

export function quotaLine(q: QuotaStatus): string {
  return `${quotaKinds(q)} ${q.actual}/${target(q)} — ${quotaGap(q) || quotaVerdict(q)}`;
}

/** "Báo An Giang · báo in: 1/2 bài — còn thiếu 1", under its month's heading. */
export function mediaQuotaLine(q: MediaQuotaStatus): string {
  const gap = q.actual < q.required ? `còn thiếu ${q.required - q.actual}` : "Đạt";
  return `${q.outletName} · ${q.mediaLabel}: ${q.actual}/${q.required} ${q.unit} — ${gap}`;
}
