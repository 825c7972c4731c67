/**
 * Round trips of a whole check in Excel (read → core → highlight → summary) on the Excel double
 * loaded from real .xlsx fixtures, and the read's sync count at 100 000 records, where Excel on
 * the web's 5 MB payload limit forces chunks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument, documentSummary } from "../../src/core/document";
import { documentFindings, highlightGroups } from "../../src/core/findings";
import { getBuiltinPlan } from "../../src/core/plan";
import type { CheckOptions } from "../../src/core/types";
import {
  createExcelPort,
  excelErrorMessage,
  HIGHLIGHT_FILL,
  HIGHLIGHT_MARKER_FORMULA,
} from "../../src/excel";
import { CELLS_PER_SYNC } from "../../src/excel/batches";
import { headRows } from "../../src/excel/read";
import { parseRange } from "../../src/core/read/address";
import {
  createExcelDouble,
  createWorkbook,
  excelPortOver,
  intersects,
  setCell,
  PAYLOAD_LIMIT_BYTES,
  valueSnapshot,
} from "../excel-double";
import { modelFromXlsx } from "../excel-double/from-xlsx";
import { WORKBOOK_FIXTURES } from "../fixtures/build-fixtures";
import { addNominationSheet, FIRST_RECORD_ROW, recordRow } from "../excel-double/nomination";

// Large grids on a shared machine: a slow run must not fail a test (counts are asserted, not time).
jest.setTimeout(60_000);

const OPTIONS: CheckOptions = { unitKind: "xa", reportDate: "2025-11-01" };

async function fixture(name: string) {
  return modelFromXlsx(readFileSync(join(__dirname, "../fixtures/out", name)));
}

describe("a full check in Excel", () => {
  test.each(["01-xa-tieu-de-hai-dong.xlsx", "09-cong-thuc-loi.xlsx"])(
    "%s: read, highlight and summary in 6 syncs, writing what the core decided",
    async (file) => {
      const plan = getBuiltinPlan("an-giang-2025");
      if (plan === undefined) throw new Error("plan an-giang-2025 missing");
      const model = await fixture(file);
      const double = createExcelDouble(model);
      const port = createExcelPort(double.settings, double.run);

      const sheets = await port.readSheets();
      const doc = checkDocument(file, sheets, plan, OPTIONS);
      // The lists and record counts the fixture script says the workbook holds.
      const lists = doc.listType === "nomination" ? doc.report.lists : [];
      expect(lists.map((l) => [l.sheet, l.records.length])).toEqual(
        WORKBOOK_FIXTURES.find((f) => f.file === file)!.lists!.map((l) => [l.sheet, l.records.length]),
      );
      const groups = highlightGroups(documentFindings(doc));
      expect(groups.length).toBeGreaterThan(0);
      await port.highlight(groups);
      const summary = documentSummary(doc, sheets, plan, OPTIONS);
      if (summary?.kind !== "sheet") throw new Error("expected the default summary sheet");
      await port.writeSheet(summary.sheet);

      // Read 2 (no Office global here: no merges sync), highlight 2 (sheets with our earlier marks,
      // the read having told the port the sheets; replace), summary 2 (sheet list with the cells;
      // naming it).
      expect(double.stats.syncs).toBe(6);
      expect(double.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      for (const g of groups) {
        const ours = model.sheets
          .find((s) => s.name === g.sheet)
          ?.conditionalFormats.filter(
            (f) => f.formula === HIGHLIGHT_MARKER_FORMULA && f.fill === HIGHLIGHT_FILL[g.severity],
          );
        const covered = (ours ?? []).flatMap((f) => f.areas);
        for (const address of g.addresses) {
          const cell = parseRange(address);
          if (cell === null) throw new Error(`not an A1 address: ${address}`);
          expect(covered.some((a) => intersects(a, cell))).toBe(true);
        }
      }
      const written = valueSnapshot(model)[summary.sheet.name];
      for (const c of summary.sheet.cells)
        if (c.value !== null && c.value !== "") expect(written[`R${c.row}C${c.col}`]).toBe(c.value);
    },
  );
});

describe("reading 100 000 rows, the file host's limit", () => {
  test("syncs follow the data size: 2 + one per CELLS_PER_SYNC cells beyond the head window", async () => {
    const n = 100_000 - (FIRST_RECORD_ROW - 1);
    const model = createWorkbook();
    addNominationSheet(model, "Cá nhân", n);
    const double = createExcelDouble(model);
    const sheets = await createExcelPort(double.settings, double.run).readSheets();
    const rows = FIRST_RECORD_ROW - 1 + n;
    const columns = recordRow(0).length;
    // By hand: the head window holds rows 1–4 807 of the 11 columns; the 95 193 rows left go in
    // chunks of ⌊125 000 / 11⌋ = 11 363 rows, one chunk per sync: 9 syncs.
    expect([headRows(1), CELLS_PER_SYNC]).toEqual([4807, 125_000]);
    expect(double.stats.syncs).toBe(
      2 + Math.ceil((rows - headRows(1)) / Math.floor(CELLS_PER_SYNC / columns)),
    );
    expect(double.stats.syncs).toBe(11);
    expect(double.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(sheets[0].values).toHaveLength(rows);
    for (const i of [0, headRows(1) - FIRST_RECORD_ROW, headRows(1) - FIRST_RECORD_ROW + 1, n - 1])
      expect(sheets[0].values[FIRST_RECORD_ROW - 1 + i]).toEqual(recordRow(i));
  });
});

describe("reads are bounded as in the file host", () => {
  test("one row over 100 000 is refused in Vietnamese, as the file host refuses it", async () => {
    const model = createWorkbook();
    // Rows holding something: 7 title and header rows (rows 3 and 5 are blank) and the records.
    addNominationSheet(model, "Cá nhân", 100_001 - 7);
    const error = await excelPortOver(model)
      .readSheets()
      .catch((e: unknown) => e);
    expect(excelErrorMessage(error)).toBe(
      "Sổ làm việc quá lớn: 100.001 dòng dữ liệu («Cá nhân» 100.001 dòng), vượt giới hạn 100.000 dòng mà Trợ lý đọc được. Hãy tách danh sách thành nhiều sổ nhỏ hơn hoặc xóa các dòng thừa rồi kiểm tra lại.",
    );
  });

  test.each([
    ["far right", 5, 16_384],
    ["far bottom", 1_048_576, 3],
    ["far right and bottom", 1_048_576, 16_384],
  ])("a stray value %s costs a few syncs, and is read", async (_where, row, col) => {
    const model = createWorkbook();
    const s = addNominationSheet(model, "Cá nhân", 200);
    setCell(s, row, col, "ghi chú lạc");
    const double = createExcelDouble(model);
    const [sheet] = await createExcelPort(double.settings, double.run).readSheets();
    // Sheet list, used ranges, where the data is, the data areas: never one sync per 125 000 cells
    // of an empty rectangle (the used range here spans up to 17 billion cells).
    expect(double.stats.syncs).toBeLessThanOrEqual(4);
    expect(sheet.values[row - 1][col - 1]).toBe("ghi chú lạc");
    expect(sheet.values[FIRST_RECORD_ROW - 1].slice(0, recordRow(0).length)).toEqual(recordRow(0));
    expect(sheet.values[FIRST_RECORD_ROW + 198].slice(0, recordRow(199).length)).toEqual(recordRow(199));
  });
});
