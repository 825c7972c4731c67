/**
 * late-submission: the report date against the deadline of the report period (kỳ báo cáo). The
 * deadlines that apply are those of kind "danh-sach" (the list itself) or, when the plan has none,
 * "bao-cao" (the list goes with the report); "ke-hoach" (the unit's own plan) is another document.
 * Of those, the ones for the period (`covers`, or any period when unset) give one due day each:
 * - a day the plan states: fixed; yearly, in the period's year; monthly, in the report's month;
 * - no day stated (000, 001, 004 name none for their 6-month and annual reports): the clerk's own
 *   (CheckOptions.dueDate), labelled as the unit's; none set, nothing is late.
 * The list is on time when it meets the latest of them. "Trước ngày N" (`before`) is strict: sent
 * on day N is late. A day past the end of a month (31 in June) means the month's last day.
 */
import { resolvePeriod, type ResolvedPeriod } from "../plan/period";
import type { Deadline, Plan } from "../plan/schema";
import type { CheckOptions, Finding } from "../types";
import { daysInMonth, daysLate, isLate, isoDay, parseIsoDay, showDate } from "./dates";

/** A deadline's due day for one report, and whose day it is. */
export interface DueDate {
  deadline: Deadline;
  due: string;
  /** Set by the clerk: the plan states no day for this report. */
  own: boolean;
}

function statedDay(
  deadline: Deadline,
  period: ResolvedPeriod,
  report: { y: number; m: number },
): string | null {
  if (deadline.date !== undefined) return deadline.date;
  if (deadline.yearly !== undefined) {
    const year = Number(period.to.slice(0, 4));
    const { month: m, day } = deadline.yearly;
    return isoDay(year, m, Math.min(day, daysInMonth(year, m)));
  }
  if (deadline.monthly !== undefined)
    return isoDay(report.y, report.m, Math.min(deadline.monthly.day, daysInMonth(report.y, report.m)));
  return null;
}

/** The deadlines for what a unit sends, in the chosen period (see the module comment). */
function applicableDeadlines(plan: Plan, period: ResolvedPeriod): Deadline[] {
  const forPeriod = (d: Deadline): boolean => d.covers === undefined || d.covers === period.kind;
  const lists = plan.deadlines.filter((d) => d.kind === "danh-sach" && forPeriod(d));
  return lists.length > 0 ? lists : plan.deadlines.filter((d) => d.kind === "bao-cao" && forPeriod(d));
}

/** The deadline of the chosen period whose day the plan leaves to the clerk, or null. */
export function undatedDeadline(
  plan: Plan,
  options: Pick<CheckOptions, "period" | "reportDate">,
): Deadline | null {
  const period = resolvePeriod(plan, options.period, options.reportDate);
  const stated = (d: Deadline): boolean =>
    d.date !== undefined || d.yearly !== undefined || d.monthly !== undefined;
  return applicableDeadlines(plan, period).find((d) => !stated(d)) ?? null;
}

/** The deadline a report of the chosen period is held to, or null when none has a day. */
export function dueDateFor(plan: Plan, options: Omit<CheckOptions, "unitKind">): DueDate | null {
  const report = parseIsoDay(options.reportDate);
  if (report === null) return null;
  const period = resolvePeriod(plan, options.period, options.reportDate);
  let latest: DueDate | null = null;
  for (const deadline of applicableDeadlines(plan, period)) {
    const stated = statedDay(deadline, period, report);
    const own = stated === null && options.dueDate !== undefined && parseIsoDay(options.dueDate) !== null;
    const due = stated ?? (own ? options.dueDate! : null);
    if (due !== null && (latest === null || due > latest.due)) latest = { deadline, due, own };
  }
  return latest;
}

/** "kế hoạch yêu cầu gửi trước ngày 31/07/2025", or the clerk's own day, said as such. */
export function dueText(d: DueDate): string {
  if (d.own) return `hạn do đơn vị tự đặt (kế hoạch không ghi ngày): chậm nhất ngày ${showDate(d.due)}`;
  return `kế hoạch yêu cầu gửi ${d.deadline.before ? "trước" : "chậm nhất"} ngày ${showDate(d.due)}`;
}

export function lateSubmission(plan: Plan, options: Omit<CheckOptions, "unitKind">): Finding[] {
  const d = dueDateFor(plan, options);
  if (d === null || !isLate(options.reportDate, d.due, d.deadline.before)) return [];
  const late = daysLate(parseIsoDay(options.reportDate)!, parseIsoDay(d.due)!, d.deadline.before);
  return [
    {
      code: "late-submission",
      severity: "warning",
      sheet: null,
      cell: null,
      row: null,
      field: null,
      message:
        `Ngày báo cáo ${showDate(options.reportDate)} đã quá hạn «${d.deadline.label}» ` +
        `(${dueText(d)}), trễ ${late} ngày. Hãy gửi ngay, kèm lý do gửi chậm.`,
    },
  ];
}
