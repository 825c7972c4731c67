/**
 * The check stage: a file's lists against a plan → findings with stable codes, and quota status.
 * Record rules run in one pass over the records; whatever depends only on the plan (requirements,
 * folded field and award names, their caches) is prepared once per plan and reused across files.
 */
import type { Plan } from "../plan/schema";
import type { CheckOptions, Finding, NominationList, QuotaStatus, SubjectKind } from "../types";
import { achievementRule } from "./achievement";
import { launchRule, levelRule, unknownAwardRule } from "./award";
import { AwardMatcher } from "./award-match";
import { birthDateRule } from "./birth";
import { listScope, type ListScope, type RecordRule } from "./context";
import { lateSubmission } from "./deadline";
import { duplicateRule } from "./duplicates";
import { emptyListFinding } from "./empty-list";
import { FieldMatcher, fieldRule } from "./field";
import { genderRule } from "./gender";
import { checkQuotas } from "./quota";
import { missingColumns, requiredRule, requirementsByKind, type Requirement } from "./required";
import { uncachedFormulaFinding } from "./uncached";

export { quotaStatus } from "./quota";
export { uncachedByList } from "./uncached";

export interface CheckResult {
  /** `listFindings[i]`: the new findings for `lists[i]`. */
  listFindings: Finding[][];
  /** About the file as a whole: quotas, deadlines. */
  fileFindings: Finding[];
  quota: QuotaStatus[];
}

interface PreparedPlan {
  requirements: Record<SubjectKind, Requirement[]>;
  fields: FieldMatcher;
  awards: AwardMatcher;
}

const prepared = new WeakMap<Plan, PreparedPlan>();

function prepare(plan: Plan): PreparedPlan {
  let p = prepared.get(plan);
  if (p === undefined) {
    p = {
      requirements: requirementsByKind(plan),
      fields: new FieldMatcher(plan.fields),
      awards: new AwardMatcher(plan),
    };
    prepared.set(plan, p);
  }
  return p;
}

function recordRules(plan: Plan, options: CheckOptions, p: PreparedPlan): RecordRule[] {
  const rules: (RecordRule | null)[] = [
    requiredRule(p.requirements),
    birthDateRule(plan, options),
    genderRule,
    fieldRule(plan, p.fields),
    unknownAwardRule(plan, p.awards),
    launchRule(plan, options, p.awards),
    levelRule(plan, p.awards),
    achievementRule(plan),
    duplicateRule(),
  ];
  return rules.filter((r): r is RecordRule => r !== null);
}

/** List-level findings first: what the clerk fixes once for the whole list. */
function listFindingsOf(scope: ListScope, uncached: readonly string[], p: PreparedPlan): Finding[] {
  const out: Finding[] = [];
  if (uncached.length > 0) out.push(uncachedFormulaFinding(scope.list, uncached));
  const empty = emptyListFinding(scope.list, uncached);
  if (empty !== null) out.push(empty);
  out.push(...missingColumns(scope, p.requirements));
  return out;
}

/**
 * `uncached[i]`: the cells of `lists[i]` holding formulas whose results were never saved
 * (`uncachedByList`); none when the host calculates.
 */
export function runChecks(
  lists: NominationList[],
  plan: Plan,
  options: CheckOptions,
  uncached: readonly (readonly string[])[] = [],
): CheckResult {
  // A media log (plan 002) is not a nomination list: its own checks (media-*) live elsewhere.
  if (plan.listType === "media") return { listFindings: lists.map(() => []), fileFindings: [], quota: [] };
  const p = prepare(plan);
  const rules = recordRules(plan, options, p);
  const listFindings = lists.map((list, i) => {
    const cells = uncached[i] ?? [];
    const scope = listScope(list, cells);
    const out = listFindingsOf(scope, cells, p);
    for (const record of list.records) for (const rule of rules) rule(record, scope, out);
    return out;
  });
  const { quota, findings } = checkQuotas(lists, plan, options);
  return { listFindings, fileFindings: [...findings, ...lateSubmission(plan, options)], quota };
}

/**
 * Plan 003's launch rule alone, for lists already checked without knowing (the province tally
 * learns from its registry that a unit sent no plan, so did not launch the campaign).
 */
export function notLaunchedFindings(lists: readonly NominationList[], plan: Plan): Finding[][] {
  const rule = launchRule(plan, { launched: false }, prepare(plan).awards);
  return lists.map((list) => {
    const out: Finding[] = [];
    if (rule === null) return out;
    const scope = listScope(list);
    for (const record of list.records) rule(record, scope, out);
    return out;
  });
}
