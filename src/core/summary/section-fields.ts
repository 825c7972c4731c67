/** B. How many per lĩnh vực: every field of the plan, 0 included, then the rest. */
import type { SummaryData } from "./data";
import { STYLES, type SheetBuilder } from "./layout";
import { TOTAL_LABEL } from "./section-kinds";

export const SECTION_FIELDS = "B. SỐ LƯỢNG THEO LĨNH VỰC";

export function writeFieldsSection(b: SheetBuilder, data: SummaryData): void {
  b.line(SECTION_FIELDS, STYLES.section);
  b.tableRow(["STT", "Lĩnh vực", "Số lượng"], STYLES.head);
  data.fields.forEach((f, i) => b.tableRow([i + 1, f.label, f.count]));
  const sum = data.fields.reduce((n, f) => n + f.count, 0);
  b.tableRow([null, TOTAL_LABEL, sum], STYLES.total, STYLES.totalNumber);
}
