/** Packing a sheet's cells into write batches: full batches, each within the budget, nothing lost. */
import type { SheetCell } from "../../src/core/port";
import { writeBatches } from "../../src/excel/write";

/** Bytes a batch sends: its values and number formats as JSON, measured here with Buffer. */
function sent(batch: ReturnType<typeof writeBatches>[number]): number {
  return batch.reduce(
    (n, b) => n + Buffer.byteLength(JSON.stringify(b.values)) + Buffer.byteLength(JSON.stringify(b.formats)),
    0,
  );
}

describe("writeBatches", () => {
  // A title block (rows 1–2), a gap, then 300 rows of Vietnamese text: two row blocks.
  const cells: SheetCell[] = [
    { row: 1, col: 1, value: "TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG" },
    { row: 2, col: 1, value: "Kỳ báo cáo 2025" },
  ];
  for (let r = 4; r < 304; r++)
    for (let c = 1; c <= 4; c++) cells.push({ row: r, col: c, value: c === 1 ? r : `Nguyễn Văn ${r}-${c}` });
  const budget = 4_000;
  const batches = writeBatches(cells, budget);
  const total = batches.reduce((n, b) => n + sent(b), 0);

  test("every batch is within the budget, and all but the last are nearly full", () => {
    for (const b of batches) expect(sent(b)).toBeLessThanOrEqual(budget);
    // The title block shares the first batch with the rows that follow (no batch of 2 rows alone).
    expect(batches[0].map((b) => b.top)).toEqual([1, 4]);
    // Full batches: each leaves less room than the row that opens the next (~150 bytes).
    batches.slice(0, -1).forEach((b, i) => {
      const next = batches[i + 1][0];
      const firstRow =
        Buffer.byteLength(JSON.stringify(next.values[0])) +
        Buffer.byteLength(JSON.stringify(next.formats[0]));
      expect(sent(b) + firstRow).toBeGreaterThan(budget - 10);
    });
    expect(batches.length).toBe(Math.ceil(total / budget));
  });

  test("every cell is written once, at its place", () => {
    const written = new Map<string, unknown>();
    for (const batch of batches)
      for (const b of batch)
        b.values.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === null) return;
            const key = `${b.top + i}:${b.left + j}`;
            expect(written.has(key)).toBe(false);
            written.set(key, v);
          }),
        );
    expect(written).toEqual(new Map(cells.map((c) => [`${c.row}:${c.col}`, c.value])));
  });

  test("a row larger than the budget goes alone", () => {
    const wide: SheetCell[] = [
      { row: 1, col: 1, value: "a" },
      { row: 2, col: 1, value: "x".repeat(500) },
      { row: 3, col: 1, value: "b" },
    ];
    const out = writeBatches(wide, 200);
    expect(out.map((batch) => batch.map((b) => [b.top, b.values.length]))).toEqual([
      [[1, 1]],
      [[2, 1]],
      [[3, 1]],
    ]);
  });
});
