/** The Office.js port against the in-memory Excel double: exact results and exact round trips. */
import { excelErrorMessage, HIGHLIGHT_FILL, HIGHLIGHT_MARKER_FORMULA } from "../../src/excel";
import { MESSAGE_PROTECTED } from "../../src/excel/errors";
import { PAYLOAD_BUDGET_BYTES } from "../../src/excel/batches";
import { MESSAGE_STRUCTURE_PROTECTED } from "../../src/excel/errors";
import { OWNED_SHEETS_KEY } from "../../src/excel/ownership";
import { HEAD_COLUMNS, headRows } from "../../src/excel/read";
import type { SheetModel } from "../../src/core/port";
import {
  addSheet,
  cellKey,
  excelPortOver,
  createWorkbook,
  formatSnapshot,
  PAYLOAD_LIMIT_BYTES,
  resetStats,
  setCell,
  setRow,
  valueSnapshot,
} from "../excel-double";
import { addNominationSheet, FIRST_RECORD_ROW, recordRow } from "../excel-double/nomination";
import { portOver, syncsOf } from "./port-over-globals";

// Large grids on a shared machine: a slow run must not fail a test (counts are asserted, not time).
jest.setTimeout(60_000);

const SUMMARY: SheetModel = {
  name: "Tổng hợp",
  cells: [
    { row: 1, col: 1, value: "TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG", style: { bold: true, align: "center" } },
    { row: 3, col: 1, value: "Loại", style: { bold: true, border: true, fill: "#D9E1F2" } },
    { row: 3, col: 2, value: "Số lượng", style: { bold: true, border: true, fill: "#D9E1F2" } },
    { row: 4, col: 1, value: "Cá nhân", style: { border: true } },
    { row: 4, col: 2, value: 12, numFmt: "#,##0", style: { border: true } },
    { row: 5, col: 1, value: "Tập thể", style: { border: true } },
    { row: 5, col: 2, value: 3, numFmt: "#,##0", style: { border: true } },
    { row: 7, col: 1, value: '=HYPERLINK("http://x","y")' },
    { row: 7, col: 2, value: "0123" },
    { row: 7, col: 3, value: "-5 ngày" },
    { row: 8, col: 1, value: null },
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
  columnWidths: [20, 12],
};

describe("readSheets", () => {
  test("returns every sheet's used range as an exact grid with origin, merges, hidden rows and visibility", async () => {
    const { port, model } = portOver();
    const a = addSheet(model, "Danh sách");
    setCell(a, 3, 2, "STT");
    setCell(a, 3, 3, "Họ và tên");
    setRow(a, 4, 2, [1, "Nguyễn Văn An"]);
    setCell(a, 5, 3, "Trần Thị Bình");
    setCell(a, 9, 9, "", { fill: "#FF0000" }); // formatting only: outside the values-only used range
    a.merges.push({ top: 3, left: 2, bottom: 3, right: 3 });
    a.hiddenRows.push(4, 7); // row 7 lies below the used range
    addSheet(model, "Trống", { visibility: "Hidden" });
    const sheets = await port.readSheets();
    expect(sheets).toEqual([
      {
        name: "Danh sách",
        values: [
          ["STT", "Họ và tên"],
          [1, "Nguyễn Văn An"],
          ["", "Trần Thị Bình"],
        ],
        originRow: 3,
        originCol: 2,
        merges: [{ top: 3, left: 2, bottom: 3, right: 3 }],
        hiddenRows: [4],
        visibility: "visible",
      },
      { name: "Trống", values: [], originRow: 1, originCol: 1, merges: [], visibility: "hidden" },
    ]);
  });

  test("a sheet name that needs quoting still yields its merges", async () => {
    const { port, model } = portOver();
    const s = addSheet(model, "Cá nhân, tập thể");
    setRow(s, 1, 1, ["a", "b", "c"]);
    s.merges.push({ top: 1, left: 1, bottom: 2, right: 2 });
    const [sheet] = await port.readSheets();
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
  });

  test("without ExcelApi 1.13 (no Office global) the sheets are read without merges", async () => {
    const model = createWorkbook();
    const s = addSheet(model, "A");
    setRow(s, 1, 1, ["x", "y"]);
    s.merges.push({ top: 1, left: 1, bottom: 1, right: 2 });
    const [sheet] = await excelPortOver(model).readSheets();
    expect(sheet.values).toEqual([["x", "y"]]);
    expect(sheet.merges).toEqual([]);
  });

  test("two syncs when the active sheet fits one sync and the others their head windows; values identical", async () => {
    for (const n of [100, 10_000]) {
      const { port, model, double } = portOver();
      addNominationSheet(model, "Cá nhân", n); // the first sheet is the active one
      addNominationSheet(model, "Tập thể", 5);
      let sheets: Awaited<ReturnType<typeof port.readSheets>> = [];
      // Sheet list; used ranges with values and the merged areas (ExcelApi 1.13, the globals'
      // answer), asked for over the active sheet's used range and the other's head window.
      expect(await syncsOf(double, async () => (sheets = await port.readSheets()))).toBe(2);
      expect(sheets[0].values).toHaveLength(FIRST_RECORD_ROW - 1 + n);
      for (const i of [0, n >> 1, n - 1])
        expect(sheets[0].values[FIRST_RECORD_ROW - 1 + i]).toEqual(recordRow(i));
      expect(sheets[1].values).toHaveLength(FIRST_RECORD_ROW - 1 + 5);
      expect(sheets[1].values[FIRST_RECORD_ROW + 3]).toEqual(recordRow(4));
      expect(double.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
  });

  test("10 000 records on a sheet that is not the active one: head window, then the rest (and its merges) in a third sync", async () => {
    const { port, model, double } = portOver();
    addNominationSheet(model, "Tập thể", 5);
    addNominationSheet(model, "Cá nhân", 10_000);
    expect(FIRST_RECORD_ROW + 10_000).toBeGreaterThan(headRows(1));
    let sheets: Awaited<ReturnType<typeof port.readSheets>> = [];
    expect(await syncsOf(double, async () => (sheets = await port.readSheets()))).toBe(3);
    expect(sheets[1].values).toHaveLength(FIRST_RECORD_ROW - 1 + 10_000);
    for (const i of [0, headRows(1) - FIRST_RECORD_ROW, headRows(1) - FIRST_RECORD_ROW + 1, 9_999])
      expect(sheets[1].values[FIRST_RECORD_ROW - 1 + i]).toEqual(recordRow(i));
  });

  test("a list wider than the head window is read whole in the next sync", async () => {
    const { port, model, double } = portOver();
    addNominationSheet(model, "Tập thể", 5);
    const s = addSheet(model, "Rộng");
    const width = HEAD_COLUMNS + 4;
    const rows = Array.from({ length: 50 }, (_, r) => Array.from({ length: width }, (_, c) => `r${r}c${c}`));
    rows.forEach((row, r) => setRow(s, r + 2, 1, row));
    let sheets: Awaited<ReturnType<typeof port.readSheets>> = [];
    expect(await syncsOf(double, async () => (sheets = await port.readSheets()))).toBe(3);
    expect(sheets[1]).toMatchObject({ values: rows, originRow: 2, originCol: 1 });
  });

  test("a list that starts below the head window is read in the next sync", async () => {
    const { port, model, double } = portOver();
    addNominationSheet(model, "Tập thể", 5);
    const s = addSheet(model, "Dưới");
    const top = headRows(1) + 5;
    setRow(s, top, 3, ["STT", "Họ và tên"]);
    setRow(s, top + 1, 3, [1, "Nguyễn Văn An"]);
    let sheets: Awaited<ReturnType<typeof port.readSheets>> = [];
    expect(await syncsOf(double, async () => (sheets = await port.readSheets()))).toBe(3);
    expect(sheets[1]).toMatchObject({
      values: [
        ["STT", "Họ và tên"],
        [1, "Nguyễn Văn An"],
      ],
      originRow: top,
      originCol: 3,
    });
  });
});

describe("readSheets when cells are far longer than the estimate", () => {
  test("a refused sync is split and retried until it fits; values exact, nothing refused is lost", async () => {
    const { port, model, double } = portOver();
    const s = addSheet(model, "Thành tích");
    const text = (r: number, c: number) => `${r}:${c} ` + "Hoàn thành xuất sắc nhiệm vụ".repeat(3);
    const rows = 20_000;
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= 5; c++) setCell(s, r, c, text(r, c));
    let sheets: Awaited<ReturnType<typeof port.readSheets>> = [];
    const syncs = await syncsOf(double, async () => (sheets = await port.readSheets()));
    // ~10 MB of values: 2 (sheet list; whole-sheet read, refused) + 1 (sizes only) + 3 refused
    // chunks (20 000, 10 000 and 10 000 rows) + 4 chunks of 5 000 rows (~2.5 MB each); the merges
    // ride with the first chunk that passes.
    expect(syncs).toBe(10);
    const refused = double.stats.requestBytes.filter((b) => b > PAYLOAD_LIMIT_BYTES);
    expect(refused).toHaveLength(4);
    expect(sheets[0].values).toHaveLength(rows);
    for (const r of [1, 5_000, 5_001, 10_001, rows])
      expect(sheets[0].values[r - 1]).toEqual([1, 2, 3, 4, 5].map((c) => text(r, c)));
  });
});

describe("highlight and clearHighlights", () => {
  function sheetWithClerkFormats() {
    const { port, model, double } = portOver();
    const s = addNominationSheet(model, "Cá nhân", 100);
    setCell(s, 12, 2, "Lê Văn C", { fill: "#00B050", bold: true }); // the clerk's own fill
    s.conditionalFormats.push({
      id: "clerk",
      type: "CellValue",
      areas: [{ top: 10, left: 3, bottom: 109, right: 3 }],
      formula: null,
      fill: "#FFFF00",
    });
    return { port, model, double, s };
  }

  test("one conditional format per packed address list, errors above warnings, clerk formats untouched", async () => {
    const { port, model, double, s } = sheetWithClerkFormats();
    const before = formatSnapshot(model);
    const values = valueSnapshot(model);
    const n = await syncsOf(double, () =>
      port.highlight([
        { sheet: "Cá nhân", severity: "error", addresses: ["B12", "B13", "B14", "D20"] },
        { sheet: "Cá nhân", severity: "warning", addresses: ["C30:C31"] },
      ]),
    );
    // No batch ran before, so the port knows no sheet: the sheets and their protection, then our
    // earlier formats on each, then delete-and-add in one.
    expect(n).toBe(3);
    const ours = s.conditionalFormats.filter((f) => f.formula === HIGHLIGHT_MARKER_FORMULA);
    expect(ours.map((f) => [f.fill, f.areas])).toEqual([
      [
        HIGHLIGHT_FILL.error,
        [
          { top: 12, left: 2, bottom: 14, right: 2 },
          { top: 20, left: 4, bottom: 20, right: 4 },
        ],
      ],
      [HIGHLIGHT_FILL.warning, [{ top: 30, left: 3, bottom: 31, right: 3 }]],
    ]);
    expect(s.cells.get(cellKey(12, 2))?.format).toEqual({ fill: "#00B050", bold: true });
    expect(valueSnapshot(model)).toEqual(values);
    // The port knows the sheets now: their formats ride in the listing's sync, then the delete.
    expect(await syncsOf(double, () => port.clearHighlights())).toBe(2);
    expect(formatSnapshot(model)).toEqual(before);
    expect(valueSnapshot(model)).toEqual(values);
  });

  test("sync counts of highlight and clear are the same for 100 and 10 000 rows (5% highlighted)", async () => {
    const counts: number[][] = [];
    for (const n of [100, 10_000]) {
      const { port, model, double } = portOver();
      addNominationSheet(model, "Cá nhân", n);
      const rows = Array.from({ length: Math.ceil(n / 20) }, (_, i) => FIRST_RECORD_ROW + i * 20);
      const before = formatSnapshot(model);
      counts.push([
        await syncsOf(double, () =>
          port.highlight([
            { sheet: "Cá nhân", severity: "error", addresses: rows.map((r) => `C${r}`) },
            { sheet: "Cá nhân", severity: "warning", addresses: rows.map((r) => `I${r}`) },
          ]),
        ),
        await syncsOf(double, () => port.clearHighlights()),
      ]);
      expect(formatSnapshot(model)).toEqual(before);
    }
    // The first highlight lists the sheets alone (the port knows none yet); clear needs no listing sync.
    expect(counts).toEqual([
      [3, 2],
      [3, 2],
    ]);
  });

  test("a protected sheet rejects highlight with the Vietnamese message and nothing is written anywhere", async () => {
    const { port, model } = portOver();
    addNominationSheet(model, "Cá nhân", 20);
    const locked = addNominationSheet(model, "Tập thể", 5);
    locked.protected = true;
    const before = formatSnapshot(model);
    const error = await port
      .highlight([
        { sheet: "Cá nhân", severity: "error", addresses: ["B11"] },
        { sheet: "Tập thể", severity: "error", addresses: ["B11"] },
      ])
      .catch((e: unknown) => e);
    expect(excelErrorMessage(error)).toBe(`${MESSAGE_PROTECTED} (Trang tính: «Tập thể».)`);
    expect(formatSnapshot(model)).toEqual(before);
  });

  test("clearHighlights on a protected sheet carrying our marks rejects before deleting any", async () => {
    const { port, model } = portOver();
    addNominationSheet(model, "Cá nhân", 20);
    const other = addNominationSheet(model, "Tập thể", 5);
    await port.highlight([
      { sheet: "Cá nhân", severity: "error", addresses: ["B11"] },
      { sheet: "Tập thể", severity: "warning", addresses: ["B11"] },
    ]);
    other.protected = true;
    const marked = formatSnapshot(model);
    const error = await port.clearHighlights().catch((e: unknown) => e);
    expect(excelErrorMessage(error)).toBe(`${MESSAGE_PROTECTED} (Trang tính: «Tập thể».)`);
    expect(formatSnapshot(model)).toEqual(marked);
  });
});

describe("writeSheet, writeCells, select", () => {
  test("writes values, text as text, number formats, styles, merges and widths in two syncs", async () => {
    const { port, model, double } = portOver();
    addNominationSheet(model, "Cá nhân", 10);
    const other = formatSnapshot(model)["Cá nhân"];
    expect(await syncsOf(double, () => port.writeSheet(SUMMARY))).toBe(2);
    const s = model.sheets[1];
    expect(s.name).toBe("Tổng hợp");
    expect(valueSnapshot(model)["Tổng hợp"]).toEqual({
      R1C1: "TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG",
      R3C1: "Loại",
      R3C2: "Số lượng",
      R4C1: "Cá nhân",
      R4C2: 12,
      R5C1: "Tập thể",
      R5C2: 3,
      R7C1: '=HYPERLINK("http://x","y")',
      R7C2: "0123",
      R7C3: "-5 ngày",
    });
    const hyperlink = s.cells.get(cellKey(7, 1));
    expect(hyperlink?.formula).toBeUndefined();
    expect(hyperlink?.value).toBe('=HYPERLINK("http://x","y")');
    expect(s.cells.get(cellKey(7, 2))?.value).toBe("0123");
    expect(s.cells.get(cellKey(4, 2))?.format).toEqual({ numberFormat: "#,##0", border: true });
    expect(s.cells.get(cellKey(3, 2))?.format).toEqual({
      numberFormat: "@",
      bold: true,
      border: true,
      fill: "#D9E1F2",
    });
    expect(s.cells.get(cellKey(1, 1))?.format).toEqual({ numberFormat: "@", bold: true, hAlign: "Center" });
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect([...s.columnWidths]).toEqual([
      [1, 20 * 5.25 + 3.75],
      [2, 12 * 5.25 + 3.75],
    ]);
    expect(formatSnapshot(model)["Cá nhân"]).toEqual(other);
  });

  test("a clerk's sheet named like ours (any case) is left alone: ours goes to a free name, then is rewritten in place", async () => {
    const { port, model, double } = portOver();
    const theirs = addSheet(model, "TỔNG HỢP");
    setCell(theirs, 50, 5, "của văn thư", { fill: "#FF0000" });
    theirs.merges.push({ top: 50, left: 5, bottom: 51, right: 6 });
    const clerkValues = valueSnapshot(model)["TỔNG HỢP"];
    const clerkFormats = formatSnapshot(model)["TỔNG HỢP"];

    expect(await port.writeSheet(SUMMARY)).toBe("Tổng hợp (2)");
    expect(model.sheets.map((x) => x.name)).toEqual(["TỔNG HỢP", "Tổng hợp (2)"]);
    expect(model.settings.get(OWNED_SHEETS_KEY)).toEqual({ "tổng hợp": model.sheets[1].id });

    // The clerk renames ours and moves it first; the next write still finds it by id.
    model.sheets[1].name = "Báo cáo gửi Sở";
    model.sheets.reverse();
    const again = { ...SUMMARY, cells: SUMMARY.cells.map((c) => (c.value === 12 ? { ...c, value: 13 } : c)) };
    expect(
      await syncsOf(double, async () => expect(await port.writeSheet(again)).toBe("Báo cáo gửi Sở")),
    ).toBe(2);
    expect(model.sheets.map((x) => x.name)).toEqual(["Báo cáo gửi Sở", "TỔNG HỢP"]);
    expect(valueSnapshot(model)["Báo cáo gửi Sở"].R4C2).toBe(13);
    expect(valueSnapshot(model)["TỔNG HỢP"]).toEqual(clerkValues);
    expect(formatSnapshot(model)["TỔNG HỢP"]).toEqual(clerkFormats);
  });

  test("a workbook whose structure is protected rejects writeSheet with its own message, nothing written", async () => {
    const { port, model } = portOver();
    addNominationSheet(model, "Cá nhân", 5);
    model.structureProtected = true;
    const values = valueSnapshot(model);
    const error = await port.writeSheet(SUMMARY).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "AccessDenied", accessReason: "structure-protected" });
    expect(excelErrorMessage(error)).toBe(MESSAGE_STRUCTURE_PROTECTED);
    expect(valueSnapshot(model)).toEqual(values);
    expect(model.settings.has(OWNED_SHEETS_KEY)).toBe(false);
  });

  test("our sheet deleted by the clerk: the next write makes a new one under the name wanted", async () => {
    const { port, model } = portOver();
    addNominationSheet(model, "Cá nhân", 5);
    await port.writeSheet(SUMMARY);
    model.sheets.splice(1, 1);
    expect(await port.writeSheet(SUMMARY)).toBe("Tổng hợp");
    expect(model.sheets.map((x) => x.name)).toEqual(["Cá nhân", "Tổng hợp"]);
    expect(valueSnapshot(model)["Tổng hợp"].R4C2).toBe(12);
  });

  test("a sheet larger than one sync's budget is written in row batches under the payload limit", async () => {
    const { port, model, double } = portOver();
    addSheet(model, "Danh sách");
    // About 2.5 budgets of cells: Vietnamese names are 2–3 bytes a letter, counted as sent.
    const rows = 60_000;
    const cells: SheetModel["cells"] = [];
    for (let r = 1; r <= rows; r++)
      for (let c = 1; c <= 10; c++)
        cells.push({
          row: r,
          col: c,
          value: c === 1 ? r : `Nguyễn Văn ${r}-${c}`,
          style: r === rows ? { bold: true } : undefined,
        });
    const big: SheetModel = {
      name: "Tổng hợp",
      cells,
      merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
      columnWidths: [8],
    };
    const sent = Buffer.byteLength(JSON.stringify(cells.map((c) => c.value)), "utf8");
    expect(sent).toBeGreaterThan(2 * PAYLOAD_BUDGET_BYTES);
    const syncs = await syncsOf(double, () => port.writeSheet(big));
    // One sync per budget of bytes (the formats ride along, the sheet list with the first): 3 or 4.
    expect(syncs).toBeGreaterThanOrEqual(Math.ceil(sent / PAYLOAD_BUDGET_BYTES));
    expect(syncs).toBeLessThanOrEqual(1 + Math.ceil(sent / PAYLOAD_BUDGET_BYTES));
    expect(double.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const s = model.sheets[1];
    for (const r of [1, rows >> 1, rows]) {
      expect(s.cells.get(cellKey(r, 1))?.value).toBe(r);
      expect(s.cells.get(cellKey(r, 10))?.value).toBe(`Nguyễn Văn ${r}-10`);
    }
    expect(s.cells.get(cellKey(rows, 5))?.format).toEqual({ numberFormat: "@", bold: true });
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  test("writeCells touches only the given cells, in one sync", async () => {
    const { port, model, double } = portOver();
    const t = addSheet(model, "Mẫu");
    setCell(t, 5, 2, "{{don_vi}}", { bold: true });
    setCell(t, 5, 3, "giữa");
    setCell(t, 5, 4, "{{so_luong}}");
    const n = await syncsOf(double, () =>
      port.writeCells("Mẫu", [
        { row: 5, col: 2, value: "Xã Hòa Bình" },
        { row: 5, col: 4, value: 7 },
      ]),
    );
    expect(n).toBe(1);
    expect(valueSnapshot(model)["Mẫu"]).toEqual({ R5C2: "Xã Hòa Bình", R5C3: "giữa", R5C4: 7 });
    expect(t.cells.get(cellKey(5, 2))?.format).toEqual({ bold: true, numberFormat: "@" });
    expect(t.cells.get(cellKey(5, 3))?.format).toEqual({});
  });

  test("select checks the sheet is visible, then activates it and selects the cell: two syncs", async () => {
    const { port, model, double } = portOver();
    addSheet(model, "Tổng hợp");
    addNominationSheet(model, "Cá nhân", 10);
    expect(await syncsOf(double, () => port.select("Cá nhân", "C12"))).toBe(2);
    expect(model.activeSheet).toBe("Cá nhân");
    expect(model.selection).toEqual({ sheet: "Cá nhân", address: "C12" });
  });

  test("a missing sheet rejects select with Excel's ItemNotFound", async () => {
    const { port } = portOver();
    await expect(port.select("Không có", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("writeSheet when Excel refuses or fails part way", () => {
  /** A summary of `rows` rows of long Vietnamese text: more than one payload budget. */
  function bigSummary(rows: number, tag: string): SheetModel {
    const cells: SheetModel["cells"] = [];
    for (let r = 1; r <= rows; r++)
      for (let c = 1; c <= 10; c++) cells.push({ row: r, col: c, value: `${tag} Nguyễn Văn ${r}-${c}` });
    return { name: "Tổng hợp", cells, merges: [] };
  }

  test("a batch refused for its size is split in two and sent again: the sheet is whole", async () => {
    const { port, model, double } = portOver();
    addNominationSheet(model, "Cá nhân", 5);
    resetStats(double.stats);
    // Sync 1 (the sheet list, the new sheet and the one batch of a small summary) is refused once.
    double.stats.refuse = (n) => (n === 1 ? "RequestPayloadSizeLimitExceeded" : null);
    expect(await port.writeSheet(SUMMARY)).toBe("Tổng hợp");
    // Refused, then the two halves (three row blocks: one, then two), the list with the first.
    expect(double.stats.syncs).toBe(3);
    expect(valueSnapshot(model)["Tổng hợp"]).toMatchObject({
      R1C1: "TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG",
      R4C2: 12,
      R5C2: 3,
    });
    expect(model.sheets.map((s) => s.name)).toEqual(["Cá nhân", "Tổng hợp"]);
  });

  test("a rewrite failing at its second batch leaves our old sheet as it was and no half-written one", async () => {
    const { port, model, double } = portOver();
    addNominationSheet(model, "Cá nhân", 5);
    await port.writeSheet(bigSummary(12_000, "cũ"));
    const before = valueSnapshot(model)["Tổng hợp"];
    const owned = model.settings.get(OWNED_SHEETS_KEY);
    resetStats(double.stats);
    // Sync 1 lists the sheets and adds the new sheet with the first batch, sync 2 fails.
    double.stats.refuse = (n) => (n === 2 ? "GeneralException" : null);
    const error = await port.writeSheet(bigSummary(12_000, "mới")).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(model.sheets.map((s) => s.name)).toEqual(["Cá nhân", "Tổng hợp"]);
    expect(valueSnapshot(model)["Tổng hợp"]).toEqual(before);
    expect(model.settings.get(OWNED_SHEETS_KEY)).toEqual(owned);
  });
});
