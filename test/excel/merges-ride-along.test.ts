/**
 * Merged areas (ExcelApi 1.13) ride in syncs the read makes anyway: with the used ranges when a
 * range starts at the top of the box asked for, else with the next sync. The merges must be
 * exactly those of the used range, each once, whichever sync brought them.
 */
import type { createExcelPort } from "../../src/excel";
import { headRows } from "../../src/excel/read";
import type { CellRange } from "../../src/core/types";
import { addSheet, resetStats, setRow, type ExcelDouble } from "../excel-double";
import { addNominationSheet, FIRST_RECORD_ROW } from "../excel-double/nomination";
import { portOver } from "./port-over-globals";

jest.setTimeout(60_000);

async function readCounted(double: ExcelDouble, port: ReturnType<typeof createExcelPort>) {
  resetStats(double.stats);
  const sheets = await port.readSheets();
  return { sheets, syncs: double.stats.syncs };
}

const box = (top: number, left: number, bottom: number, right: number): CellRange => ({
  top,
  left,
  bottom,
  right,
});

describe("merged areas ride along", () => {
  test("with the used ranges: the active sheet and a head window, in two syncs; none outside the used range", async () => {
    const { port, model, double } = portOver();
    const list = addNominationSheet(model, "Cá nhân", 200);
    const note = addSheet(model, "Ghi chú");
    setRow(note, 1, 1, ["Tiêu đề", "", "", "x"]);
    setRow(note, 3, 1, ["a", "b", "c", "d"]);
    // One merge inside the used range (A1:D3), one of empty cells inside the head window beyond it.
    note.merges.push(box(1, 1, 1, 3), box(20, 10, 21, 12));
    // The record rows too: a merge crossing a band boundary (rows 32/33 of the sheet) comes once.
    list.merges.push(box(FIRST_RECORD_ROW + 20, 11, FIRST_RECORD_ROW + 25, 11));
    const listMerges = list.merges.map((m) => ({ ...m }));
    const { sheets, syncs } = await readCounted(double, port);
    expect(syncs).toBe(2);
    expect(sheets[0].merges).toEqual(listMerges);
    expect(sheets[1].merges).toEqual([box(1, 1, 1, 3)]);
  });

  test("a used range that does not start at row 1: its merges come in a sync of their own when no other follows", async () => {
    const { port, model, double } = portOver();
    addNominationSheet(model, "Cá nhân", 20);
    const below = addSheet(model, "Bảng phụ");
    setRow(below, 3, 2, ["Đơn vị", "Số lượng", ""]);
    setRow(below, 4, 2, ["Xã Hòa Bình", 5, "ghi chú"]);
    below.merges.push(box(4, 3, 5, 3), box(1, 1, 2, 1));
    const { sheets, syncs } = await readCounted(double, port);
    expect(syncs).toBe(3);
    // Only the merge that touches the used range B3:D4.
    expect(sheets[1].merges).toEqual([box(4, 3, 5, 3)]);
  });

  test("a list beyond its head window: its merges ride with the rest of its values, each once", async () => {
    const { port, model, double } = portOver();
    addNominationSheet(model, "Tập thể", 5);
    const big = addNominationSheet(model, "Cá nhân", 8_000);
    const window = headRows(1);
    // Merges on both sides of the window's bottom, and one across it.
    big.merges.push(
      box(window - 3, 2, window - 2, 2),
      box(window, 4, window + 1, 4),
      box(7_000, 1, 7_003, 1),
    );
    const expected = big.merges.map((m) => ({ ...m }));
    const { sheets, syncs } = await readCounted(double, port);
    // Sheet list; used ranges with head windows; the rest of the big list with its merges.
    expect(syncs).toBe(3);
    expect(sheets[1].merges).toEqual(expected);
    expect(sheets[1].values).toHaveLength(FIRST_RECORD_ROW - 1 + 8_000);
  });

  test("merges riding with a values batch refused for its size are asked for again with its halves", async () => {
    const { port, model, double } = portOver();
    addNominationSheet(model, "Tập thể", 5);
    const big = addNominationSheet(model, "Cá nhân", 8_000);
    big.merges.push(box(6_000, 2, 6_001, 3));
    const expected = big.merges.map((m) => ({ ...m }));
    resetStats(double.stats);
    // Sync 3 is the first batch of the rest of the big list, carrying the merge bands.
    double.stats.refuse = (n) => (n === 3 ? "ResponsePayloadSizeLimitExceeded" : null);
    const sheets = await port.readSheets();
    expect(double.stats.syncs).toBe(5);
    expect(sheets[1].merges).toEqual(expected);
  });
});
