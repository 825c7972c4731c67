import type { SubjectKind } from "../../src/core/types";
import { makeList, PERSON_COLUMNS, person } from "./lists";
import { check } from "./run";
import { allKindsQuota } from "./quotas";

/** One list with `n` records of each given kind (all particulars filled). */
function unitList(counts: Partial<Record<SubjectKind | "null", number>>) {
  const rows = [];
  let k = 0;
  for (const [kind, n] of Object.entries(counts))
    for (let i = 0; i < (n ?? 0); i++)
      rows.push({ ...person(`Người số ${k++}`), kind: kind === "null" ? null : (kind as SubjectKind) });
  return [makeList("DS", PERSON_COLUMNS, rows)];
}

const file = (r: ReturnType<typeof check>) => r.fileFindings.map((f) => [f.code, f.severity, f.message]);

describe("quotas, An Giang 2025 (all kinds counted together)", () => {
  it("xã: 2 met with one tập thể and one hộ gia đình", () => {
    const result = check(unitList({ "tap-the": 1, "ho-gia-dinh": 1 }), "an-giang-2025", { unitKind: "xa" });
    expect(result.quota).toEqual([allKindsQuota({ min: 2, max: null, actual: 2, met: true })]);
    expect(result.fileFindings).toEqual([]);
  });

  it("xã: 1 of 2 is below the minimum", () => {
    const result = check(unitList({ "ca-nhan": 1 }), "an-giang-2025", { unitKind: "xa" });
    expect(result.quota.map((q) => [q.actual, q.met])).toEqual([[1, false]]);
    expect(file(result)).toEqual([
      [
        "quota-below-min",
        "error",
        "Chưa đủ chỉ tiêu — Tập thể, cá nhân, hộ gia đình: 1/2 — còn thiếu 1 (kế hoạch: mỗi xã, phường, thị trấn có ít " +
          "nhất 02 điển hình tập thể, cá nhân tiêu biểu). Hãy giới thiệu thêm 1 điển hình (tập thể, cá nhân, hộ gia đình).",
      ],
    ]);
    expect(result.fileFindings[0]).toMatchObject({ sheet: null, cell: null, row: null, field: null });
  });

  it("does not count records of unknown kind", () => {
    const result = check(unitList({ "ca-nhan": 1, null: 3 }), "an-giang-2025", { unitKind: "xa" });
    expect(result.quota.map((q) => q.actual)).toEqual([1]);
  });

  it("toàn tỉnh: 15 applies only when the unit is the province", () => {
    const lists = unitList({ "ca-nhan": 10, "tap-the": 4 });
    const tinh = check(lists, "an-giang-2025", { unitKind: "tinh" });
    expect(tinh.quota.map((q) => [q.min, q.actual, q.met])).toEqual([[15, 14, false]]);
    expect(tinh.fileFindings[0].message).toContain("Tập thể, cá nhân, hộ gia đình: 14/15 — còn thiếu 1");
    const huyen = check(lists, "an-giang-2025", { unitKind: "huyen" });
    expect(huyen.quota.map((q) => [q.min, q.met])).toEqual([[5, true]]);
    expect(check(unitList({ "ca-nhan": 15 }), "an-giang-2025", { unitKind: "tinh" }).quota[0].met).toBe(true);
  });

  it("has no quota without a unit kind, or for a unit kind the plan does not name", () => {
    for (const unitKind of [undefined, "doanh-nghiep" as const]) {
      const result = check(unitList({}), "an-giang-2025", { unitKind });
      expect([result.quota, result.fileFindings]).toEqual([[], []]);
    }
  });
});

describe("quotas, Bình Định (tập thể and cá nhân apart)", () => {
  it("thành viên khối: 3 tập thể and 3 cá nhân, each reported", () => {
    const result = check(unitList({ "tap-the": 3, "ca-nhan": 2, "ho-gia-dinh": 4 }), "binh-dinh-2022-2025", {
      unitKind: "thanh-vien-khoi",
    });
    expect(result.quota).toEqual([
      { kind: "tap-the", kinds: ["tap-the"], min: 3, max: null, actual: 3, met: true },
      { kind: "ca-nhan", kinds: ["ca-nhan"], min: 3, max: null, actual: 2, met: false },
    ]);
    expect(file(result)).toEqual([
      [
        "quota-below-min",
        "error",
        "Chưa đủ chỉ tiêu — Cá nhân: 2/3 — còn thiếu 1 (kế hoạch: mỗi thành viên khối thi đua giới thiệu ít nhất 03 " +
          "cá nhân). Hãy giới thiệu thêm 1 cá nhân.",
      ],
    ]);
  });

  it.each([
    [0, false, "quota-below-min", "error", "Cá nhân: 0/1 — còn thiếu 1"],
    [1, true, null, null, null],
    [3, true, null, null, null],
    [4, false, "quota-above-max", "warning", "Cá nhân: 4/3 — vượt 1"],
  ])("doanh nghiệp with %i cá nhân (1–3)", (n, met, code, severity, gap) => {
    const result = check(unitList({ "ca-nhan": n, "tap-the": 2 }), "binh-dinh-2022-2025", {
      unitKind: "doanh-nghiep",
    });
    expect(result.quota).toEqual([{ kind: "ca-nhan", kinds: ["ca-nhan"], min: 1, max: 3, actual: n, met }]);
    expect(result.fileFindings.map((f) => [f.code, f.severity])).toEqual(
      code === null ? [] : [[code, severity]],
    );
    if (gap !== null) expect(result.fileFindings[0].message).toContain(gap);
  });

  it("says what to do when there are too many", () => {
    const result = check(unitList({ "ca-nhan": 5 }), "binh-dinh-2022-2025", { unitKind: "doanh-nghiep" });
    expect(file(result)).toEqual([
      [
        "quota-above-max",
        "warning",
        "Vượt chỉ tiêu tối đa — Cá nhân: 5/3 — vượt 2 (kế hoạch: mỗi doanh nghiệp giới thiệu từ 01 đến 03 cá nhân). " +
          "Hãy bớt 2 cá nhân, giữ lại những trường hợp tiêu biểu nhất.",
      ],
    ]);
  });

  it("xã: 3 tập thể and 3 cá nhân, both short", () => {
    const result = check(unitList({ "tap-the": 1 }), "binh-dinh-2022-2025", { unitKind: "xa" });
    expect(result.quota.map((q) => [q.kind, q.actual, q.met])).toEqual([
      ["tap-the", 1, false],
      ["ca-nhan", 0, false],
    ]);
    expect(result.fileFindings.map((f) => f.message.split(" (")[0])).toEqual([
      "Chưa đủ chỉ tiêu — Tập thể: 1/3 — còn thiếu 2",
      "Chưa đủ chỉ tiêu — Cá nhân: 0/3 — còn thiếu 3",
    ]);
  });

  it("counts across every list of the file", () => {
    const lists = [...unitList({ "ca-nhan": 2 }), ...unitList({ "ca-nhan": 1 })];
    const result = check(lists, "binh-dinh-2022-2025", { unitKind: "xa" });
    expect(result.quota.map((q) => q.actual)).toEqual([0, 3]);
  });
});
