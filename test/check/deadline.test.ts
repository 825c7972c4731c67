import { lateSubmission, undatedDeadline } from "../../src/core/check/deadline";
import { parsePlan, resolvePeriod } from "../../src/core/plan";
import { check, plan } from "./run";
import type { CheckOptions } from "../../src/core/types";

function late(planId: string, reportDate: string, options: Partial<CheckOptions> = {}) {
  return check([], planId, { reportDate, ...options }).fileFindings.filter(
    (f) => f.code === "late-submission",
  );
}

describe("late-submission", () => {
  // 003 §VI.1: "trước ngày 31 tháng 7 năm 2025": the 31st itself is late.
  it("003: the summary report is due before 31/07/2025; on the day is late", () => {
    expect(late("an-giang-dot-dac-biet-2025", "2025-07-30")).toEqual([]);
    expect(late("an-giang-dot-dac-biet-2025", "2025-03-10")).toEqual([]);
    expect(late("an-giang-dot-dac-biet-2025", "2025-07-31").map((f) => f.message)).toEqual([
      "Ngày báo cáo 31/07/2025 đã quá hạn «Báo cáo tổng kết đợt thi đua» (kế hoạch yêu cầu gửi trước ngày " +
        "31/07/2025), trễ 1 ngày. Hãy gửi ngay, kèm lý do gửi chậm.",
    ]);
    expect(late("an-giang-dot-dac-biet-2025", "2025-08-05")).toEqual([
      {
        code: "late-submission",
        severity: "warning",
        sheet: null,
        cell: null,
        row: null,
        field: null,
        message:
          "Ngày báo cáo 05/08/2025 đã quá hạn «Báo cáo tổng kết đợt thi đua» (kế hoạch yêu cầu gửi trước ngày " +
          "31/07/2025), trễ 6 ngày. Hãy gửi ngay, kèm lý do gửi chậm.",
      },
    ]);
  });

  it("003: the unit plan's deadline (25/02) does not apply to a nomination list", () => {
    expect(late("an-giang-dot-dac-biet-2025", "2025-02-26")).toEqual([]);
  });

  // 000 §VI.7, 001 §IV.1.đ and 004 §III name no day for their reports.
  it.each([
    ["an-giang-2025", "2026-03-10"],
    ["binh-dinh-2022-2025", "2025-12-31"],
    ["so-tttt-2022-2025", "2026-02-01"],
  ])("%s: no day in the plan and none set by the clerk: never late (%s)", (id, date) => {
    expect(late(id, date)).toEqual([]);
  });

  it("000: the clerk's own day is used and said to be the unit's own", () => {
    expect(late("an-giang-2025", "2025-12-15", { dueDate: "2025-12-15" })).toEqual([]);
    expect(late("an-giang-2025", "2025-12-17", { dueDate: "2025-12-15" }).map((f) => f.message)).toEqual([
      "Ngày báo cáo 17/12/2025 đã quá hạn «Báo cáo tổng kết năm» (hạn do đơn vị tự đặt (kế hoạch không ghi " +
        "ngày): chậm nhất ngày 15/12/2025), trễ 2 ngày. Hãy gửi ngay, kèm lý do gửi chậm.",
    ]);
  });

  it("000: the 6-month report's deadline fires when the period is the first half-year", () => {
    const sixMonths = { period: { kind: "6-thang" as const, year: 2025 }, dueDate: "2025-06-15" };
    expect(late("an-giang-2025", "2025-06-20", sixMonths).map((f) => f.message.split(" (")[0])).toEqual([
      "Ngày báo cáo 20/06/2025 đã quá hạn «Báo cáo định kỳ 6 tháng»",
    ]);
    expect(late("an-giang-2025", "2025-06-14", sixMonths)).toEqual([]);
  });

  it("a clerk's day never replaces a day the plan states (003)", () => {
    expect(late("an-giang-dot-dac-biet-2025", "2025-08-05", { dueDate: "2025-09-30" })).toHaveLength(1);
  });

  it("a plan file's yearly day falls in the chosen period's year, inclusive unless «trước ngày»", () => {
    const parsed = parsePlan(
      {
        ...plan("binh-dinh-2022-2025"),
        deadlines: [
          { id: "nam", label: "Báo cáo năm", kind: "bao-cao", covers: "nam", yearly: { month: 12, day: 10 } },
        ],
      },
      "kh.json",
    );
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const at = (reportDate: string, year: number) =>
      lateSubmission(parsed.plan, { reportDate, period: { kind: "nam", year } }).map(
        (f) => f.message.split(" (")[1],
      );
    expect(at("2023-12-10", 2023)).toEqual([]);
    expect(at("2024-01-05", 2023)).toEqual([
      "kế hoạch yêu cầu gửi chậm nhất ngày 10/12/2023), trễ 26 ngày. Hãy gửi ngay, kèm lý do gửi chậm.",
    ]);
  });

  it("names the deadline whose day the clerk must set, for the chosen period", () => {
    const of = (id: string, period?: CheckOptions["period"]) =>
      undatedDeadline(plan(id), { reportDate: "2025-07-01", period })?.id ?? null;
    expect(of("an-giang-2025")).toBe("bao-cao-nam");
    expect(of("an-giang-2025", { kind: "6-thang", year: 2025 })).toBe("bao-cao-6-thang");
    expect(of("so-tttt-2022-2025", { kind: "giai-doan" })).toBe("tong-ket");
    expect(of("an-giang-dot-dac-biet-2025")).toBeNull(); // 003 states its days
    // A period another plan offers falls back to this plan's default.
    expect(resolvePeriod(plan("an-giang-2025"), { kind: "dot" }, "2025-07-01").label).toBe("Năm 2025");
  });

  it("002 (media log) has its own deadline checks", () => {
    expect(late("an-giang-2021", "2021-05-28")).toEqual([]);
  });
});
