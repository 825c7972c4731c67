/**
 * late-submission: the report date against the plan's deadlines for what a unit sends with its
 * list. The deadlines that apply are those of kind "danh-sach" (the list itself) or, when the plan
 * has none, "bao-cao" (the list goes with the report); "ke-hoach" (the unit's own plan) is a
 * different document. Each deadline gives one date for this report:
 * - fixed: that date;
 * - yearly: that day in the year reported on — the report date's year, kept inside the plan period
 *   (a report sent in January 2026 for a plan ending 2025 reports on 2025);
 * - monthly: that day in the report date's month.
 * The list is on time when it meets the latest of those dates (a list sent after the 6-month report
 * date but before the annual one is the annual report's list). Due dates are inclusive: sent on the
 * day is on time. A day past the end of a month (31 in June) means the month's last day.
 */
import type { Deadline, Plan } from "../plan/schema";
import type { CheckOptions, Finding } from "../types";
import { daysBetween, daysInMonth, isoDay, parseIsoDay, showDate } from "./dates";

function dueDate(deadline: Deadline, year: number, month: number): string | null {
  if (deadline.date !== undefined) return deadline.date;
  if (deadline.yearly !== undefined) {
    const { month: m, day } = deadline.yearly;
    return isoDay(year, m, Math.min(day, daysInMonth(year, m)));
  }
  if (deadline.monthly !== undefined)
    return isoDay(year, month, Math.min(deadline.monthly.day, daysInMonth(year, month)));
  return null;
}

export function lateSubmission(plan: Plan, options: CheckOptions): Finding[] {
  const report = parseIsoDay(options.reportDate);
  if (report === null) return [];
  const lists = plan.deadlines.filter((d) => d.kind === "danh-sach");
  const applicable = lists.length > 0 ? lists : plan.deadlines.filter((d) => d.kind === "bao-cao");
  const fromYear = Number(plan.period.from.slice(0, 4));
  const toYear = Number(plan.period.to.slice(0, 4));
  const year = Math.min(Math.max(report.y, fromYear), toYear);

  let latest: { deadline: Deadline; due: string } | null = null;
  for (const deadline of applicable) {
    const due =
      deadline.monthly !== undefined ? dueDate(deadline, report.y, report.m) : dueDate(deadline, year, 1);
    if (due !== null && (latest === null || due > latest.due)) latest = { deadline, due };
  }
  if (latest === null || options.reportDate <= latest.due) return [];
  const due = parseIsoDay(latest.due);
  const late = due === null ? 0 : daysBetween(due, report);
  return [
    {
      code: "late-submission",
      severity: "warning",
      sheet: null,
      cell: null,
      row: null,
      field: null,
      message:
        `Ngày báo cáo ${showDate(options.reportDate)} đã quá hạn «${latest.deadline.label}» ` +
        `(hạn ${showDate(latest.due)}) ${late} ngày. Hãy gửi ngay, kèm lý do gửi chậm.`,
    },
  ];
}
