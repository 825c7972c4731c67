/**
 * The province clerk's tally: many unit workbooks (already checked) against the registry of
 * units — who has sent a list, each unit against its quota, totals by kind, lĩnh vực and 0603.N
 * category, the province-wide target, and the same subject put forward by two units.
 */
import { isLate } from "../check/dates";
import { lateSubmission } from "../check/deadline";
import { notLaunchedFindings } from "../check";
import { checkQuotas, quotaStatus } from "../check/quota";
import { resolvePeriod } from "../plan/period";
import type { Plan } from "../plan/schema";
import { reportFindings } from "../report-findings";
import { foldKey } from "../read";
import { categoryCounts, fieldCounts, table0603, type CategoryCounts, type Table0603 } from "../summary";
import type {
  FileReport,
  Finding,
  KindCounts,
  NominationRecord,
  QuotaStatus,
  ReportPeriod,
  SubjectKind,
  UnitKind,
} from "../types";
import { SUBJECT_KINDS } from "../types";
import {
  findCrossUnitDuplicates,
  type CrossUnitDuplicate,
  type FileFinding,
  type TalliedRecord,
} from "./duplicates";
import { matchUnit } from "./match";
import { roleAndUnit } from "../summary/section-list";
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
  /**
   * Plan 003: the date the unit sent its plan (registry), null when it sent none, undefined when
   * the registry does not say; `launched` follows from it (null: not known).
   */
  planSent?: string | null;
  launched: boolean | null;
  /** The plan was sent on or after its deadline ("trước ngày 25 tháng 02 năm 2025"). */
  planLate: boolean;
}

/** One record of one unit, as Sở Nội vụ chooses from them. */
export interface Nominee {
  unit: string;
  group: string | null;
  kind: SubjectKind;
  name: string;
  /** ISO date or year, "" when none. */
  birth: string;
  /** Chức vụ, đơn vị công tác (or hộ khẩu). */
  role: string;
  field: string;
  award: string;
  file: string;
  sheet: string;
  row: number;
  /** Also put forward by another unit. */
  duplicate: boolean;
}

/** A khối/cụm thi đua's units and what they sent. */
export interface GroupTally {
  group: string;
  units: number;
  submitted: number;
  counts: KindCounts;
}

export interface ConsolidationTotals {
  /** Readable files counted. */
  files: number;
  byKind: KindCounts;
  /** Records per lĩnh vực, as the unit's summary counts them (section B): label → count, in order. */
  byField: Record<string, number>;
  /** Table 0603.N: codes "01".."17", plus "nu" (women among cá nhân). */
  categories: CategoryCounts;
  /** Table 0603.N by award form. */
  table0603: Table0603;
}

export interface Consolidation {
  reportDate: string;
  /** Kỳ báo cáo, as the sheets print it ("Năm 2025"). */
  period: string;
  units: UnitTally[];
  /** Files no registry unit could be matched to (counted in the totals under their file name). */
  unmatchedFiles: string[];
  /** Registry units that sent nothing. */
  missingUnits: string[];
  totals: ConsolidationTotals;
  /**
   * The plan's province-wide quota (`unitKind: "tinh"`) against the subjects put forward, a person
   * or collective nominated by several units counted once; null without such a quota.
   */
  provinceTarget: QuotaStatus | null;
  /** Subjects by kind, each counted once however many units put it forward. */
  distinctByKind: KindCounts;
  /** Every unit's records, for Sở Nội vụ to choose from. */
  nominees: Nominee[];
  /** Per khối/cụm, when the registry gives them; empty otherwise. */
  groups: GroupTally[];
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
  /** Kỳ báo cáo and the clerk's own due date, as for a unit's check. */
  period?: ReportPeriod;
  dueDate?: string;
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

/** Plan 003: from the registry's plan-sent date, whether the unit launched and sent its plan late. */
function launchOf(
  unit: RegistryUnit | null,
  plan: Plan,
): Pick<UnitTally, "planSent" | "launched" | "planLate"> {
  if (unit?.planSent === undefined) return { launched: null, planLate: false };
  const due = plan.deadlines.find((d) => d.kind === "ke-hoach" && d.date !== undefined);
  const sent = unit.planSent;
  return {
    planSent: sent,
    launched: sent !== null,
    planLate: sent !== null && due?.date !== undefined && isLate(sent, due.date, due.before),
  };
}

function tallyUnit(
  name: string,
  unit: RegistryUnit | null,
  reports: FileReport[],
  input: ConsolidateInput,
  extra: ReadonlyMap<FileReport, Finding[]>,
): UnitTally {
  const { plan, reportDate, period, dueDate } = input;
  const readable = reports.filter((r) => r.error === null);
  const counts = zero();
  readable.forEach((r) => addCounts(counts, r.counts));
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    if (r.error !== null) errors++;
    for (const f of [...reportFindings(r), ...(extra.get(r) ?? [])]) {
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
        ? lateSubmission(plan, { reportDate, period, dueDate }).length > 0
        : reports.some((r) => r.findings.some((f) => f.code === "late-submission")),
    counts,
    // With a registry the unit's own kind decides; without one, the quota the file was checked with stays.
    quota: unit ? quotasOf(plan, unit.kind, counts) : reports.flatMap((r) => r.quota),
    errors,
    warnings,
    ...launchOf(unit, plan),
  };
}

/** Consolidates checked unit workbooks; pure, the reports are not modified. */
export function consolidate(input: ConsolidateInput): Consolidation {
  const { plan, registry } = input;
  const assignments = assign(input);
  const units: UnitTally[] = [];
  const unmatchedFiles: string[] = [];
  const unitOf = new Map<FileReport, string>();

  // 003: a unit whose registry row shows no plan sent did not launch the campaign.
  const launch = new Map<FileReport, Finding[]>();
  const launchFindings: FileFinding[] = [];
  for (const a of assignments)
    if (a.unit?.planSent === null && a.report.error === null) {
      const found = notLaunchedFindings(a.report.lists, plan).flat();
      launch.set(a.report, found);
      for (const finding of found) launchFindings.push({ file: a.report.file, finding });
    }

  const groupOf = new Map<string, string | null>();
  if (registry !== null) {
    const filesOf = new Map<RegistryUnit, FileReport[]>(registry.map((u) => [u, []]));
    for (const a of assignments) {
      if (a.unit) filesOf.get(a.unit)!.push(a.report);
      else unmatchedFiles.push(a.report.file);
      unitOf.set(a.report, a.unit?.name ?? fileStem(a.report.file));
      groupOf.set(a.report.file, a.unit?.group ?? null);
    }
    for (const u of registry) units.push(tallyUnit(u.name, u, filesOf.get(u)!, input, launch));
  } else {
    for (const a of assignments) {
      unitOf.set(a.report, fileStem(a.report.file));
      units.push(tallyUnit(fileStem(a.report.file), null, [a.report], input, launch));
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
  const distinctByKind = { ...byKind };
  for (const d of duplicates) distinctByKind[d.kind] -= d.units.length - 1;
  return {
    reportDate: input.reportDate,
    period: resolvePeriod(plan, input.period, input.reportDate).label,
    units,
    unmatchedFiles,
    missingUnits: units.filter((u) => u.status === "chua-nop").map((u) => u.unit),
    totals: {
      files: readable.length,
      byKind,
      byField,
      categories: categoryCounts(all, plan.defaultMethod),
      table0603: table0603(all, plan),
    },
    provinceTarget: target ? quotaStatus(target, distinctByKind) : null,
    distinctByKind,
    nominees: nominees(records, duplicates, groupOf),
    groups: registry === null ? [] : groupTallies(units),
    duplicates,
    findings: [...findings, ...launchFindings],
  };
}

function nominees(
  records: readonly TalliedRecord[],
  duplicates: readonly CrossUnitDuplicate[],
  groupOf: ReadonlyMap<string, string | null>,
): Nominee[] {
  const twice = new Set<string>();
  for (const d of duplicates) for (const o of d.units) twice.add(`${o.file}\u0000${o.sheet}\u0000${o.row}`);
  const out: Nominee[] = [];
  for (const t of records) {
    const r = t.record;
    if (r.kind === null) continue;
    out.push({
      unit: t.unit,
      group: groupOf.get(t.file) ?? null,
      kind: r.kind,
      name: r.fields.ten ?? "",
      birth: r.kind === "tap-the" ? "" : (r.fields.ngaySinh ?? ""),
      role: roleAndUnit(r) || (r.fields.noiThuongTru ?? ""),
      field: r.fields.linhVuc ?? "",
      award: r.fields.hinhThuc ?? "",
      file: t.file,
      sheet: t.sheet,
      row: r.row,
      duplicate: twice.has(`${t.file}\u0000${t.sheet}\u0000${r.row}`),
    });
  }
  return out;
}

/** Units per khối/cụm in the registry's order of first appearance; units with none last. */
function groupTallies(units: readonly UnitTally[]): GroupTally[] {
  const byGroup = new Map<string, GroupTally>();
  const none = "(Chưa ghi khối, cụm)";
  for (const u of units) {
    const name = u.group ?? none;
    let g = byGroup.get(name);
    if (g === undefined) byGroup.set(name, (g = { group: name, units: 0, submitted: 0, counts: zero() }));
    g.units++;
    if (u.status === "da-nop") g.submitted++;
    addCounts(g.counts, u.counts);
  }
  if (byGroup.size === 1 && byGroup.has(none)) return [];
  const rest = byGroup.get(none);
  byGroup.delete(none);
  return rest === undefined ? [...byGroup.values()] : [...byGroup.values(), rest];
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
