/**
 * The workbook port over Office.js. Every method is one `Excel.run` batch whose syncs do not grow
 * with the rows; errors propagate as Office raised them (translate with `excelErrorMessage`).
 */
import type { WorkbookPort } from "../core/port";
import { drawChart } from "./chart";
import { addHighlights, removeHighlights } from "./highlight";
import { readAllSheets } from "./read";
import { selectCell, writeSomeCells, writeWholeSheet } from "./write";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Merged areas need ExcelApi 1.13; on older hosts the sheets are read without them. */
export const MERGED_AREAS_API = "1.13";

function mergedAreasSupported(): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", MERGED_AREAS_API) === true
  );
}

export function createExcelPort(run: ExcelRun = (batch) => Excel.run(batch)): WorkbookPort {
  // Sheet names (folded: Excel compares them case-insensitively) as of the last read or write,
  // so writing the summary needs no probe for its sheet; a stale guess costs one more sync.
  let known: Set<string> | null = null;
  const fold = (name: string): string => name.toLowerCase();
  return {
    readSheets: async () => {
      const sheets = await run((context) => readAllSheets(context, mergedAreasSupported()));
      known = new Set(sheets.map((s) => fold(s.name)));
      return sheets;
    },
    writeSheet: async (model) => {
      await run((context) => writeWholeSheet(context, model, known?.has(fold(model.name))));
      known?.add(fold(model.name));
      const { chart } = model;
      if (chart) await run((context) => drawChart(context, model.name, chart));
    },
    writeCells: (sheet, cells) => run((context) => writeSomeCells(context, sheet, cells)),
    highlight: (groups) => run((context) => addHighlights(context, groups)),
    clearHighlights: () => run((context) => removeHighlights(context)),
    select: (sheet, address) => run((context) => selectCell(context, sheet, address)),
  };
}
