import type { KindCounts, NominationRecord } from "../types";

/** Records per subject kind; records of unknown kind are not counted (they carry a finding). */
export function countKinds(records: readonly NominationRecord[]): KindCounts {
  const counts: KindCounts = { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 };
  for (const r of records) if (r.kind) counts[r.kind]++;
  return counts;
}
