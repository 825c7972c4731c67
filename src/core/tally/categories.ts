/** Table 0603.N rows counted over records (temporary until src/core/summary exports its own). */
import type { NominationRecord } from "../types";

export function categoryCounts(records: readonly NominationRecord[]): Record<string, number> {
  const c: Record<string, number> = {
    "01": 0,
    "02": 0,
    "03": 0,
    "04": 0,
    "05": 0,
    "06": 0,
    "07": 0,
    "08": 0,
    "09": 0,
    "10": 0,
    nu: 0,
  };
  for (const r of records) {
    if (!r.kind) continue;
    c["01"]++;
    if (r.kind === "tap-the") c["02"]++;
    else if (r.kind === "ho-gia-dinh") c["04"]++;
    else {
      c["05"]++;
      c["10"]++;
      if (r.fields.gioiTinh === "nu") c.nu++;
    }
  }
  return c;
}
