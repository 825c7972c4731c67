/**
 * Nothing lost through the Office.js port, against the in-memory Excel double: for any clerk's
 * grid, check → highlight → clear leaves every value and format as it was, and the summary touches
 * only its own sheet (or only a template's placeholder cells).
 */
import fc from "fast-check";
import { checkDocument, documentSummary } from "../../src/core/document";
import { documentFindings, highlightGroups } from "../../src/core/findings";
import { getBuiltinPlan } from "../../src/core/plan";
import { createOfficeSettings, createExcelPort } from "../../src/excel";
import {
  addSheet,
  createWorkbook,
  formatSnapshot,
  installExcelGlobals,
  setCell,
  valueSnapshot,
  type CellFormat,
  type ModelWorkbook,
} from "../excel-double";
import { clerkGrid, type ClerkGrid, type ClerkValue } from "./grids";

const plan = getBuiltinPlan("an-giang-2025")!;
const options = { reportDate: "2025-11-10", unitKind: "xa" as const };
const LIST = "Danh sách";

/** What Excel's `Range.values` holds for a clerk's value: dates as serials, errors as their text. */
function officeValue(v: ClerkValue): string | number | boolean | null {
  if (v instanceof Date) return v.getTime() / 86400000 + 25569;
  if (v !== null && typeof v === "object") return v.error;
  return v;
}

function modelOf(grid: ClerkGrid): ModelWorkbook {
  const model = createWorkbook();
  const sheet = addSheet(model, LIST);
  const inMergeNotMaster = (r: number, c: number): boolean =>
    grid.merges.some(
      (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
    );
  grid.rows.forEach((row, i) =>
    row.forEach((value, j) => {
      const style = grid.styles[i]?.[j] ?? null;
      const format: CellFormat = {};
      if (value instanceof Date) format.numberFormat = "dd/mm/yyyy";
      if (style?.fill) format.fill = style.fill;
      if (style?.color) format.fontColor = style.color;
      if (style?.bold !== undefined) format.bold = style.bold;
      if (style?.numFmt) format.numberFormat = style.numFmt;
      if (style?.border) format.border = true;
      // Excel keeps only the top-left value of a merged area.
      const v = inMergeNotMaster(i + 1, j + 1) ? null : officeValue(value);
      if (v !== null || Object.keys(format).length > 0) setCell(sheet, i + 1, j + 1, v, format);
    }),
  );
  sheet.merges.push(...grid.merges);
  const notes = addSheet(model, "Ghi chú");
  setCell(notes, 1, 1, "=SUM(1,2) viết như chữ", { fill: "#92D050" });
  return model;
}

/** Runs the whole round and asserts nothing was lost; returns the template sheet written, if any. */
async function checkHighlightClear(grid: ClerkGrid, model: ModelWorkbook): Promise<string | null> {
  const double = installExcelGlobals(model);
  try {
    const port = createExcelPort(createOfficeSettings(0));
    const values = valueSnapshot(model);
    const formats = formatSnapshot(model);
    const sheets = await port.readSheets();
    const doc = checkDocument("tep.xlsx", sheets, plan, options);
    const groups = highlightGroups(documentFindings(doc));
    if (grid.extra.length > 0) groups.push({ sheet: LIST, severity: "warning", addresses: grid.extra });
    await port.highlight(groups);
    expect(valueSnapshot(model)).toEqual(values);
    await port.clearHighlights();
    expect(valueSnapshot(model)).toEqual(values);
    expect(formatSnapshot(model)).toEqual(formats);

    const summary = documentSummary(doc, sheets, plan, options);
    if (summary?.kind === "sheet") {
      await port.writeSheet(summary.sheet);
      const after = valueSnapshot(model);
      const afterFormats = formatSnapshot(model);
      for (const name of Object.keys(values)) {
        expect(after[name]).toEqual(values[name]);
        expect(afterFormats[name]).toEqual(formats[name]);
      }
      expect(Object.keys(after)).toEqual([...Object.keys(values), summary.sheet.name]);
    } else if (summary?.kind === "template") {
      await port.writeCells(summary.sheet, summary.cells);
      const written = new Set(summary.cells.map((c) => `R${c.row}C${c.col}`));
      const kept = (cells: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(cells).filter(([key]) => !written.has(key)));
      const after = valueSnapshot(model);
      const afterFormats = formatSnapshot(model);
      for (const name of Object.keys(values)) {
        expect(kept(after[name])).toEqual(kept(values[name]));
        // A written placeholder cell may get a text format (so its value is never a formula).
        const { cells, ...rest } = afterFormats[name] as { cells: Record<string, unknown> };
        const { cells: cellsBefore, ...restBefore } = formats[name] as { cells: Record<string, unknown> };
        expect(kept(cells)).toEqual(kept(cellsBefore));
        expect(rest).toEqual(restBefore);
      }
    }
    return summary?.kind === "template" ? summary.sheet : null;
  } finally {
    double.uninstall();
  }
}

describe("nothing lost through the Office.js port (Excel double)", () => {
  it("values and the clerk's formats survive check → highlight → clear → summary", async () => {
    await fc.assert(
      fc.asyncProperty(clerkGrid, async (grid) => {
        await checkHighlightClear(grid, modelOf(grid));
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it("a template sheet keeps every cell but its placeholders", async () => {
    const placeholder = fc.constantFrom("{{so_ca_nhan}}", "Tổng: {{tong_so}} người", "{{ngay_lap}}");
    await fc.assert(
      fc.asyncProperty(clerkGrid, placeholder, fc.integer({ min: 1, max: 4 }), async (grid, mark, col) => {
        const model = modelOf(grid);
        const template = addSheet(model, "Mẫu báo cáo");
        setCell(template, 1, 1, "BÁO CÁO", { bold: true });
        setCell(template, 3, col, mark, { fill: "#D9E1F2" });
        const written = await checkHighlightClear(grid, model);
        // The list sheet itself may hold "{{so_ca_nhan}}x" text, and then it is the template.
        expect([LIST, "Mẫu báo cáo"]).toContain(written);
        if (written === "Mẫu báo cáo")
          expect(String(valueSnapshot(model)[written][`R3C${col}`])).not.toContain("{{");
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});
