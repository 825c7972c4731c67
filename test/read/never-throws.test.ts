import fc from "fast-check";
import { readLists } from "../../src/core/read";
import type { SheetGrid } from "../../src/core/types";

const HEADERS = [
  "STT",
  "Họ và tên",
  "Ngày, tháng, năm sinh",
  "Nam",
  "Nữ",
  "Chức vụ",
  "Loại",
  "Quê quán",
  "Ghi chú",
];
const TEXTS = [
  "I. TẬP THỂ",
  "Cá nhân",
  "Người lập biểu",
  "TM. UBND",
  "(1)",
  "#N/A",
  "NguyÔn V¨n An",
  "Höôøng",
  "Trường A",
  "x",
  "31/02/1980",
  "{{ten}}",
  "",
];

const cell = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(...HEADERS, ...TEXTS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.double(),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant({ richText: [{ text: "Hä tªn" }] }),
  fc.constant({ result: "#REF!" }),
  fc.constant({}),
  fc.constant([1, 2]),
);
const row = fc.oneof(
  fc.array(cell, { maxLength: 9 }),
  fc.constant(null),
  fc.constant(HEADERS),
  fc.constant([]),
);
const range = fc.record({
  top: fc.integer({ min: -2, max: 15 }),
  left: fc.integer({ min: -2, max: 12 }),
  bottom: fc.integer({ min: -2, max: 15 }),
  right: fc.integer({ min: -2, max: 12 }),
});
const grid = fc.record({
  name: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("Tập thể", "Cá nhân", "Tổng hợp")),
  values: fc.array(row, { maxLength: 14 }),
  originRow: fc.integer({ min: 1, max: 50 }),
  originCol: fc.integer({ min: 1, max: 30 }),
  merges: fc.option(fc.array(range, { maxLength: 6 }), { nil: undefined }),
  hiddenRows: fc.option(fc.array(fc.integer({ min: 0, max: 70 }), { maxLength: 4 }), { nil: undefined }),
});

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

describe("readLists on arbitrary grids", () => {
  it("never throws and every finding points inside its sheet's grid", () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(grid, { minLength: 0, maxLength: 3 }), (generated) => {
        const sheets = generated.map((g, i) => ({ ...g, name: `${g.name}#${i}` }));
        const lists = readLists(sheets as unknown as SheetGrid[]);
        expect(lists.length).toBeGreaterThan(0);
        for (const list of lists) {
          // Every list names one of the generated sheets (names are unique by their "#i"); with no
          // sheet at all, the one header-not-found list names none.
          const s = sheets.find((x) => x.name === list.sheet);
          expect(sheets.length === 0 ? "" : s?.name).toBe(list.sheet);
          if (list.records.length > 0) found++;
          for (const f of list.findings) {
            if (f.code === "header-not-found") continue;
            // One finding for a whole list whose kind nothing decides: about the list, not a cell.
            if (f.code === "unknown-kind" && f.row === null) {
              expect(f.cell).toBeNull();
              continue;
            }
            const rows = s!.values.length;
            const width = Math.max(0, ...s!.values.map((r) => (Array.isArray(r) ? r.length : 0)));
            expect(f.row).not.toBeNull();
            expect(f.row!).toBeGreaterThanOrEqual(s!.originRow);
            expect(f.row!).toBeLessThan(s!.originRow + rows);
            const m = /^([A-Z]+)(\d+)$/.exec(f.cell ?? "");
            expect(m).not.toBeNull();
            expect(Number(m![2])).toBe(f.row);
            expect(colNumber(m![1])).toBeGreaterThanOrEqual(s!.originCol);
            expect(colNumber(m![1])).toBeLessThan(s!.originCol + width);
          }
        }
      }),
      { numRuns: 1500 },
    );
    // The generator must actually produce lists, or the property says little.
    expect(found).toBeGreaterThan(50);
  });
});
