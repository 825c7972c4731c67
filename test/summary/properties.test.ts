import fc from "fast-check";
import { getBuiltinPlan, type Plan } from "../../src/core/plan";
import { buildSummarySheet, categoryCounts, fieldCounts } from "../../src/core/summary";
import type { NominationRecord, SubjectKind } from "../../src/core/types";
import { rec, report, rowOf, valueAt } from "./reports";

const plans = ["an-giang-2025", "so-tttt-2022-2025"].map((id) => getBuiltinPlan(id) as Plan);
const words = [
  "Giám đốc",
  "Sở Y tế",
  "Công ty",
  "Trưởng phòng",
  "tổ trưởng",
  "Chủ tịch UBND tỉnh",
  "nông dân",
  "Y tế",
  "=",
];
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.array(fc.constantFrom(...words), { maxLength: 4 }).map((w) => w.join(" ")),
);
const record: fc.Arbitrary<NominationRecord> = fc
  .record({
    kind: fc.constantFrom<SubjectKind | null>("tap-the", "ca-nhan", "ho-gia-dinh", null),
    ten: text,
    chucVu: text,
    donVi: text,
    linhVuc: text,
    gioiTinh: fc.constantFrom("nam", "nu", "x"),
  })
  .map(({ kind, ...fields }) => rec(kind, fields));

describe("summary counts agree with each other", () => {
  it("kinds, lĩnh vực and 0603.N all count the same records", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), fc.constantFrom(...plans), (records, plan) => {
        const counted = records.filter((r) => r.kind !== null).length;
        const c = categoryCounts(records);
        expect(c["01"]).toBe(counted);
        expect(c["02"] + c["04"] + c["05"]).toBe(counted);
        expect(c["06"] + c["07"] + c["08"] + c["09"] + c["10"]).toBe(c["05"]);
        expect(c["03"]).toBeLessThanOrEqual(c["02"]);
        expect(fieldCounts(records, plan).reduce((n, f) => n + f.count, 0)).toBe(counted);
        const m = buildSummarySheet({
          report: report(records),
          plan,
          options: { reportDate: "2025-11-20" },
          madeOn: "2025-11-20",
        });
        const totalA = valueAt(
          m,
          rowOf(m, "Tổng cộng", rowOf(m, "A. SỐ LƯỢNG THEO ĐỐI TƯỢNG VÀ CHỈ TIÊU"), 2),
          3,
        );
        const totalB = valueAt(m, rowOf(m, "Tổng cộng", rowOf(m, "B. SỐ LƯỢNG THEO LĨNH VỰC"), 2), 3);
        expect([totalA, totalB]).toEqual([counted, counted]);
      }),
      { numRuns: 200 },
    );
  });
});
