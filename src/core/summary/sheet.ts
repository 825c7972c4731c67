/** The unit's summary sheet "Tổng hợp", as data: header, sections A–E, signatures. */
import type { SheetModel } from "../port";
import { summaryData, type SummaryInput } from "./data";
import { writeHeaderBlock } from "./header-block";
import { COLUMN_WIDTHS, SheetBuilder } from "./layout";
import { writeCategoriesSection } from "./section-categories";
import { writeFieldsSection } from "./section-fields";
import { writeFindingsSection } from "./section-findings";
import { writeKindsSection } from "./section-kinds";
import { listColumns, listColumnWidths, writeListSection } from "./section-list";
import { writeSignature } from "./signature";

export const SUMMARY_SHEET = "Tổng hợp";

export function buildSummarySheet(input: SummaryInput): SheetModel {
  const data = summaryData(input);
  const b = new SheetBuilder();
  const columns = listColumns(data.records, input.plan);
  writeHeaderBlock(b, input);
  for (const section of [
    () => writeKindsSection(b, input, data),
    () => writeFieldsSection(b, data),
    () => writeCategoriesSection(b, data),
    () => writeListSection(b, data, input.plan, columns),
    () => writeFindingsSection(b, data),
  ]) {
    b.blank();
    section();
  }
  writeSignature(b, input.madeOn);
  // The header and tables span nine columns; a wider list keeps its own widths beyond them.
  const widths = listColumnWidths(columns);
  return b.model(
    SUMMARY_SHEET,
    widths.length >= COLUMN_WIDTHS.length ? widths : [...widths, ...COLUMN_WIDTHS.slice(widths.length)],
  );
}
