/**
 * The workbook port over Office.js. Every method is one `Excel.run` batch with a fixed number of
 * syncs; errors propagate as Office raised them (translate with `excelErrorMessage`).
 */
import type { WorkbookPort } from "../core/port";
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
  return {
    readSheets: () => run((context) => readAllSheets(context, mergedAreasSupported())),
    writeSheet: (model) => run((context) => writeWholeSheet(context, model)),
    writeCells: (sheet, cells) => run((context) => writeSomeCells(context, sheet, cells)),
    highlight: (groups) => run((context) => addHighlights(context, groups)),
    clearHighlights: () => run((context) => removeHighlights(context)),
    select: (sheet, address) => run((context) => selectCell(context, sheet, address)),
  };
}
