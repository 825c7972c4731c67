/**
 * Everything the summary shows, computed once from a file report: the sheet and the template
 * values are two views of the same numbers.
 */
import type { Plan } from "../plan/schema";
import { reportFindings } from "../report-findings";
import type { CheckOptions, FileReport, Finding, FindingCode, NominationRecord, Severity } from "../types";
import { SUBJECT_KINDS } from "../types";
import { categoryCounts, type CategoryCounts } from "./categories";
import { fieldCounts, type FieldCount } from "./fields";
import { SEVERITIES } from "./finding-labels";
import { table0603, type Table0603 } from "./table-0603";

export interface SummaryInput {
  report: FileReport;
  plan: Plan;
  options: CheckOptions;
  /** ISO date (yyyy-mm-dd) the summary is made on. */
  madeOn: string;
}

export interface CodeCount {
  code: FindingCode;
  severity: Severity;
  count: number;
}

export interface SummaryData {
  records: NominationRecord[];
  total: number;
  categories: CategoryCounts;
  /** Table 0603.N by award form. */
  table: Table0603;
  fields: FieldCount[];
  findings: Finding[];
  bySeverity: Record<Severity, number>;
  /** Most severe first, then the most frequent, then by code (a stable order). */
  byCode: CodeCount[];
}

export function summaryData(input: SummaryInput): SummaryData {
  const { report, plan } = input;
  const records = report.lists.flatMap((l) => l.records);
  const findings = reportFindings(report);
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const codes = new Map<string, CodeCount>();
  for (const f of findings) {
    bySeverity[f.severity]++;
    const k = `${f.severity} ${f.code}`;
    const c = codes.get(k);
    if (c) c.count++;
    else codes.set(k, { code: f.code, severity: f.severity, count: 1 });
  }
  const rank = (s: Severity): number => SEVERITIES.indexOf(s);
  const byCode = [...codes.values()].sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      b.count - a.count ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return {
    records,
    total: SUBJECT_KINDS.reduce((n, k) => n + report.counts[k], 0),
    categories: categoryCounts(records, plan.defaultMethod),
    table: table0603(records, plan),
    fields: fieldCounts(records, plan),
    findings,
    bySeverity,
    byCode,
  };
}
