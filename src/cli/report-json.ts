/** The JSON report of DESIGN.md ("Contracts") that `--json` prints, and the exit code of a run. */
import type { CheckedDocument } from "../core/document";
import { documentFindings } from "../core/findings";
import type { Plan } from "../core/plan";
import { countKinds } from "../core/tally";
import type { FileReport } from "../core/types";

/** One nomination file: its lists with records (row, kind, canonical fields), findings and quota lines. */
export function fileReportJson(report: FileReport): unknown {
  return {
    file: report.file,
    error: report.error,
    sheets: report.sheets.map((s) => ({ name: s.name, role: s.role, reason: s.reason })),
    lists: report.lists.map((l) => ({
      sheet: l.sheet,
      headerRows: l.headerRows,
      columns: l.columns,
      encoding: l.encoding,
      profile: l.profile ?? null,
      counts: countKinds(l.records),
      kindSource: l.kindSource ?? null,
      records: l.records.map((r) => ({
        row: r.row,
        kind: r.kind,
        kindSource: r.kindSource,
        fields: r.fields,
      })),
      findings: l.findings,
    })),
    findings: report.findings,
    quota: report.quota.map((q) => ({ kind: q.kind, min: q.min, max: q.max, actual: q.actual, met: q.met })),
  };
}

/** A media log's report is printed as it is: its shape is documented in docs/nhat-ky-tin-bai.md. */
export function checkReportJson(plan: Plan, docs: readonly CheckedDocument[]): unknown {
  return {
    plan: plan.id,
    files: docs.map((d) => (d.listType === "media" ? d.report : fileReportJson(d.report))),
  };
}

/** 2 when a file could not be read, else 1 when any finding is an error, else 0. */
export function exitCode(docs: readonly CheckedDocument[]): number {
  if (docs.some((d) => d.report.error !== null)) return 2;
  return docs.some((d) => documentFindings(d).some((f) => f.severity === "error")) ? 1 : 0;
}

/** Nomination reports (the province tally's) as checked documents. */
export function nominationDocuments(reports: readonly FileReport[]): CheckedDocument[] {
  return reports.map((report) => ({ listType: "nomination", report }));
}
