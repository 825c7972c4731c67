/**
 * File mode: each workbook the clerk picked, opened on the ExcelJS port in the browser and put
 * through the same core entry point as the pane and the CLI. An unreadable file gets its message;
 * the others are still checked.
 */
import { checkDocument, documentSummary, type CheckedDocument, type SummaryOutput } from "../core/document";
import type { Plan } from "../core/plan";
import type { CheckOptions, SheetGrid } from "../core/types";
import { errorMessage } from "../core/run";
import { readSourceSheets, type FileSource } from "./file-source";
import { eachWithProgress, type OnProgress } from "./progress";

export type FileResult =
  | {
      source: FileSource;
      ok: true;
      doc: CheckedDocument;
      summary: SummaryOutput | null;
      /** Kept for the correction table: a correction is made on the sheets as read. */
      sheets: SheetGrid[];
    }
  | { source: FileSource; ok: false; error: string };

export async function checkSource(
  source: FileSource,
  plan: Plan,
  options: CheckOptions,
): Promise<FileResult> {
  try {
    const sheets = await readSourceSheets(source);
    const doc = checkDocument(source.name, sheets, plan, options);
    if (doc.report.error !== null) return { source, ok: false, error: doc.report.error };
    // Built now, while the sheets are at hand: the summary needs them to find a clerk's template.
    return { source, ok: true, doc, summary: documentSummary(doc, sheets, plan, options), sheets };
  } catch (e) {
    return { source, ok: false, error: errorMessage(e) };
  }
}

/** `optionsFor` gives each file its options: the unit's, plus the clerk's reading profiles. */
export function checkSources(
  sources: readonly FileSource[],
  plan: Plan,
  optionsFor: (source: FileSource) => CheckOptions,
  onProgress?: OnProgress,
): Promise<FileResult[]> {
  return eachWithProgress(sources, (s) => checkSource(s, plan, optionsFor(s)), onProgress);
}
