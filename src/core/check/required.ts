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
  type SubjectKind,
} from "../types";
import { cellOf, isBlank, recordFinding, who, type ListScope, type RecordRule } from "./context";

/** A required item as the rule uses it: one field, or any one of several. */
export interface Requirement {
  key: string;
  fields: readonly FieldKey[];
}

function requirement(item: RequiredItem): Requirement {
  const fields = typeof item === "string" ? [item] : item.oneOf;
  return { key: fields.join("|"), fields };
}

export function requirementsByKind(plan: Plan): Record<SubjectKind, Requirement[]> {
  return {
    "tap-the": plan.required["tap-the"].map(requirement),
    "ca-nhan": plan.required["ca-nhan"].map(requirement),
    "ho-gia-dinh": plan.required["ho-gia-dinh"].map(requirement),
  };
}

/** «Quê quán», or «Đơn vị công tác» hoặc «Hộ khẩu thường trú». */
function requirementLabel(req: Requirement, kind: SubjectKind | null): string {
  return req.fields.map((f) => `«${fieldLabel(f, kind)}»`).join(" hoặc ");
}

function hasColumn(scope: ListScope, req: Requirement): boolean {
  for (const f of req.fields) if (scope.columns.has(f)) return true;
  return false;
}

/** One finding per required column missing from a list that holds records needing it. */
export function missingColumns(scope: ListScope, byKind: Record<SubjectKind, Requirement[]>): Finding[] {
  const kindsPresent = new Set<SubjectKind>();
  for (const r of scope.list.records) if (r.kind !== null) kindsPresent.add(r.kind);
  const needed = new Map<string, { req: Requirement; kinds: SubjectKind[] }>();
  for (const kind of SUBJECT_KINDS) {
    if (!kindsPresent.has(kind)) continue;
    for (const req of byKind[kind]) {
      if (hasColumn(scope, req)) continue;
      const entry = needed.get(req.key);
      if (entry === undefined) needed.set(req.key, { req, kinds: [kind] });
      else entry.kinds.push(kind);
    }
  }
  const headerRow = scope.list.headerRows.length > 0 ? scope.list.headerRows[0] : null;
  const findings: Finding[] = [];
  for (const { req, kinds } of needed.values()) {
    const label = requirementLabel(req, kinds.length === 1 ? kinds[0] : null);
    const forKinds = kinds.map((k) => KIND_LABELS[k].toLowerCase()).join(", ");
    const fill = req.fields.length > 1 ? "ít nhất một trong các cột đó" : "cột đó";
    findings.push({
      code: "missing-required",
      severity: "error",
      sheet: scope.list.sheet,
      cell: null,
      row: headerRow,
      field: req.fields[0],
      message:
        `Danh sách thiếu cột ${label}, bắt buộc với ${forKinds} theo kế hoạch. ` +
        `Hãy thêm cột này vào dòng tiêu đề và điền ${fill} cho từng dòng.`,
    });
  }
  return findings;
}

// Local binding: no module export accessor on the per-record path.
const blank = isBlank;

/** The requirements a list can check row by row: those with at least one column, columns in order. */
interface Checkable {
  req: Requirement;
  present: FieldKey[];
}

function checkable(
  scope: ListScope,
  byKind: Record<SubjectKind, Requirement[]>,
): Record<SubjectKind, Checkable[]> {
  const pick = (reqs: Requirement[]): Checkable[] =>
    reqs
      .map((req) => ({ req, present: req.fields.filter((f) => scope.columns.has(f)) }))
      .filter((c) => c.present.length > 0);
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
    for (const { req, present } of lists[record.kind]) {
      let filled = false;
      for (const f of present)
        if (!blank(fields[f])) {
          filled = true;
          break;
        }
      if (filled || holdsUncachedFormula(scope, record, present)) continue;
      const label = requirementLabel(req, record.kind);
      const todo = req.fields.length > 1 ? "Hãy điền ít nhất một trong các mục đó." : "Hãy điền vào ô này.";
      out.push(
        recordFinding(
          "missing-required",
          "error",
          scope,
          record,
          present[0],
          `Chưa có ${label} của ${who(record)} (bắt buộc theo kế hoạch). ${todo}`,
        ),
      );
    }
  };
}
