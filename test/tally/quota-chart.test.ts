/**
 * "Biểu đồ chỉ tiêu": each unit against its quota as a table, a bar chart of it drawn through
 * Office.js (on the Excel double), and a note in its place in the file ExcelJS writes.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { UnitTally } from "../../src/core/tally";
import {
  CHART_FALLBACK_NOTE,
  CHART_TITLE,
  quotaChartSheet,
  SHEET_CHART,
  unitQuotaBars,
} from "../../src/core/tally";
import type { QuotaStatus } from "../../src/core/types";
import { createExcelPort } from "../../src/excel";
import { CHART_NAME } from "../../src/excel/chart";
import { createWorkbook as createFileWorkbook } from "../../src/workbook";
import { addSheet, createExcelDouble, createWorkbook, resetStats, valueSnapshot } from "../excel-double";

const DATE = "2025-12-20";

function quota(
  kinds: QuotaStatus["kinds"],
  min: number | null,
  max: number | null,
  actual: number,
): QuotaStatus {
  const met = (min === null || actual >= min) && (max === null || actual <= max);
  return { kind: kinds.join("+"), kinds, min, max, actual, met };
}

function unit(name: string, q: QuotaStatus[]): UnitTally {
  return {
    unit: name,
    kind: null,
    group: null,
    file: `${name}.xlsx`,
    files: [`${name}.xlsx`],
    status: "da-nop",
    late: false,
    counts: { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 },
    quota: q,
    errors: 0,
    warnings: 0,
    launched: null,
    planLate: false,
  };
}

const ALL = ["tap-the", "ca-nhan", "ho-gia-dinh"] as const;
const UNITS: UnitTally[] = [
  unit("Xã Mỹ Hòa Hưng", [quota([...ALL], 2, null, 1)]), // short by 1
  unit("Công ty Điện nước", [quota(["ca-nhan"], 1, 3, 5)]), // over by 2
  unit("Tỉnh đoàn", [quota(["tap-the"], 3, null, 3), quota(["ca-nhan"], 3, null, 0)]),
  unit("Sở Tư pháp", []), // no quota: no bar
  unit("Hội Nông dân", [quota(["ca-nhan"], null, 4, 2)]), // a maximum only
];

/** The table the sheet must hold, written out by hand: name, submitted, quota, short, over. */
const TABLE: (string | number)[][] = [
  ["Đơn vị", "Đã đề nghị", "Chỉ tiêu", "Còn thiếu", "Vượt"],
  ["Xã Mỹ Hòa Hưng", 1, 2, 1, 0],
  ["Công ty Điện nước", 5, 1, 0, 2],
  ["Tỉnh đoàn — Tập thể", 3, 3, 0, 0],
  ["Tỉnh đoàn — Cá nhân", 0, 3, 3, 0],
  ["Hội Nông dân", 2, 4, 0, 0],
];

function tableOf(cells: ReturnType<typeof quotaChartSheet>["cells"], top: number, rows: number) {
  const at = (r: number, c: number) => cells.find((x) => x.row === r && x.col === c)?.value;
  return Array.from({ length: rows }, (_, i) => [1, 2, 3, 4, 5].map((c) => at(top + i, c)));
}

describe("quota bars", () => {
  it("gives one bar per quota of every unit, with what is short and what is over", () => {
    const bars = unitQuotaBars(UNITS);
    expect(bars.map((b) => [b.name, b.actual, b.target, b.short, b.over, b.met])).toEqual([
      ["Xã Mỹ Hòa Hưng", 1, 2, 1, 0, false],
      ["Công ty Điện nước", 5, 1, 0, 2, false],
      ["Tỉnh đoàn — Tập thể", 3, 3, 0, 0, true],
      ["Tỉnh đoàn — Cá nhân", 0, 3, 3, 0, false],
      ["Hội Nông dân", 2, 4, 0, 0, true],
    ]);
  });

  it("lays the table out under its head row, and the chart over units, submitted and quota beside it", () => {
    const sheet = quotaChartSheet(UNITS, DATE);
    expect(sheet.name).toBe("Biểu đồ chỉ tiêu");
    const head = sheet.cells.find((c) => c.value === "Đơn vị")!.row;
    expect(tableOf(sheet.cells, head, TABLE.length)).toEqual(TABLE);
    expect(sheet.cells.some((c) => c.value === "Ngày tổng hợp: 20/12/2025")).toBe(true);
    expect(sheet.chart).toEqual({
      title: CHART_TITLE,
      data: { top: head, left: 1, bottom: head + TABLE.length - 1, right: 3 },
      anchor: { row: head, col: 7 },
      note: CHART_FALLBACK_NOTE,
    });
  });

  it("has no chart and says why when no unit has a quota", () => {
    const sheet = quotaChartSheet([unit("Sở Tư pháp", [])], DATE);
    expect(sheet.chart).toBeUndefined();
    expect(sheet.cells.map((c) => c.value).join(" ")).toContain("Không đơn vị nào có chỉ tiêu");
  });
});

describe("the chart in Excel (Office.js, on the double)", () => {
  it("draws one clustered bar chart over the table, beside it, and replaces it when written again", async () => {
    const model = createWorkbook();
    addSheet(model, "Danh mục đơn vị");
    const double = createExcelDouble(model);
    const port = createExcelPort(double.settings, double.run);
    const sheet = quotaChartSheet(UNITS, DATE);
    await port.writeSheet(sheet);
    const written = model.sheets.find((s) => s.name === SHEET_CHART)!;
    const head = sheet.chart!.data.top;
    expect(written.charts).toEqual([
      {
        name: CHART_NAME,
        type: "BarClustered",
        source: { top: head, left: 1, bottom: head + TABLE.length - 1, right: 3 },
        seriesBy: "Columns",
        title: CHART_TITLE,
        position: { start: `G${head}`, end: `P${head + 16}` },
      },
    ]);
    // The chart's source holds the units and their numbers, as the table above says.
    const values = valueSnapshot(model)[SHEET_CHART];
    expect(values[`R${head + 1}C1`]).toBe("Xã Mỹ Hòa Hưng");
    expect([values[`R${head + 2}C2`], values[`R${head + 2}C3`]]).toEqual([5, 1]);

    resetStats(double.stats);
    await port.writeSheet(quotaChartSheet(UNITS.slice(0, 2), DATE));
    // Ours is rewritten as a fresh sheet of the same name (the port's ownership contract).
    const rewritten = model.sheets.find((s) => s.name === SHEET_CHART)!;
    expect(rewritten.charts?.map((c) => [c.name, c.source.bottom])).toEqual([[CHART_NAME, head + 2]]);
    // The chart rides with the sheet's last batch: no sync of its own.
    const chartless = createExcelDouble(createWorkbook());
    await createExcelPort(chartless.settings, chartless.run).writeSheet({
      ...quotaChartSheet(UNITS.slice(0, 2), DATE),
      chart: undefined,
    });
    expect(double.stats.syncs - chartless.stats.syncs).toBe(0);
  });

  it("writes no chart for a sheet without one", async () => {
    const model = createWorkbook();
    const plain = createExcelDouble(model);
    await createExcelPort(plain.settings, plain.run).writeSheet(quotaChartSheet([], DATE));
    expect(model.sheets[0].charts).toBeUndefined();
  });
});

describe("the file written by ExcelJS", () => {
  it("keeps the table, says in the chart's place that ExcelJS cannot draw it, and has no chart part", async () => {
    const book = createFileWorkbook();
    const sheet = quotaChartSheet(UNITS, DATE);
    await book.writeSheet(sheet);
    const bytes = await book.save();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = read.getWorksheet(SHEET_CHART)!;
    const head = sheet.chart!.data.top;
    const rows = TABLE.map((_, i) => [1, 2, 3, 4, 5].map((c) => ws.getCell(head + i, c).value));
    expect(rows).toEqual(TABLE);
    expect(ws.getCell(head, 7).value).toBe(CHART_FALLBACK_NOTE);
    expect(CHART_FALLBACK_NOTE).toContain("ExcelJS không vẽ được biểu đồ");
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((f) => f.includes("chart"))).toEqual([]);
  });
});
