/** The JSON report of DESIGN.md ("Contracts"): what `--json` prints. */
import type { Plan } from "../core/plan";
import { SUBJECT_KINDS, type FileReport, type KindCounts, type NominationList } from "../core/types";

function listCounts(list: NominationList): KindCounts {
  const counts = { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 };
  for (const r of list.records) if (r.kind !== null) counts[r.kind]++;
  return counts;
}

/** One file: its lists with records (row, kind, canonical fields), findings and quota lines. */
export function fileReportJson(report: FileReport): unknown {
  return {
    file: report.file,
    error: report.error,
    lists: report.lists.map((l) => ({
      sheet: l.sheet,
      headerRows: l.headerRows,
      columns: l.columns,
      encoding: l.encoding,
      counts: listCounts(l),
      records: l.records.map((r) => ({ row: r.row, kind: r.kind, fields: r.fields })),
      findings: l.findings,
    })),
    findings: report.findings,
    quota: report.quota.map((q) => ({ kind: q.kind, min: q.min, max: q.max, actual: q.actual, met: q.met })),
  };
}

export function checkReportJson(plan: Plan, reports: readonly FileReport[]): unknown {
  return { plan: plan.id, files: reports.map(fileReportJson) };
}

/** Counts in SUBJECT_KINDS order, for the table. */
export function kindCountsOf(list: NominationList): number[] {
  const counts = listCounts(list);
  return SUBJECT_KINDS.map((k) => counts[k]);
}
