/**
 * missing-required: the particulars a plan asks of each kind of subject. A column the list lacks
 * altogether is one finding for the list (not one per row); an empty cell is one finding per row.
 */
import { fieldLabel, KIND_LABELS } from "../labels";
import type { Plan, RequiredItem } from "../plan/schema";
import {
  SUBJECT_KINDS,
  type FieldKey,
  type Finding,
  type NominationRecord,
  type RecordFields,
  type SubjectKind,
} from "../types";
import { cellOf, isBlank, recordFinding, who, type ListScope, type RecordRule } from "./context";

/**
 * A required item as the rule uses it: one field, or alternatives each filled as a whole (a field,
 * or a group such as chức vụ with đơn vị công tác).
 */
export interface Requirement {
  key: string;
  alternatives: readonly (readonly FieldKey[])[];
  /** Every field of every alternative, in order. */
  fields: readonly FieldKey[];
}

function requirement(item: RequiredItem): Requirement {
  const alternatives =
    typeof item === "string" ? [[item]] : item.oneOf.map((a) => (typeof a === "string" ? [a] : a));
  const fields = alternatives.flat();
  return { key: alternatives.map((a) => a.join("+")).join("|"), alternatives, fields };
}

export function requirementsByKind(plan: Plan): Record<SubjectKind, Requirement[]> {
  return {
    "tap-the": plan.required["tap-the"].map(requirement),
    "ca-nhan": plan.required["ca-nhan"].map(requirement),
    "ho-gia-dinh": plan.required["ho-gia-dinh"].map(requirement),
  };
}

/** Per kind of subject: whether the plan asks for `field` (alone or in a group). */
export function requiresField(plan: Plan, field: FieldKey): Record<SubjectKind, boolean> {
  const byKind = requirementsByKind(plan);
  const asks = (k: SubjectKind): boolean => byKind[k].some((r) => r.fields.includes(field));
  return { "tap-the": asks("tap-the"), "ca-nhan": asks("ca-nhan"), "ho-gia-dinh": asks("ho-gia-dinh") };
}

/** «Quê quán»; «Chức vụ» và «Đơn vị công tác», hoặc «Hộ khẩu thường trú» (as the plan words it). */
function requirementLabel(alternatives: readonly (readonly FieldKey[])[], kind: SubjectKind | null): string {
  const one = (a: readonly FieldKey[]): string => a.map((f) => `«${fieldLabel(f, kind)}»`).join(" và ");
  const grouped = alternatives.some((a) => a.length > 1);
  return alternatives.map(one).join(grouped ? ", hoặc " : " hoặc ");
}

/** A list can hold the requirement when one alternative has all its columns. */
function hasColumns(scope: ListScope, req: Requirement): boolean {
  return req.alternatives.some((a) => a.every((f) => scope.columns.has(f)));
}

/** One finding per required column missing from a list that holds records needing it. */
export function missingColumns(scope: ListScope, byKind: Record<SubjectKind, Requirement[]>): Finding[] {
  const kindsPresent = new Set<SubjectKind>();
  for (const r of scope.list.records) if (r.kind !== null) kindsPresent.add(r.kind);
  const needed = new Map<string, { req: Requirement; kinds: SubjectKind[] }>();
  for (const kind of SUBJECT_KINDS) {
    if (!kindsPresent.has(kind)) continue;
    for (const req of byKind[kind]) {
      if (hasColumns(scope, req)) continue;
      const entry = needed.get(req.key);
      if (entry === undefined) needed.set(req.key, { req, kinds: [kind] });
      else entry.kinds.push(kind);
    }
  }
  const headerRow = scope.list.headerRows.length > 0 ? scope.list.headerRows[0] : null;
  const findings: Finding[] = [];
  for (const { req, kinds } of needed.values()) {
    // Only the columns still to add are named: a list with «Chức vụ» lacks «Đơn vị công tác».
    const missing = req.alternatives.map((a) => a.filter((f) => !scope.columns.has(f)));
    const label = requirementLabel(missing, kinds.length === 1 ? kinds[0] : null);
    const forKinds = kinds.map((k) => KIND_LABELS[k].toLowerCase()).join(", ");
    const fill = req.alternatives.length > 1 ? "ít nhất một trong các cột đó" : "cột đó";
    const first = missing.find((a) => a.length > 0) ?? req.fields;
    findings.push({
      code: "missing-required",
      severity: "error",
      sheet: scope.list.sheet,
      cell: null,
      row: headerRow,
      field: first[0],
      message:
        `Danh sách thiếu cột ${label}, bắt buộc với ${forKinds} theo kế hoạch. ` +
        `Hãy thêm cột này vào dòng tiêu đề và điền ${fill} cho từng dòng.`,
    });
  }
  return findings;
}

// Local binding: no module export accessor on the per-record path.
const blank = isBlank;

/** The requirements a list can check row by row: those with every column of some alternative. */
interface Checkable {
  req: Requirement;
  /** The alternatives with at least one column (each whole: a filled pair is what counts). */
  alternatives: readonly (readonly FieldKey[])[];
  present: FieldKey[];
}

function checkable(
  scope: ListScope,
  byKind: Record<SubjectKind, Requirement[]>,
): Record<SubjectKind, Checkable[]> {
  const pick = (reqs: Requirement[]): Checkable[] =>
    reqs
      .map((req) => ({
        req,
        alternatives: req.alternatives.filter((a) => a.some((f) => scope.columns.has(f))),
        present: req.fields.filter((f) => scope.columns.has(f)),
      }))
      // Without the columns for any whole alternative, missingColumns said so once for the list.
      .filter((c) => hasColumns(scope, c.req));
  return {
    "tap-the": pick(byKind["tap-the"]),
    "ca-nhan": pick(byKind["ca-nhan"]),
    "ho-gia-dinh": pick(byKind["ho-gia-dinh"]),
  };
}

/** An uncached formula is not an empty cell: the list's formula-error says to recalculate instead. */
function holdsUncachedFormula(
  scope: ListScope,
  record: NominationRecord,
  fields: readonly FieldKey[],
): boolean {
  if (scope.uncached.size === 0) return false;
  for (const f of fields) {
    const cell = cellOf(scope, record, f);
    if (cell !== null && scope.uncached.has(cell)) return true;
  }
  return false;
}

/** Filled cells of an alternative; all of them means the requirement is met. */
function filledCount(fields: RecordFields, alternative: readonly FieldKey[]): number {
  let n = 0;
  for (const f of alternative) if (!blank(fields[f])) n++;
  return n;
}

/**
 * The cell to point at when no alternative is complete: the first empty cell the list has, in the
 * alternative nearest to complete (a chức vụ written, its đơn vị missing, points at the đơn vị).
 */
function cellToFill(scope: ListScope, fields: RecordFields, c: Checkable): FieldKey {
  const ranked = [...c.alternatives].sort((a, b) => filledCount(fields, b) - filledCount(fields, a));
  for (const a of ranked) for (const f of a) if (blank(fields[f]) && scope.columns.has(f)) return f;
  return c.present[0];
}

/**
 * Per row: a required particular left empty in a column the list has (a column the list lacks was
 * reported once by missingColumns). Records come list by list, so the per-list work is redone only
 * when the list changes.
 */
export function requiredRule(byKind: Record<SubjectKind, Requirement[]>): RecordRule {
  let scopeSeen: ListScope | null = null;
  let lists: Record<SubjectKind, Checkable[]> = { "tap-the": [], "ca-nhan": [], "ho-gia-dinh": [] };
  return (record, scope, out) => {
    if (record.kind === null) return;
    if (scope !== scopeSeen) {
      scopeSeen = scope;
      lists = checkable(scope, byKind);
    }
    const fields = record.fields;
    for (const c of lists[record.kind]) {
      const { req, alternatives, present } = c;
      let met = false;
      for (const a of alternatives)
        if (filledCount(fields, a) === a.length) {
          met = true;
          break;
        }
      if (met || holdsUncachedFormula(scope, record, present)) continue;
      const label = requirementLabel(req.alternatives, record.kind);
      const todo = req.alternatives.length > 1 ? "Hãy điền đủ một trong các mục đó." : "Hãy điền vào ô này.";
      out.push(
        recordFinding(
          "missing-required",
          "error",
          scope,
          record,
          cellToFill(scope, fields, c),
          `Chưa có ${label} của ${who(record)} (bắt buộc theo kế hoạch). ${todo}`,
        ),
      );
    }
  };
}
