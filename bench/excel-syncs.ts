/**
 * Office.js round trips of one full check in Excel, on the in-memory Excel double (which enforces
 * Excel on the web's 5 MB payload limit): readSheets → checkDocument → highlight of the findings'
 * cells (every 20th record lacks its birth date) → the summary sheet of documentSummary. Reports
 * syncs per check at 100, 10 000 and 100 000 records and the largest single round trip (queued
 * operations + returned data, JSON bytes). Run twice: without the Office globals (a host below
 * ExcelApi 1.13: no merged areas are read) and with them (ExcelApi 1.13, as Excel 2021, 365 and the
 * web: merges are read too).
 */
import { checkDocument, documentSummary } from "../src/core/document";
import { documentFindings, highlightGroups } from "../src/core/findings";
import { getBuiltinPlan } from "../src/core/plan";
import type { CheckOptions } from "../src/core/types";
import { createExcelPort } from "../src/excel";
import { MAX_WORKBOOK_ROWS } from "../src/workbook/size-limit";
import {
  createExcelDouble,
  createWorkbook,
  installExcelGlobals,
  setCell,
  type ExcelDouble,
} from "../test/excel-double";
import { addNominationSheet, FIRST_RECORD_ROW } from "../test/excel-double/nomination";

const SIZES = ["100", "10000", "100000"] as const;
type Size = (typeof SIZES)[number];

interface SizeDetail {
  readSheets: number;
  highlight: number;
  writeSheet: number;
  clearHighlights: number;
  highlightedCells: number;
  /** Megabytes of values read (JSON): what the read's sync count follows. */
  valueMegabytes: number;
  maxRequestBytes: number;
}

export interface ExcelSyncsResult {
  syncsPerCheck: Record<Size, number>;
  /** The same check where `isSetSupported("ExcelApi", "1.13")` is true (merged areas read). */
  syncsPerCheckWithMerges: Record<Size, number>;
  maxRequestBytes: number;
  detail: Record<Size, SizeDetail>;
  detailWithMerges: Record<Size, SizeDetail>;
}

const OPTIONS: CheckOptions = { unitKind: "xa", reportDate: "2025-11-01" };

interface Run {
  syncsPerCheck: Record<Size, number>;
  maxRequestBytes: number;
  detail: Record<Size, SizeDetail>;
}

/** The double with the Office globals installed (ExcelApi 1.13), or without any. */
function doubleOf(model: ReturnType<typeof createWorkbook>, withOffice: boolean) {
  if (!withOffice) return { double: createExcelDouble(model), uninstall: () => {} };
  const installed = installExcelGlobals(model);
  return { double: installed as ExcelDouble, uninstall: installed.uninstall };
}

async function benchRun(withOffice: boolean): Promise<Run> {
  const plan = getBuiltinPlan("an-giang-2025");
  if (plan === undefined) throw new Error("plan an-giang-2025 missing");
  const syncsPerCheck = {} as Record<Size, number>;
  const detail = {} as Record<Size, SizeDetail>;
  let maxRequestBytes = 0;
  for (const size of SIZES) {
    // The read stops at the file host's row limit (titles and headers count): "100000" is the most
    // records a workbook may hold, 99 991.
    const n = Math.min(Number(size), MAX_WORKBOOK_ROWS - (FIRST_RECORD_ROW - 1));
    const model = createWorkbook();
    const sheet = addNominationSheet(model, "Cá nhân", n);
    for (let i = 0; i < n; i += 20) setCell(sheet, FIRST_RECORD_ROW + i, 3, "");
    const { double, uninstall } = doubleOf(model, withOffice);
    const port = createExcelPort(double.settings, double.run);
    const step = async (action: () => Promise<unknown>): Promise<number> => {
      const before = double.stats.syncs;
      await action();
      return double.stats.syncs - before;
    };

    let sheets: Awaited<ReturnType<typeof port.readSheets>> = [];
    const readSheets = await step(async () => (sheets = await port.readSheets()));
    const valueBytes = double.stats.requestBytes.reduce((a, b) => a + b, 0);
    const doc = checkDocument("bench.xlsx", sheets, plan, OPTIONS);
    const groups = highlightGroups(documentFindings(doc));
    const highlight = await step(() => port.highlight(groups));
    const summary = documentSummary(doc, sheets, plan, OPTIONS);
    if (summary?.kind !== "sheet") throw new Error("expected the default summary sheet");
    const writeSheet = await step(() => port.writeSheet(summary.sheet));
    const clearHighlights = await step(() => port.clearHighlights());
    uninstall();

    syncsPerCheck[size] = readSheets + highlight + writeSheet;
    detail[size] = {
      readSheets,
      highlight,
      writeSheet,
      clearHighlights,
      highlightedCells: groups.reduce((a, g) => a + g.addresses.length, 0),
      valueMegabytes: Math.round(valueBytes / 10_000) / 100,
      maxRequestBytes: double.stats.maxRequestBytes,
    };
    maxRequestBytes = Math.max(maxRequestBytes, double.stats.maxRequestBytes);
  }
  return { syncsPerCheck, maxRequestBytes, detail };
}

export async function benchExcelSyncs(): Promise<ExcelSyncsResult> {
  const plain = await benchRun(false);
  const merges = await benchRun(true);
  return {
    syncsPerCheck: plain.syncsPerCheck,
    syncsPerCheckWithMerges: merges.syncsPerCheck,
    maxRequestBytes: Math.max(plain.maxRequestBytes, merges.maxRequestBytes),
    detail: plain.detail,
    detailWithMerges: merges.detail,
  };
}

if (require.main === module) benchExcelSyncs().then((r) => console.log(JSON.stringify(r, null, 2)));
