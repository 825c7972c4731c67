import { check } from "./run";

function late(planId: string, reportDate: string) {
  return check([], planId, { reportDate }).fileFindings.filter((f) => f.code === "late-submission");
}

describe("late-submission", () => {
  it("003: the summary report is due 31/07/2025; on the day is on time", () => {
    expect(late("an-giang-dot-dac-biet-2025", "2025-07-31")).toEqual([]);
    expect(late("an-giang-dot-dac-biet-2025", "2025-03-10")).toEqual([]);
    expect(late("an-giang-dot-dac-biet-2025", "2025-08-05")).toEqual([
      {
        code: "late-submission",
        severity: "warning",
        sheet: null,
        cell: null,
        row: null,
        field: null,
        message:
          "Ngày báo cáo 05/08/2025 đã quá hạn «Báo cáo tổng kết đợt thi đua» (hạn 31/07/2025) 5 ngày. " +
          "Hãy gửi ngay, kèm lý do gửi chậm.",
      },
    ]);
  });

  it("003: the unit plan's deadline (25/02) does not apply to a nomination list", () => {
    expect(late("an-giang-dot-dac-biet-2025", "2025-02-26")).toEqual([]);
  });

  it("000: a list after the 6-month report date but before the annual one is on time", () => {
    expect(late("an-giang-2025", "2025-06-20")).toEqual([]);
    expect(late("an-giang-2025", "2025-11-15")).toEqual([]);
    expect(late("an-giang-2025", "2025-11-16").map((f) => f.message)).toEqual([
      "Ngày báo cáo 16/11/2025 đã quá hạn «Báo cáo tổng kết năm» (hạn 15/11/2025) 1 ngày. Hãy gửi ngay, kèm lý do gửi chậm.",
    ]);
  });

  it("000: a report sent the next year reports on the plan's year", () => {
    expect(late("an-giang-2025", "2026-01-10").map((f) => f.message)).toEqual([
      "Ngày báo cáo 10/01/2026 đã quá hạn «Báo cáo tổng kết năm» (hạn 15/11/2025) 56 ngày. Hãy gửi ngay, kèm lý do gửi chậm.",
    ]);
  });

  it("001: the yearly report applies in each year of 2022–2025", () => {
    expect(late("binh-dinh-2022-2025", "2023-11-10")).toEqual([]);
    expect(late("binh-dinh-2022-2025", "2023-12-01").map((f) => f.message.split(" đã")[0])).toEqual([
      "Ngày báo cáo 01/12/2023",
    ]);
  });

  it("004: the year-end review is never late within the year", () => {
    expect(late("so-tttt-2022-2025", "2024-12-31")).toEqual([]);
  });

  it("002 (media log) has its own deadline checks", () => {
    expect(late("an-giang-2021", "2021-05-28")).toEqual([]);
  });
});
