/**
 * The summary to download: a new workbook holding the "Tổng hợp" sheet, or, when the clerk's
 * workbook carries a summary template, the clerk's workbook with the template's placeholders filled.
 */
import type { SummaryOutput } from "../core/document";
import { createWorkbook, openWorkbook } from "../workbook";

export async function summaryWorkbook(
  summary: SummaryOutput,
  original: Uint8Array,
  fileName: string,
): Promise<Uint8Array> {
  if (summary.kind === "template") {
    const book = await openWorkbook(original, fileName);
    await book.writeCells(summary.sheet, summary.cells);
    return book.save();
  }
  const book = createWorkbook();
  await book.writeSheet(summary.sheet);
  return book.save();
}
