/** Running the check stage in tests: built-in plans by id, findings in a compact form. */
import { runChecks } from "../../src/core/check";
import { getBuiltinPlan, type Plan } from "../../src/core/plan";
import type { CheckOptions, Finding, NominationList } from "../../src/core/types";

export function plan(id: string): Plan {
  const p = getBuiltinPlan(id);
  if (p === undefined) throw new Error(`no plan ${id}`);
  return p;
}

export const REPORT_DATE = "2025-11-01";

/** `uncached[i]`: cells of `lists[i]` holding formulas without a saved result. */
export function check(
  lists: NominationList[],
  planId: string,
  options: Partial<CheckOptions> = {},
  uncached: string[][] = [],
) {
  return runChecks(lists, plan(planId), { reportDate: REPORT_DATE, ...options }, uncached);
}

/** The list findings of one code, across lists. */
export function found(result: { listFindings: Finding[][] }, code: Finding["code"]): Finding[] {
  return result.listFindings.flat().filter((f) => f.code === code);
}

/** [code, severity, sheet, cell, row, field] of every list finding. */
export function where(result: { listFindings: Finding[][] }): unknown[][] {
  return result.listFindings.flat().map((f) => [f.code, f.severity, f.sheet, f.cell, f.row, f.field]);
}
