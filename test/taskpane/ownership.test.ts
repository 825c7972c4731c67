/**
 * The scenario on the Excel double: a clerk's `{{placeholder}}` template on a sheet named
 * "Tổng hợp" with a line of their own text. Kiểm tra → Điền Tổng hợp, twice (and a week later with
 * new data): the clerk's text stays, the template is filled again each time, and no sheet of
 * the clerk's is cleared. Also: Đánh dấu replaces earlier marks.
 */
import { getBuiltinPlan } from "../../src/core/plan";
import type { CheckOptions, Finding } from "../../src/core/types";
import { createExcelPort, HIGHLIGHT_MARKER_FORMULA } from "../../src/excel";
import { markFindings, runCheck, writeSummary } from "../../src/taskpane/state/check";
import { createMemorySettings } from "../../src/taskpane/state/memory-settings";
import {
  addSheet,
  cellKey,
  createExcelDouble,
  createWorkbook,
  formatSnapshot,
  setCell,
  valueSnapshot,
} from "../excel-double";
import { addNominationSheet, FIRST_RECORD_ROW } from "../excel-double/nomination";

const PLAN = getBuiltinPlan("an-giang-2025");
if (PLAN === undefined) throw new Error("plan an-giang-2025 missing");
const OPTIONS: CheckOptions = { reportDate: "2025-11-10", unitKind: "xa" };

function workbook() {
  const model = createWorkbook();
  addNominationSheet(model, "Cá nhân", 3);
  const t = addSheet(model, "Tổng hợp");
  setCell(t, 1, 1, "Báo cáo của xã, lập ngày 10/11 — chữ của văn thư");
  setCell(t, 3, 1, "Số cá nhân đề nghị:");
  setCell(t, 3, 2, "{{so_ca_nhan}}");
  const double = createExcelDouble(model);
  // One settings store for the whole session, as the pane has.
  return { model, t, port: createExcelPort(double.settings, double.run), settings: double.settings };
}

test("the clerk's template named «Tổng hợp» is filled twice and keeps their text; no sheet of theirs is cleared", async () => {
  const { model, t, port, settings } = workbook();
  for (let round = 0; round < 2; round++) {
    const outcome = await runCheck(port, PLAN, OPTIONS);
    expect(await writeSummary(port, outcome, PLAN, OPTIONS, settings)).toEqual({
      kind: "template",
      sheet: "Tổng hợp",
      cells: 1,
      unknown: [],
    });
    expect(valueSnapshot(model)["Tổng hợp"]).toEqual({
      R1C1: "Báo cáo của xã, lập ngày 10/11 — chữ của văn thư",
      R3C1: "Số cá nhân đề nghị:",
      R3C2: 3,
    });
  }
  expect(model.sheets.map((s) => s.name)).toEqual(["Cá nhân", "Tổng hợp"]);

  // A week later: one more record. The remembered template is filled again with the new count.
  const list = model.sheets[0];
  for (const [col, v] of [
    [1, 4],
    [2, "Trần Thị Thu"],
  ] as const)
    setCell(list, FIRST_RECORD_ROW + 3, col, v);
  const outcome = await runCheck(port, PLAN, OPTIONS);
  await writeSummary(port, outcome, PLAN, OPTIONS, settings);
  expect(t.cells.get(cellKey(3, 2))?.value).toBe(4);

  // The clerk overwrites the filled cell by hand: it is theirs now, and stays as they typed it.
  setCell(t, 3, 2, "bốn (đã sửa tay)");
  await writeSummary(port, await runCheck(port, PLAN, OPTIONS), PLAN, OPTIONS, settings);
  expect(t.cells.get(cellKey(3, 2))?.value).toBe("bốn (đã sửa tay)");
});

test("a clerk's plain sheet named «TỔNG HỢP» is left alone; ours goes to «Tổng hợp (2)» and is rewritten there", async () => {
  const model = createWorkbook();
  addNominationSheet(model, "Cá nhân", 3);
  const theirs = addSheet(model, "TỔNG HỢP");
  setCell(theirs, 2, 2, "số liệu văn thư tự làm", { bold: true });
  const before = { values: valueSnapshot(model)["TỔNG HỢP"], formats: formatSnapshot(model)["TỔNG HỢP"] };
  const double = createExcelDouble(model);
  const port = createExcelPort(double.settings, double.run);
  for (let round = 0; round < 2; round++) {
    const written = await writeSummary(
      port,
      await runCheck(port, PLAN, OPTIONS),
      PLAN,
      OPTIONS,
      double.settings,
    );
    expect(written).toEqual({ kind: "sheet", sheet: "Tổng hợp (2)" });
  }
  expect(model.sheets.map((s) => s.name)).toEqual(["Cá nhân", "TỔNG HỢP", "Tổng hợp (2)"]);
  expect(valueSnapshot(model)["TỔNG HỢP"]).toEqual(before.values);
  expect(formatSnapshot(model)["TỔNG HỢP"]).toEqual(before.formats);
});

test("Đánh dấu replaces earlier marks: a fixed cell loses its colour, formats do not pile up, Xóa restores exactly", async () => {
  const model = createWorkbook();
  const list = addNominationSheet(model, "Cá nhân", 3);
  const clean = formatSnapshot(model);
  const double = createExcelDouble(model);
  const port = createExcelPort(createMemorySettings(), double.run);
  const ours = () => list.conditionalFormats.filter((f) => f.formula === HIGHLIGHT_MARKER_FORMULA);
  const missing = (cell: string, row: number): Finding => ({
    code: "missing-required",
    severity: "error",
    sheet: "Cá nhân",
    cell,
    row,
    field: "queQuan",
    message: "Thiếu quê quán.",
  });

  await markFindings(port, [missing("D10", 10), missing("D11", 11)]);
  expect(ours().flatMap((f) => f.areas)).toEqual([{ top: 10, left: 4, bottom: 11, right: 4 }]);
  // The clerk fixes D10; the next check finds only D11, clicked three times.
  for (let i = 0; i < 3; i++) await markFindings(port, [missing("D11", 11)]);
  expect(ours().map((f) => f.areas)).toEqual([[{ top: 11, left: 4, bottom: 11, right: 4 }]]);
  await port.clearHighlights();
  expect(formatSnapshot(model)).toEqual(clean);
});
