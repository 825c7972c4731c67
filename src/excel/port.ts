/**
 * The workbook port over Office.js. Every method is one `Excel.run` batch whose syncs do not grow
 * with the rows; errors propagate as Office raised them, with what the adapter learnt about a
 * refusal added (`accessReason`): translate them with `describeError`.
 */
import type { WorkbookPort } from "../core/port";
import { addHighlights, removeHighlights } from "./highlight";
import { readOwned, recordOwned } from "./ownership";
import { readAllSheets } from "./read";
import type { SettingsStore } from "./settings";
import { createSheetMemory } from "./sheet-memory";
import { selectCell, writeOwnedSheet, writeSomeCells } from "./write";
import { errorCode, type AccessReason } from "./errors";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Merged areas need ExcelApi 1.13; on older hosts the sheets are read without them. */
export const MERGED_AREAS_API = "1.13";
/** `Workbook.readOnly` (ExcelApi 1.8) and `Workbook.protection` (1.7) tell the AccessDenied cases apart. */
export const READ_ONLY_API = "1.8";

function supported(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

/** Why Excel refused a write: the file is read-only, the workbook's structure or the sheet is protected. */
async function accessReason(run: ExcelRun, addsSheets: boolean): Promise<AccessReason> {
  return run(async (context) => {
    const workbook = context.workbook;
    const checkBook = supported(READ_ONLY_API);
    if (checkBook) workbook.load("readOnly,protection/protected");
    await context.sync();
    if (checkBook && workbook.readOnly) return "read-only";
    if (checkBook && addsSheets && workbook.protection.protected) return "structure-protected";
    return "sheet-protected";
  });
}

/** `settings` keeps the record of the sheets the product created (see the port's ownership contract). */
export function createExcelPort(
  settings: SettingsStore,
  run: ExcelRun = (batch) => Excel.run(batch),
): WorkbookPort {
  // The sheets seen by the last batch, so the next one need not list them first (a hint only).
  const memory = createSheetMemory();
  /** Any AccessDenied learns its reason before it goes on to the pane. */
  const guarded = async <T>(addsSheets: boolean, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      if (errorCode(e) !== "AccessDenied" || (e as { accessReason?: unknown }).accessReason) throw e;
      // The refusal is what the clerk must hear about; a failed diagnosis rides along on it.
      const found = await accessReason(run, addsSheets).then(
        (reason) => ({ accessReason: reason }),
        (diagnosisError: unknown) => ({ diagnosisError }),
      );
      throw Object.assign(e as object, found);
    }
  };
  return {
    readSheets: () => run((context) => readAllSheets(context, supported(MERGED_AREAS_API), memory)),
    writeSheet: (model) =>
      guarded(true, async () => {
        const written = await run((context) => writeOwnedSheet(context, model, readOwned(settings), memory));
        recordOwned(settings, model.name, written.id);
        return written.name;
      }),
    writeCells: (sheet, cells) =>
      guarded(false, () => run((context) => writeSomeCells(context, sheet, cells))),
    highlight: (groups) => guarded(false, () => run((context) => addHighlights(context, groups, memory))),
    clearHighlights: () => guarded(false, () => run((context) => removeHighlights(context, memory))),
    select: (sheet, address) => run((context) => selectCell(context, sheet, address)),
  };
}
