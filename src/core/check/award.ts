/**
 * Proposed award forms. unknown-award-form: the text names no form of the plan. award-not-allowed:
 * plan 003 — a unit that did not launch the campaign proposes a form that requires it (known only
 * from options.launched: the reader does not pass the title block); plan 004 — an exemplar's level
 * does not allow the form. The level is read from the note (Ghi chú), else from the proposed form
 * itself ("Giấy công nhận ĐHTT cấp sở"): a text naming "cấp sở"/"cấp tỉnh".
 */
import type { AwardForm, Plan } from "../plan/schema";
import type { CheckOptions, Finding, NominationRecord } from "../types";
import { capital, isBlank, recordFinding, who, type ListScope, type RecordRule } from "./context";
import type { AwardMatcher, ExemplarLevel } from "./award-match";

function names(forms: readonly AwardForm[]): string {
  return forms.map((f) => f.name).join("; ");
}

export function unknownAwardRule(plan: Plan, matcher: AwardMatcher): RecordRule | null {
  if (plan.awardForms.length === 0) return null;
  const all = names(plan.awardForms);
  return (record, scope, out) => {
    const v = record.fields.hinhThuc;
    if (v === undefined || isBlank(v) || matcher.formsIn(v).length > 0) return;
    out.push(
      recordFinding(
        "unknown-award-form",
        "warning",
        scope,
        record,
        "hinhThuc",
        `Hình thức khen thưởng «${v}» của ${who(record)} không khớp với hình thức nào của kế hoạch ` +
          `(${all}). Hãy ghi đúng tên một trong các hình thức đó.`,
      ),
    );
  };
}

function levelOf(record: NominationRecord, matcher: AwardMatcher): ExemplarLevel | null {
  const note = record.fields.ghiChu;
  const fromNote = note === undefined || isBlank(note) ? null : matcher.levelIn(note);
  if (fromNote !== null) return fromNote;
  const form = record.fields.hinhThuc;
  return form === undefined ? null : matcher.levelIn(form);
}

export function awardAllowedRule(
  plan: Plan,
  options: CheckOptions,
  matcher: AwardMatcher,
): RecordRule | null {
  const notLaunched = options.launched === false && plan.awardForms.some((f) => f.requiresLaunched);
  const byLevel = plan.exemplarLevels.length > 0;
  if (!notLaunched && !byLevel) return null;
  const openForms = names(plan.awardForms.filter((f) => !f.requiresLaunched));
  const formName = new Map(plan.awardForms.map((f) => [f.id, f.name]));

  const push = (out: Finding[], scope: ListScope, record: NominationRecord, message: string): void => {
    out.push(recordFinding("award-not-allowed", "error", scope, record, "hinhThuc", message));
  };

  return (record, scope, out) => {
    const v = record.fields.hinhThuc;
    if (v === undefined || isBlank(v)) return;
    const forms = matcher.formsIn(v);
    if (forms.length === 0) return;
    if (notLaunched)
      for (const form of forms)
        if (form.requiresLaunched)
          push(
            out,
            scope,
            record,
            `Đơn vị chưa tổ chức phát động đợt thi đua nên không được đề nghị «${form.name}» cho ` +
              `${who(record)} (kế hoạch: đơn vị không phát động thì không đề nghị khen thưởng cấp tỉnh). ` +
              `Hãy đề nghị ${openForms} theo thẩm quyền, hoặc bỏ đề nghị này.`,
          );
    if (!byLevel) return;
    const level = levelOf(record, matcher);
    if (level === null) return;
    for (const form of forms) {
      if (level.awardForms.includes(form.id)) continue;
      const allowed = level.awardForms.map((id) => formName.get(id) ?? id).join("; ");
      const entitled = plan.exemplarLevels.filter((l) => l.awardForms.includes(form.id)).map((l) => l.name);
      push(
        out,
        scope,
        record,
        `${capital(who(record))} là ${level.name.toLowerCase()} nên không được đề nghị ` +
          `«${form.name}»` +
          (entitled.length > 0 ? ` (chỉ dành cho ${entitled.map((n) => n.toLowerCase()).join(", ")})` : "") +
          `. Hãy đề nghị ${allowed}, hoặc sửa ghi chú nếu đây là ${entitled.length > 0 ? entitled[0].toLowerCase() : "mức khác"}.`,
      );
    }
  };
}
