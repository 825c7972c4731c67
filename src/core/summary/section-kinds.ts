/** A. How many of each kind, and each quota of the unit's kind against the count. */
import { KIND_LABELS, UNIT_KIND_LABELS } from "../labels";
import type { CellStyle } from "../port";
import { SUBJECT_KINDS } from "../types";
import type { SummaryData, SummaryInput } from "./data";
import { STYLES, TABLE_WIDTH, type SheetBuilder } from "./layout";
import { quotaBounds, quotaGap, quotaKinds, quotaVerdict } from "./quota-text";

export const SECTION_KINDS = "A. SỐ LƯỢNG THEO ĐỐI TƯỢNG VÀ CHỈ TIÊU";
export const TOTAL_LABEL = "Tổng cộng";

/** Why no quota row is shown. */
export function noQuotaReason(input: SummaryInput): string {
  const kind = input.options.unitKind;
  if (kind === undefined) return "Chưa chọn loại đơn vị nên chưa đối chiếu chỉ tiêu.";
  return `Kế hoạch không đặt chỉ tiêu cho ${UNIT_KIND_LABELS[kind].toLowerCase()}.`;
}

/** A label across columns B..F of a table row. */
function spanRow(b: SheetBuilder, text: string, style: CellStyle = STYLES.total): void {
  b.tableRow([null, text, null, null, null, null], style);
  b.merge(b.row, 2, b.row, TABLE_WIDTH);
}

export function writeKindsSection(b: SheetBuilder, input: SummaryInput, data: SummaryData): void {
  const { report, options } = input;
  b.line(SECTION_KINDS, STYLES.section);
  b.tableRow(["STT", "Đối tượng", "Số lượng", "Chỉ tiêu", "Kết quả", "Còn thiếu / vượt"], STYLES.head);
  SUBJECT_KINDS.forEach((k, i) => b.tableRow([i + 1, KIND_LABELS[k], report.counts[k], null, null, null]));
  b.tableRow([null, TOTAL_LABEL, data.total, null, null, null], STYLES.total, STYLES.totalNumber);
  if (report.quota.length === 0) {
    spanRow(b, noQuotaReason(input), STYLES.body);
    return;
  }
  const unit = options.unitKind ? ` (${UNIT_KIND_LABELS[options.unitKind].toLowerCase()})` : "";
  spanRow(b, `Đối chiếu chỉ tiêu của kế hoạch${unit}`);
  for (const q of report.quota)
    b.tableRow([null, quotaKinds(q), q.actual, quotaBounds(q), quotaVerdict(q), quotaGap(q)]);
}
