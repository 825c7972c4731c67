/**
 * What the port remembers between batches (the sheets' ids) goes stale when the clerk works in
 * the workbook meanwhile: the round trips saved by remembering must never cost a correct result.
 * Each test changes the workbook between two port calls, as a clerk would, and checks the exact
 * outcome, the clerk's data untouched, and the round trips.
 */
import { excelErrorMessage } from "../../src/excel";
import { HIGHLIGHT_FILL, HIGHLIGHT_MARKER_FORMULA } from "../../src/excel/highlight";
import { MESSAGE_GENERAL, MESSAGE_NOT_FOUND, TITLE_BUG, describeError } from "../../src/excel/errors";
import { OWNED_SHEETS_KEY } from "../../src/excel/ownership";
import type { HighlightGroup, SheetModel } from "../../src/core/port";
import {
  addSheet,
  createWorkbook,
  formatSnapshot,
  resetStats,
  setCell,
  valueSnapshot,
  type ModelConditionalFormat,
  type ModelSheet,
} from "../excel-double";
import { addNominationSheet } from "../excel-double/nomination";
import { portOver, syncsOf } from "./port-over-globals";

afterEach(() => jest.restoreAllMocks());

/** Two lists, a clerk's own conditional format on the first; the port over Office globals. */
function workbook() {
  const model = createWorkbook();
  const a = addNominationSheet(model, "Cá nhân", 30);
  const b = addNominationSheet(model, "Tập thể", 10);
  a.conditionalFormats.push({
    id: "clerk",
    type: "CellValue",
    areas: [{ top: 10, left: 3, bottom: 39, right: 3 }],
    formula: null,
    fill: "#FFFF00",
  });
  return { a, b, ...portOver(model) };
}

/** Our marks on a sheet as [fill, areas], top priority first. */
function marks(s: ModelSheet) {
  return s.conditionalFormats
    .filter((f) => f.formula === HIGHLIGHT_MARKER_FORMULA)
    .map((f) => [f.fill, f.areas]);
}

const FIRST: HighlightGroup[] = [
  { sheet: "Cá nhân", severity: "error", addresses: ["C12", "C13"] },
  { sheet: "Tập thể", severity: "warning", addresses: ["D11"] },
];
const SECOND: HighlightGroup[] = [{ sheet: "Cá nhân", severity: "error", addresses: ["E20"] }];

const SUMMARY: SheetModel = {
  name: "Tổng hợp",
  cells: [
    { row: 1, col: 1, value: "TỔNG HỢP", style: { bold: true } },
    { row: 2, col: 1, value: "Cá nhân" },
    { row: 2, col: 2, value: 30 },
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
};

describe("what a read tells the port saves the listing sync", () => {
  test("after a read, highlight and clear take two syncs each, and so after a write", async () => {
    const { port, model, a, b, double } = workbook();
    const before = formatSnapshot(model);
    await port.readSheets();
    expect(await syncsOf(double, () => port.highlight(FIRST))).toBe(2);
    expect(marks(a)).toEqual([[HIGHLIGHT_FILL.error, [{ top: 12, left: 3, bottom: 13, right: 3 }]]]);
    expect(marks(b)).toEqual([[HIGHLIGHT_FILL.warning, [{ top: 11, left: 4, bottom: 11, right: 4 }]]]);
    // The write adds a sheet: the port learns it from the write's own listing.
    await port.writeSheet(SUMMARY);
    expect(await syncsOf(double, () => port.highlight(SECOND))).toBe(2);
    expect(marks(a)).toEqual([[HIGHLIGHT_FILL.error, [{ top: 20, left: 5, bottom: 20, right: 5 }]]]);
    expect(marks(b)).toEqual([]);
    expect(await syncsOf(double, () => port.clearHighlights())).toBe(2);
    const { ["Tổng hợp"]: summary, ...clerks } = formatSnapshot(model);
    // Our sheet is there, unmarked; the clerk's sheets have their own formats back exactly.
    expect(Object.keys(formatSnapshot(model)).sort()).toEqual([...Object.keys(before), "Tổng hợp"].sort());
    expect((summary as { conditionalFormats: unknown[] }).conditionalFormats).toEqual([]);
    expect(clerks).toEqual(before);
  });
});

describe("the clerk changes the sheets between two port calls", () => {
  test("a sheet deleted since the read: one failed sync more, then the marks are replaced exactly", async () => {
    const { port, model, a, double } = workbook();
    await port.readSheets();
    await port.highlight(FIRST);
    model.sheets = model.sheets.filter((s) => s.name !== "Tập thể");
    const values = valueSnapshot(model);
    // The remembered sheet is gone (ItemNotFound), so: the listing alone, the formats, the replace.
    expect(await syncsOf(double, () => port.highlight(SECOND))).toBe(4);
    expect(marks(a)).toEqual([[HIGHLIGHT_FILL.error, [{ top: 20, left: 5, bottom: 20, right: 5 }]]]);
    expect(a.conditionalFormats.find((f) => f.id === "clerk")?.fill).toBe("#FFFF00");
    expect(valueSnapshot(model)).toEqual(values);
    // The port has learnt the sheets again.
    expect(await syncsOf(double, () => port.clearHighlights())).toBe(2);
    expect(marks(a)).toEqual([]);
  });

  test("the sheet a finding names was renamed since the check: refused in Vietnamese, nothing changes", async () => {
    const { port, model, a, double } = workbook();
    await port.readSheets();
    await port.highlight(FIRST);
    a.name = "DS cá nhân";
    const formats = formatSnapshot(model);
    resetStats(double.stats);
    const error = await port.highlight(SECOND).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ItemNotFound", sheet: "Cá nhân" });
    expect(excelErrorMessage(error)).toBe(`${MESSAGE_NOT_FOUND} (Trang tính: «Cá nhân».)`);
    // Found out in the listing's sync: no earlier mark was deleted.
    expect(double.stats.syncs).toBe(1);
    expect(formatSnapshot(model)).toEqual(formats);
  });

  test("a sheet carrying our marks renamed since: it is still found by its id, its marks go", async () => {
    const { port, model, b, double } = workbook();
    await port.readSheets();
    await port.highlight(FIRST);
    b.name = "Danh sách tập thể";
    expect(await syncsOf(double, () => port.highlight(SECOND))).toBe(2);
    expect(marks(b)).toEqual([]);
    expect(model.sheets.map((s) => s.name)).toEqual(["Cá nhân", "Danh sách tập thể"]);
  });

  test("a copy of a marked sheet made since the read: the copy's marks go too, one sync more", async () => {
    const { port, model, a, double } = workbook();
    await port.readSheets();
    await port.highlight(FIRST);
    // Excel copies a sheet with its conditional formats, under new ids; the clerk adds one of hers.
    const copy = addSheet(model, "Cá nhân (2)");
    setCell(copy, 12, 3, "bản sao");
    const copied = (f: ModelConditionalFormat, i: number) => ({ ...f, id: `copy${i}` });
    copy.conditionalFormats = a.conditionalFormats.map(copied);
    const clerkCopy = { ...copy.conditionalFormats[copy.conditionalFormats.length - 1] };
    expect(clerkCopy.formula).toBeNull();
    // Listing with the known sheets' formats; the new sheet's formats; the replace.
    expect(await syncsOf(double, () => port.highlight(SECOND))).toBe(3);
    expect(marks(copy)).toEqual([]);
    expect(copy.conditionalFormats).toEqual([clerkCopy]);
    expect(marks(a)).toEqual([[HIGHLIGHT_FILL.error, [{ top: 20, left: 5, bottom: 20, right: 5 }]]]);
    expect(valueSnapshot(model)["Cá nhân (2)"]).toEqual({ R12C3: "bản sao" });
  });

  test("a mark of ours the clerk deleted by hand: highlight and clear still exact, no error", async () => {
    const { port, model, a, b, double } = workbook();
    const before = formatSnapshot(model);
    await port.readSheets();
    await port.highlight(FIRST);
    b.conditionalFormats = b.conditionalFormats.filter((f) => f.formula !== HIGHLIGHT_MARKER_FORMULA);
    expect(await syncsOf(double, () => port.highlight(SECOND))).toBe(2);
    expect(marks(a)).toEqual([[HIGHLIGHT_FILL.error, [{ top: 20, left: 5, bottom: 20, right: 5 }]]]);
    a.conditionalFormats = a.conditionalFormats.filter((f) => f.formula !== HIGHLIGHT_MARKER_FORMULA);
    // No mark of ours left anywhere: the listing's sync finds none and nothing more is sent.
    expect(await syncsOf(double, () => port.clearHighlights())).toBe(1);
    expect(formatSnapshot(model)).toEqual(before);
  });

  test("a clerk's sheet named like ours made since the read: ours goes to a free name, hers stays", async () => {
    const { port, model } = workbook();
    await port.readSheets();
    const hers = addSheet(model, "tổng hợp");
    setCell(hers, 3, 2, "ghi chép của văn thư", { fill: "#00B050" });
    const values = valueSnapshot(model)["tổng hợp"];
    const formats = formatSnapshot(model)["tổng hợp"];
    expect(await port.writeSheet(SUMMARY)).toBe("Tổng hợp (2)");
    expect(model.sheets.map((s) => s.name)).toEqual(["Cá nhân", "Tập thể", "tổng hợp", "Tổng hợp (2)"]);
    expect(valueSnapshot(model)["tổng hợp"]).toEqual(values);
    expect(formatSnapshot(model)["tổng hợp"]).toEqual(formats);
  });

  test("our sheet deleted since the read: the write still makes one under the wanted name", async () => {
    const { port, model } = workbook();
    await port.writeSheet(SUMMARY);
    await port.readSheets();
    model.sheets = model.sheets.filter((s) => s.name !== "Tổng hợp");
    expect(await port.writeSheet(SUMMARY)).toBe("Tổng hợp");
    expect(valueSnapshot(model)["Tổng hợp"]).toEqual({ R1C1: "TỔNG HỢP", R2C1: "Cá nhân", R2C2: 30 });
  });
});

describe("a write failing in the sync that adds its sheet", () => {
  test("fails part way after adding the sheet: that sheet is deleted, ours and the clerk's stay", async () => {
    const { port, model, double } = workbook();
    await port.writeSheet(SUMMARY);
    const values = valueSnapshot(model);
    const formats = formatSnapshot(model);
    const owned = model.settings.get(OWNED_SHEETS_KEY);
    // Operations of sync 1: load the listing, add the sheet, load its id, then the first cells.
    let atCleanUp: string[] = [];
    double.stats.failPartWay = (n) => {
      if (n === 2) atCleanUp = model.sheets.map((s) => s.name);
      return n === 1 ? { code: "GeneralException", at: 4 } : null;
    };
    resetStats(double.stats);
    const error = await port
      .writeSheet({ ...SUMMARY, cells: SUMMARY.cells.map((c) => ({ ...c, value: "mới" })) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(excelErrorMessage(error)).toBe(MESSAGE_GENERAL);
    expect(error).not.toHaveProperty("cleanupError");
    // The added sheet existed after sync 1 (half written) and the clean-up removed it.
    expect(atCleanUp).toHaveLength(4);
    expect(atCleanUp[3]).toMatch(/^Trợ lý đang ghi [0-9a-f]{10}$/);
    expect(model.sheets.map((s) => s.name)).toEqual(["Cá nhân", "Tập thể", "Tổng hợp"]);
    expect(valueSnapshot(model)).toEqual(values);
    expect(formatSnapshot(model)).toEqual(formats);
    expect(model.settings.get(OWNED_SHEETS_KEY)).toEqual(owned);
  });

  test("the last sync fails after deleting our old sheet: the new one, the only copy left, is kept", async () => {
    const { port, model, double } = workbook();
    await port.writeSheet(SUMMARY);
    // A sheet of one batch: sync 1 adds and fills it; sync 2 deletes our old sheet, renames the
    // new one and moves it. Fail sync 2 at the rename, after the delete has run.
    double.stats.failPartWay = (n) => (n === 2 ? { code: "GeneralException", at: 1 } : null);
    resetStats(double.stats);
    const error = await port
      .writeSheet({ ...SUMMARY, cells: SUMMARY.cells.map((c) => ({ ...c, value: "mới" })) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "GeneralException" });
    const names = model.sheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(["Cá nhân", "Tập thể"]);
    expect(names).toHaveLength(3);
    expect(names[2]).toMatch(/^Trợ lý đang ghi [0-9a-f]{10}$/);
    expect(valueSnapshot(model)[names[2]]).toEqual({ R1C1: "mới", R2C1: "mới", R2C2: "mới" });
  });

  test("a clerk's sheet that bears the temporary name is never taken for ours", async () => {
    const { port, model } = workbook();
    jest.spyOn(crypto, "getRandomValues").mockImplementation((array) => array);
    const hers = addSheet(model, "Trợ lý đang ghi 0000000000");
    setCell(hers, 1, 1, "của văn thư");
    const values = valueSnapshot(model);
    const error = await port.writeSheet(SUMMARY).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ItemAlreadyExists" });
    expect(describeError(error).title).toBe(TITLE_BUG);
    expect(valueSnapshot(model)).toEqual(values);
    expect(model.settings.has(OWNED_SHEETS_KEY)).toBe(false);
  });
});
