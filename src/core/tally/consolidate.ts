/**
 * The province clerk's tally: many unit workbooks (already checked) against the registry of
 * units — who has sent a list, each unit against its quota, totals by kind, lĩnh vực and 0603.N
 * category, the province-wide target, and the same subject put forward by two units.
 */
import { lateSubmission } from "../check/deadline";
import { checkQuotas, quotaStatus } from "../check/quota";
import type { Plan } from "../plan/schema";
import { reportFindings } from "../report-findings";
import { foldKey } from "../read";
import { categoryCounts, fieldCounts, type CategoryCounts } from "../summary";
import type { FileReport, Finding, KindCounts, NominationRecord, QuotaStatus, UnitKind } from "../types";
import { SUBJECT_KINDS } from "../types";
import {
  findCrossUnitDuplicates,
  type CrossUnitDuplicate,
  type FileFinding,
  type TalliedRecord,
} from "./duplicates";
import { matchUnit } from "./match";
import type { RegistryUnit } from "./registry";

export type SubmissionStatus = "da-nop" | "chua-nop" | "loi-tep";

export interface UnitTally {
  unit: string;
  /** The registry's kind; null when there is no registry (the file's own quota is kept then). */
  kind: UnitKind | null;
  group: string | null;
  /** The unit's (first) file, null when it sent nothing. */
  file: string | null;
  /** Every file counted for the unit (a unit may send tập thể and cá nhân separately). */
  files: string[];
  status: SubmissionStatus;
  late: boolean;
  counts: KindCounts;
  quota: QuotaStatus[];
  /** Findings of the unit's files by severity, quota findings left out (see `quota`). */
  errors: number;
  warnings: number;
}

export interface ConsolidationTotals {
  /** Readable files counted. */
  files: number;
  byKind: KindCounts;
  /** Records per lĩnh vực, as the unit's summary counts them (section B): label → count, in order. */
  byField: Record<string, number>;
  /** Table 0603.N: codes "01".."10", plus "nu" (women among cá nhân). */
  categories: CategoryCounts;
}

export interface Consolidation {
  reportDate: string;
  units: UnitTally[];
  /** Files no registry unit could be matched to (counted in the totals under their file name). */
  unmatchedFiles: string[];
  /** Registry units that sent nothing. */
  missingUnits: string[];
  totals: ConsolidationTotals;
  /** The plan's province-wide quota (`unitKind: "tinh"`) against the totals, or null. */
  provinceTarget: QuotaStatus | null;
  duplicates: CrossUnitDuplicate[];
  /** `duplicate-across-units` warnings, one per record involved, with the file it belongs to. */
  findings: FileFinding[];
}

export interface ConsolidateInput {
  reports: FileReport[];
  /** Title-block lines of each report's first sheet (see `headerTextsOf`), same order as `reports`. */
  headerTexts: string[][];
  registry: RegistryUnit[] | null;
  plan: Plan;
  /** ISO date of the consolidation. */
  reportDate: string;
  /** The clerk's own assignment of a file to a registry unit (by name), overriding the match. */
  choices?: Record<string, string>;
}

const QUOTA_CODES: ReadonlySet<Finding["code"]> = new Set(["quota-below-min", "quota-above-max"]);

const zero = (): KindCounts => ({ "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 });

function addCounts(into: KindCounts, from: KindCounts): void {
  for (const k of SUBJECT_KINDS) into[k] += from[k];
}

function fileStem(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[a-z0-9]+$/i, "");
}

interface Assignment {
  unit: RegistryUnit | null;
  report: FileReport;
}

function assign(input: ConsolidateInput): Assignment[] {
  const { reports, headerTexts, registry, choices } = input;
  const byName = new Map((registry ?? []).map((u) => [foldKey(u.name), u]));
  return reports.map((report, i) => {
    if (registry === null) return { unit: null, report };
    const chosen = choices?.[report.file];
    if (chosen !== undefined) return { unit: byName.get(foldKey(chosen)) ?? null, report };
    return { unit: matchUnit(report.file, headerTexts[i] ?? [], registry), report };
  });
}

function quotasOf(plan: Plan, unitKind: UnitKind, counts: KindCounts): QuotaStatus[] {
  return plan.quotas.filter((q) => q.unitKind === unitKind).map((q) => quotaStatus(q, counts));
}

function tallyUnit(
  name: string,
  unit: RegistryUnit | null,
  reports: FileReport[],
  input: ConsolidateInput,
): UnitTally {
  const { plan, reportDate } = input;
  const readable = reports.filter((r) => r.error === null);
  const counts = zero();
  readable.forEach((r) => addCounts(counts, r.counts));
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    if (r.error !== null) errors++;
    for (const f of reportFindings(r)) {
      if (QUOTA_CODES.has(f.code)) continue;
      if (f.severity === "error") errors++;
      else if (f.severity === "warning") warnings++;
    }
  }
  const status: SubmissionStatus =
    reports.length === 0 ? "chua-nop" : readable.length > 0 ? "da-nop" : "loi-tep";
  return {
    unit: name,
    kind: unit?.kind ?? null,
    group: unit?.group ?? null,
    file: reports[0]?.file ?? null,
    files: reports.map((r) => r.file),
    status,
    // A list sent after the deadline, or none sent by a tally made after it.
    late:
      status === "chua-nop"
        ? lateSubmission(plan, { reportDate }).length > 0
        : reports.some((r) => r.findings.some((f) => f.code === "late-submission")),
    counts,
    // With a registry the unit's own kind decides; without one, the quota the file was checked with stays.
    quota: unit ? quotasOf(plan, unit.kind, counts) : reports.flatMap((r) => r.quota),
    errors,
    warnings,
  };
}

/** Consolidates checked unit workbooks; pure, the reports are not modified. */
export function consolidate(input: ConsolidateInput): Consolidation {
  const { plan, registry } = input;
  const assignments = assign(input);
  const units: UnitTally[] = [];
  const unmatchedFiles: string[] = [];
  const unitOf = new Map<FileReport, string>();

  if (registry !== null) {
    const filesOf = new Map<RegistryUnit, FileReport[]>(registry.map((u) => [u, []]));
    for (const a of assignments) {
      if (a.unit) filesOf.get(a.unit)!.push(a.report);
      else unmatchedFiles.push(a.report.file);
      unitOf.set(a.report, a.unit?.name ?? fileStem(a.report.file));
    }
    for (const u of registry) units.push(tallyUnit(u.name, u, filesOf.get(u)!, input));
  } else {
    for (const a of assignments) {
      unitOf.set(a.report, fileStem(a.report.file));
      units.push(tallyUnit(fileStem(a.report.file), null, [a.report], input));
    }
  }

  const readable = assignments.map((a) => a.report).filter((r) => r.error === null);
  const byKind = zero();
  readable.forEach((r) => addCounts(byKind, r.counts));

  const records: TalliedRecord[] = [];
  const all: NominationRecord[] = [];
  for (const r of readable)
    for (const list of r.lists)
      for (const record of list.records) {
        records.push({ unit: unitOf.get(r)!, file: r.file, sheet: list.sheet, record });
        all.push(record);
      }
  const byField: Record<string, number> = {};
  for (const f of fieldCounts(all, plan)) byField[f.label] = f.count;

  const { duplicates, findings } = findCrossUnitDuplicates(records);
  const target = plan.quotas.find((q) => q.unitKind === "tinh");
  return {
    reportDate: input.reportDate,
    units,
    unmatchedFiles,
    missingUnits: units.filter((u) => u.status === "chua-nop").map((u) => u.unit),
    totals: { files: readable.length, byKind, byField, categories: categoryCounts(all) },
    provinceTarget: target ? quotaStatus(target, byKind) : null,
    duplicates,
    findings,
  };
}

/**
 * The reports as the tally sees them (copies; the input is not modified): each matched file's
 * quota and quota findings recomputed for its registry unit's kind, and each cross-unit duplicate
 * attached to the list holding the record.
 */
export function annotateReports(reports: readonly FileReport[], c: Consolidation, plan: Plan): FileReport[] {
  const kindOf = new Map<string, UnitKind>();
  for (const u of c.units) if (u.kind !== null) for (const f of u.files) kindOf.set(f, u.kind);
  return reports.map((r) => {
    if (r.error !== null) return r;
    const extra = c.findings.filter((f) => f.file === r.file).map((f) => f.finding);
    const lists = r.lists.map((l) => {
      const mine = extra.filter((f) => f.sheet === l.sheet && l.records.some((rec) => rec.row === f.row));
      return mine.length === 0 ? l : { ...l, findings: [...l.findings, ...mine] };
    });
    const unitKind = kindOf.get(r.file);
    if (unitKind === undefined) return { ...r, lists };
    const { quota, findings } = checkQuotas(r.lists, plan, { unitKind, reportDate: c.reportDate });
    return {
      ...r,
      lists,
      quota,
      findings: [...findings, ...r.findings.filter((f) => !QUOTA_CODES.has(f.code))],
    };
  });
}
