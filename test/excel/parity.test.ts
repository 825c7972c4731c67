/**
 * The same check in every host: for each fixture and sample workbook, the core's report through
 * the Office.js port (over the Excel double loaded from the file) equals its report through the
 * ExcelJS port used by the web page and the CLI.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../src/core/document";
import { getBuiltinPlan } from "../../src/core/plan";
import type { CheckOptions } from "../../src/core/types";
import { openWorkbook, UnreadableWorkbookError } from "../../src/workbook";
import { createExcelPort, createOfficeSettings } from "../../src/excel";
import { installExcelGlobals } from "../excel-double";
import { modelFromXlsx } from "../excel-double/from-xlsx";

// Large grids on a shared machine: a slow run must not fail a test (counts are asserted, not time).
jest.setTimeout(60_000);

const OPTIONS: CheckOptions = { unitKind: "xa", reportDate: "2025-11-01" };
const DIRS = [join(__dirname, "../fixtures/out"), join(__dirname, "../../samples")];

/** Every .xlsx ExcelJS can open (the broken-file fixtures are the CLI's and the web page's tests). */
async function readableWorkbooks(): Promise<{ name: string; bytes: Buffer }[]> {
  const out: { name: string; bytes: Buffer }[] = [];
  for (const dir of DIRS)
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith(".xlsx"))
      .sort()) {
      const bytes = readFileSync(join(dir, name));
      const opened = await openWorkbook(new Uint8Array(bytes), name).then(
        () => true,
        (e: unknown) => {
          if (e instanceof UnreadableWorkbookError) return false;
          throw e;
        },
      );
      if (opened) out.push({ name, bytes });
    }
  return out;
}

test.each([true, false])(
  "with isSetSupported answering %s, every readable fixture and sample gives the same report in Excel as from the file",
  async (supported) => {
    const files = await readableWorkbooks();
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const { name, bytes } of files) {
      const plan = getBuiltinPlan(name.startsWith("an-giang-2021") ? "an-giang-2021" : "an-giang-2025");
      if (plan === undefined) throw new Error("built-in plan missing");
      // The Office globals as Excel has them, so the port asks isSetSupported as it does in Excel.
      const globals = installExcelGlobals(await modelFromXlsx(bytes));
      if (!supported) Office.context.requirements.isSetSupported = () => false;
      const inExcel = await createExcelPort(createOfficeSettings(0))
        .readSheets()
        .finally(() => globals.uninstall());
      const fromFile = await (await openWorkbook(new Uint8Array(bytes), name)).readSheets();
      // Excel hands over calculated results; only a file can hold formulas saved without one (the
      // double, unable to calculate, reads them as empty), so that warning is the file host's alone.
      for (const sheet of fromFile) delete sheet.uncachedFormulas;
      expect({ name, report: checkDocument(name, inExcel, plan, OPTIONS) }).toEqual({
        name,
        report: checkDocument(name, fromFile, plan, OPTIONS),
      });
    }
  },
);
