/**
 * Nothing lost through the ExcelJS port: for any clerk's grid, check → highlight → clear leaves
 * every value and every format the clerk had; the summary touches only its own sheet, or only the
 * placeholder cells of the clerk's template. In memory for many grids, through a saved .xlsx for fewer.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { checkDocument, documentSummary } from "../../src/core/document";
import { documentFindings, highlightGroups } from "../../src/core/findings";
import { getBuiltinPlan } from "../../src/core/plan";
import { a1 } from "../../src/core/read/address";
import { ExcelJsWorkbook, openWorkbook } from "../../src/workbook";
import { clerkGrid, snapshot, writeClerkSheet, type ClerkGrid } from "./grids";

const plan = getBuiltinPlan("an-giang-2025")!;
const options = { reportDate: "2025-11-10", unitKind: "xa" as const };
const LIST = "Danh sách";
const NOTES = "Ghi chú";

/** The clerk's workbook: the generated list sheet and a second sheet of their own. */
function clerkBook(grid: ClerkGrid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  writeClerkSheet(wb.addWorksheet(LIST), grid);
  const notes = wb.addWorksheet(NOTES);
  notes.getCell("A1").value = "=SUM(1,2) viết như chữ";
  notes.getCell("B2").value = { formula: "1+2", result: 3 };
  notes.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } };
  return wb;
}

/**
 * Check, highlight the findings' cells and the grid's extra cells, check nothing changed while
 * highlighted, clear, then write the summary. Returns the cells the summary wrote into a template.
 */
async function process(
  port: ExcelJsWorkbook,
  extra: string[],
): Promise<{ template: string | null; written: Set<string> }> {
  const sheets = await port.readSheets();
  const doc = checkDocument("tep.xlsx", sheets, plan, options);
  const groups = highlightGroups(documentFindings(doc));
  if (extra.length > 0) groups.push({ sheet: LIST, severity: "warning", addresses: extra });
  await port.highlight(groups);
  expect(await port.readSheets()).toEqual(sheets);
  await port.clearHighlights();
  const summary = documentSummary(doc, sheets, plan, options);
  if (summary === null) return { template: null, written: new Set() };
  if (summary.kind === "sheet") {
    await port.writeSheet(summary.sheet);
    return { template: null, written: new Set() };
  }
  await port.writeCells(summary.sheet, summary.cells);
  return { template: summary.sheet, written: new Set(summary.cells.map((c) => a1(c.row, c.col))) };
}

type Snapshot = ReturnType<typeof snapshot>;

/** The clerk's sheets are as before; a template sheet differs in its placeholder cells only. */
function expectNothingLost(
  before: Snapshot,
  after: Snapshot,
  result: { template: string | null; written: Set<string> },
) {
  for (const [name, sheet] of Object.entries(before)) {
    if (name !== result.template) {
      expect(after[name]).toEqual(sheet);
      continue;
    }
    const kept = (s: Snapshot[string]) =>
      Object.fromEntries(Object.entries(s.cells).filter(([address]) => !result.written.has(address)));
    expect(kept(after[name])).toEqual(kept(sheet));
    expect(after[name].merges).toEqual(sheet.merges);
  }
  const added = Object.keys(after).filter((n) => !(n in before));
  expect(added.length).toBeLessThanOrEqual(result.template === null ? 1 : 0);
}

describe("nothing lost through the ExcelJS port", () => {
  it("in memory: values and the clerk's formats survive check → highlight → clear → summary", async () => {
    await fc.assert(
      fc.asyncProperty(clerkGrid, async (grid) => {
        const wb = clerkBook(grid);
        const before = snapshot(wb);
        const result = await process(new ExcelJsWorkbook(wb), grid.extra);
        expectNothingLost(before, snapshot(wb), result);
      }),
      { numRuns: 2500 },
    );
  }, 120_000);

  it("through a saved .xlsx: the re-read workbook has every value, format and merge the clerk had", async () => {
    await fc.assert(
      fc.asyncProperty(clerkGrid, async (grid) => {
        const bytes = new Uint8Array(await clerkBook(grid).xlsx.writeBuffer());
        const load = async (data: Uint8Array) => {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
          return snapshot(wb);
        };
        const port = await openWorkbook(bytes, "tep.xlsx");
        const result = await process(port, grid.extra);
        expectNothingLost(await load(bytes), await load(await port.save()), result);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it("a template's cells other than its placeholders are untouched", async () => {
    const placeholder = fc.constantFrom(
      "{{so_ca_nhan}}",
      "Tổng: {{tong_so}} người",
      "{{ngay_lap}}",
      "{{khong_co}}",
    );
    await fc.assert(
      fc.asyncProperty(
        clerkGrid,
        fc.array(placeholder, { minLength: 1, maxLength: 3 }),
        async (grid, marks) => {
          const wb = clerkBook(grid);
          const template = wb.addWorksheet("Mẫu báo cáo");
          writeClerkSheet(template, { ...grid, extra: [] });
          marks.forEach((m, i) => (template.getCell(grid.rows.length + 2 + i, 1).value = m));
          const before = snapshot(wb);
          const result = await process(new ExcelJsWorkbook(wb), grid.extra);
          // The generated list sheet may hold "{{so_ca_nhan}}x" text itself: then it is the template.
          expect(result.template === "Mẫu báo cáo" || result.template === LIST).toBe(true);
          expectNothingLost(before, snapshot(wb), result);
        },
      ),
      { numRuns: 800 },
    );
  }, 120_000);
});
