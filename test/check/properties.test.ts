import fc from "fast-check";
import { runChecks } from "../../src/core/check";
import { BUILTIN_PLANS } from "../../src/core/plan";
import { kindsLabel } from "../../src/core/labels";
import { SUBJECT_KINDS, UNIT_KINDS, type FieldKey, type SubjectKind } from "../../src/core/types";
import { makeList, PERSON_COLUMNS } from "./lists";

const text = fc.oneof(
  fc.string(),
  fc.constantFrom("", "1980", "1980-02-30", "31/02/1980", "nam", "GK", "cấp sở"),
);
const kind = fc.constantFrom<SubjectKind | null>(...SUBJECT_KINDS, null);
const fields = fc.record(
  Object.fromEntries(PERSON_COLUMNS.map((f) => [f, text])) as Record<FieldKey, fc.Arbitrary<string>>,
  { requiredKeys: [] },
);

describe("runChecks on arbitrary records", () => {
  it("never throws; one findings array per list; every record finding points at a record of its list", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.record({ kind, fields }), { maxLength: 8 }), { maxLength: 3 }),
        fc.constantFrom(...BUILTIN_PLANS),
        fc.constantFrom(undefined, ...UNIT_KINDS),
        fc.constantFrom(undefined, true, false),
        (rowsPerList, plan, unitKind, launched) => {
          const lists = rowsPerList.map((rows, i) => makeList(`S${i}`, PERSON_COLUMNS, rows));
          const result = runChecks(lists, plan, { unitKind, launched, reportDate: "2025-11-01" });
          expect(result.listFindings).toHaveLength(lists.length);
          result.listFindings.forEach((findings, i) => {
            const rows = new Set([...lists[i].records.map((r) => r.row), ...lists[i].headerRows]);
            for (const f of findings) {
              expect(f.sheet).toBe(`S${i}`);
              expect(rows.has(f.row ?? -1)).toBe(true);
              expect(f.message.length).toBeGreaterThan(0);
            }
          });
          for (const q of result.quota)
            expect(q.met).toBe(
              (q.min === null || q.actual >= q.min) && (q.max === null || q.actual <= q.max),
            );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("labels", () => {
  it("joins kinds into one Vietnamese phrase", () => {
    expect(kindsLabel(["tap-the", "ca-nhan", "ho-gia-dinh"])).toBe("Tập thể, cá nhân, hộ gia đình");
    expect(kindsLabel(["ca-nhan"])).toBe("Cá nhân");
  });
});
