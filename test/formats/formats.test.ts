/**
 * The same lists saved as .xls and .ods (by LibreOffice, test/formats/convert-fixtures.ts) read as
 * the same grids and give the same reports as the .xlsx they were saved from.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { rangeAddress } from "../../src/excel/address";
import { getBuiltinPlan } from "../../src/core/plan";
import { checkWorkbook } from "../../src/core/run";
import type { SheetGrid } from "../../src/core/types";
import { annotatedCopy } from "../../src/web/annotate";
import { checkSource } from "../../src/web/check-files";
import { readWorkbookSheets } from "../../src/workbook";
import { FIXTURES_DIR } from "../fixtures/build-fixtures";
import { CONVERTED, FORMAT_FILES_DIR } from "./convert-fixtures";

const plan = getBuiltinPlan("an-giang-2025")!;

async function sheetsOf(dir: string, file: string): Promise<SheetGrid[]> {
  return readWorkbookSheets(new Uint8Array(await readFile(join(dir, file))), file);
}

function report(file: string, sheets: SheetGrid[]): unknown {
  // The same name for both files: the reports must differ in nothing else.
  return checkWorkbook(file, sheets, plan, { reportDate: "2025-11-20", unitKind: "xa" });
}

describe.each(
  CONVERTED.flatMap((f) => (["xls", "ods"] as const).map((format) => [f.file, format, f] as const)),
)("%s saved as .%s", (file, format, fixture) => {
  const twin = file.replace(/\.xlsx$/, `.${format}`);

  it("reads as the same grids: values, merges, hidden rows, fonts", async () => {
    const original = await sheetsOf(FIXTURES_DIR, file);
    const converted = await sheetsOf(FORMAT_FILES_DIR, twin);
    expect(converted.map((s) => s.name)).toEqual(original.map((s) => s.name));
    converted.forEach((sheet, i) => {
      const want = original[i];
      expect({ values: sheet.values, originRow: sheet.originRow, originCol: sheet.originCol }).toEqual({
        values: want.values,
        originRow: want.originRow,
        originCol: want.originCol,
      });
      expect((sheet.merges ?? []).map(rangeAddress).sort()).toEqual(
        (want.merges ?? []).map(rangeAddress).sort(),
      );
      expect(sheet.hiddenRows).toEqual(want.hiddenRows);
      // LibreOffice has no "very hidden": it saves such a sheet as hidden.
      expect(sheet.visibility).toBe(want.visibility === "veryHidden" ? "hidden" : want.visibility);
      // LibreOffice gives every cell its default font; a fixture's own font must be the only one.
      const font = fixture.sheets[i].font;
      if (font) expect(sheet.fontNames).toEqual([font]);
    });
  });

  it("gives the same report: lists, records, counts, findings, quota", async () => {
    const original = report(file, await sheetsOf(FIXTURES_DIR, file));
    expect(report(file, await sheetsOf(FORMAT_FILES_DIR, twin))).toEqual(original);
  });
});

describe("the annotated copy of an .xls or .ods", () => {
  it.each(["xls", "ods"])(
    "is an .xlsx written by ExcelJS, with the values, fonts and hidden rows of the .%s",
    async (format) => {
      const name = `03-tcvn3.${format}`;
      const bytes = new Uint8Array(await readFile(join(FORMAT_FILES_DIR, name)));
      const result = await checkSource({ name, read: async () => bytes }, plan, { reportDate: "2025-11-20" });
      if (!result.ok) throw new Error(result.error);
      const copy = await annotatedCopy(bytes, name, result.doc, plan.title);
      expect([copy[0], copy[1]]).toEqual([0x50, 0x4b]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(copy as unknown as ExcelJS.Buffer);
      const ws = book.getWorksheet("Danh sach")!;
      expect(ws.getCell("B5").value).toBe("NguyÔn V¨n An");
      expect(ws.getCell("B5").font?.name).toBe(".VnTime");
      // Read back, the copy's list sheet is the original's grid.
      const again = await readWorkbookSheets(copy, "copy.xlsx");
      const [original] = await sheetsOf(FORMAT_FILES_DIR, name);
      expect(again[0].values).toEqual(original.values);
      // The original bytes are not touched.
      expect(Buffer.from(bytes).equals(await readFile(join(FORMAT_FILES_DIR, name)))).toBe(true);
    },
  );

  it("keeps hidden rows and dates (as their serial numbers with their format)", async () => {
    for (const name of ["08-dong-an.xls", "11-date1904.ods"]) {
      const bytes = new Uint8Array(await readFile(join(FORMAT_FILES_DIR, name)));
      const result = await checkSource({ name, read: async () => bytes }, plan, { reportDate: "2025-11-20" });
      if (!result.ok) throw new Error(result.error);
      const copy = await annotatedCopy(bytes, name, result.doc, plan.title);
      const before = await sheetsOf(FORMAT_FILES_DIR, name);
      const after = await readWorkbookSheets(copy, "copy.xlsx");
      expect(after[0].values).toEqual(before[0].values);
      expect(after[0].hiddenRows).toEqual(before[0].hiddenRows);
    }
  });
});
