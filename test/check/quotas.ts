/** Quota statuses as the checks report them, for tests to state what they expect. */
import type { QuotaStatus } from "../../src/core/types";

/** A combined quota: tập thể, cá nhân and hộ gia đình counted together (An Giang). */
export function allKindsQuota(status: Pick<QuotaStatus, "min" | "max" | "actual" | "met">): QuotaStatus {
  return { kind: "tap-the+ca-nhan+ho-gia-dinh", kinds: ["tap-the", "ca-nhan", "ho-gia-dinh"], ...status };
}
