/**
 * The annotated copy of a clerk's workbook: the cells at fault filled and a findings sheet added.
 * It is made from the original bytes, so every value the clerk typed is written back unchanged; the
 * original file is never written. The copy is always an .xlsx (see `copyIsConverted`).
 */
import type { CheckedDocument } from "../core/document";
import { documentFindings, highlightGroups } from "../core/findings";
import { openWorkbook } from "../workbook";
import { findingsSheet } from "./findings-sheet";

/**
 * Whether the annotated copy is a new .xlsx in place of the clerk's format: an .xls, an .ods or a
 * text file (page, XML, CSV) is read by SheetJS and written by ExcelJS, which writes .xlsx only.
 */
export function copyIsConverted(fileName: string): boolean {
  return /\.(xls|ods|xml|htm|html|csv|txt|tsv)$/i.test(fileName);
}

export async function annotatedCopy(
  bytes: Uint8Array,
  fileName: string,
  doc: CheckedDocument,
  planTitle: string,
): Promise<Uint8Array> {
  const book = await openWorkbook(bytes, fileName);
  const findings = documentFindings(doc);
  await book.highlight(highlightGroups(findings));
  // The port numbers the sheet when the clerk already has one of that name: theirs is never overwritten.
  await book.writeSheet(findingsSheet(findings, fileName, planTitle));
  return book.save();
}
