import { getBuiltinPlan, periodById, reportPeriods, resolvePeriod } from "../../src/core/plan";

const plan = (id: string) => getBuiltinPlan(id)!;

describe("kỳ báo cáo", () => {
  it("offers each year and its first half, the whole plan when it spans years, the campaign for 003", () => {
    expect(reportPeriods(plan("an-giang-2025")).map((p) => p.label)).toEqual([
      "6 tháng đầu năm 2025",
      "Năm 2025",
    ]);
    expect(reportPeriods(plan("binh-dinh-2022-2025")).map((p) => p.id)).toEqual([
      "6-thang-2022",
      "nam-2022",
      "6-thang-2023",
      "nam-2023",
      "6-thang-2024",
      "nam-2024",
      "6-thang-2025",
      "nam-2025",
      "giai-doan",
    ]);
    expect(reportPeriods(plan("an-giang-dot-dac-biet-2025")).map((p) => [p.id, p.label])).toEqual([
      ["dot", "Đợt thi đua đặc biệt đến hết tháng 6/2025"],
    ]);
  });

  it("defaults to the year of the report inside the plan's period; 003 to the campaign", () => {
    expect(resolvePeriod(plan("binh-dinh-2022-2025"), undefined, "2024-11-30").label).toBe("Năm 2024");
    expect(resolvePeriod(plan("binh-dinh-2022-2025"), undefined, "2026-01-15").label).toBe("Năm 2025");
    expect(resolvePeriod(plan("an-giang-dot-dac-biet-2025"), undefined, "2025-07-20").id).toBe("dot");
    const half = resolvePeriod(
      plan("an-giang-2025"),
      periodById(plan("an-giang-2025"), "6-thang-2025")!,
      "2025-11-01",
    );
    expect([half.label, half.from, half.to]).toEqual(["6 tháng đầu năm 2025", "2025-01-01", "2025-06-30"]);
    expect(periodById(plan("an-giang-2025"), "nam-2030")).toBeNull();
  });
});
