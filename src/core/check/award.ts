/**
 * Proposed award forms. unknown-award-form: the text names no form of the plan. award-not-allowed:
 * plan 003 — a unit that did not launch the campaign proposes a form that requires it (known only
 * from options.launched: the reader does not pass the title block); plan 004 — an exemplar's level
 * does not allow the form (error), or is not written for a form only some levels may have (warning).
 * The level is read from its own column (Cấp điển hình), else the note (Ghi chú).
 */
import type { AwardForm, Plan } from "../plan/schema";
import type { CheckOptions, Finding, NominationRecord, Severity } from "../types";
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

/**
 * The exemplar level is a particular of the record (004 §II.3 "điển hình tiên tiến cấp sở / cấp
 * tỉnh"): its own column, else the note. The proposed form is what the level is checked against,
 * so it never decides the level.
 */
function levelOf(record: NominationRecord, matcher: AwardMatcher): ExemplarLevel | null {
  for (const text of [record.fields.capDienHinh, record.fields.ghiChu]) {
    const level = text === undefined || isBlank(text) ? null : matcher.levelIn(text);
    if (level !== null) return level;
  }
  return null;
}

function notAllowed(
  severity: Severity,
  scope: ListScope,
  record: NominationRecord,
  message: string,
): Finding {
  return recordFinding("award-not-allowed", severity, scope, record, "hinhThuc", message);
}

function proposed(record: NominationRecord, matcher: AwardMatcher): AwardForm[] {
  const v = record.fields.hinhThuc;
  return v === undefined || isBlank(v) ? [] : matcher.formsIn(v);
}

/** Plan 003: a unit that did not launch the campaign proposes a form that requires it. */
export function launchRule(
  plan: Plan,
  options: Pick<CheckOptions, "launched">,
  matcher: AwardMatcher,
): RecordRule | null {
  if (options.launched !== false || !plan.awardForms.some((f) => f.requiresLaunched)) return null;
  const openForms = names(plan.awardForms.filter((f) => !f.requiresLaunched));
  return (record, scope, out) => {
    for (const form of proposed(record, matcher))
      if (form.requiresLaunched)
        out.push(
          notAllowed(
            "error",
            scope,
            record,
            `Đơn vị chưa tổ chức phát động đợt thi đua nên không được đề nghị «${form.name}» cho ` +
              `${who(record)} (kế hoạch: đơn vị không phát động thì không đề nghị khen thưởng cấp tỉnh, ` +
              `nên cũng không đề nghị lên cấp trên). ` +
              `Hãy đề nghị ${openForms} theo thẩm quyền, hoặc bỏ đề nghị này.`,
          ),
        );
  };
}

/** Plan 004: the exemplar's level does not allow the form, or is not written for a form that needs it. */
export function levelRule(plan: Plan, matcher: AwardMatcher): RecordRule | null {
  if (plan.exemplarLevels.length === 0) return null;
  const formName = new Map(plan.awardForms.map((f) => [f.id, f.name]));
  return (record, scope, out) => {
    const forms = proposed(record, matcher);
    if (forms.length === 0) return;
    const level = levelOf(record, matcher);
    if (level === null) {
      // A form only some levels may have (004: the Bằng khen, for cấp tỉnh) needs the level written.
      for (const form of forms) {
        const entitled = plan.exemplarLevels.filter((l) => l.awardForms.includes(form.id));
        if (entitled.length === 0 || entitled.length === plan.exemplarLevels.length) continue;
        const names = entitled.map((l) => l.name.toLowerCase()).join(", ");
        out.push(
          notAllowed(
            "warning",
            scope,
            record,
            `${capital(who(record))} được đề nghị «${form.name}», hình thức chỉ dành cho ${names}, ` +
              `nhưng chưa ghi cấp điển hình. Hãy ghi «${entitled[0].name}» ở cột Cấp điển hình hoặc Ghi chú ` +
              "nếu đúng, hoặc đổi hình thức đề nghị.",
          ),
        );
      }
      return;
    }
    for (const form of forms) {
      if (level.awardForms.includes(form.id)) continue;
      const allowed = level.awardForms.map((id) => formName.get(id) ?? id).join("; ");
      const entitled = plan.exemplarLevels.filter((l) => l.awardForms.includes(form.id)).map((l) => l.name);
      out.push(
        notAllowed(
          "error",
          scope,
          record,
          `${capital(who(record))} là ${level.name.toLowerCase()} nên không được đề nghị ` +
            `«${form.name}»` +
            (entitled.length > 0
              ? ` (chỉ dành cho ${entitled.map((n) => n.toLowerCase()).join(", ")})`
              : "") +
            `. Hãy đề nghị ${allowed}, hoặc sửa ghi chú nếu đây là ${entitled.length > 0 ? entitled[0].toLowerCase() : "mức khác"}.`,
        ),
      );
    }
  };
}
