/** The title block: the unit, the national motto, the sheet's title and what it reports on. */
import { showDate } from "../check/dates";
import { dueDateFor, dueText } from "../check/deadline";
import { resolvePeriod } from "../plan/period";
import type { Plan } from "../plan/schema";
import type { CheckOptions } from "../types";
import { UNIT_KIND_LABELS } from "../labels";
import type { SummaryInput } from "./data";
import { SHEET_WIDTH, STYLES, type SheetBuilder } from "./layout";

import { SUMMARY_TITLE } from "../own-titles";

export { SUMMARY_TITLE };
/** Shown where the clerk has not told the product the unit's name: to be written in by hand. */
export const UNKNOWN_UNIT = "…";
/** Left block: columns A–C; right block (motto): D to the last column. */
const LEFT_END = 3;

/** The deadline of the chosen period, whose it is, or that none is set. */
export function deadlineLine(plan: Plan, options: CheckOptions): string {
  const d = dueDateFor(plan, options);
  if (d !== null) return `${d.deadline.label} — ${dueText(d)}`;
  return "kế hoạch không nêu ngày cho kỳ này và đơn vị chưa đặt hạn, nên không xét trễ hạn";
}

export function writeHeaderBlock(b: SheetBuilder, input: SummaryInput): void {
  const { report, plan, options, madeOn } = input;
  const unit = options.unitName?.trim() || UNKNOWN_UNIT;
  b.line(unit, STYLES.unit, 1, LEFT_END);
  b.put(b.row, LEFT_END + 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", STYLES.motto);
  b.merge(b.row, LEFT_END + 1, b.row, SHEET_WIDTH);
  b.line("Độc lập - Tự do - Hạnh phúc", STYLES.motto, LEFT_END + 1);
  b.blank();
  b.line(SUMMARY_TITLE, STYLES.title);
  b.blank();
  b.line(`Đơn vị: ${unit}`, STYLES.info);
  if (options.unitKind) b.line(`Loại đơn vị: ${UNIT_KIND_LABELS[options.unitKind]}`, STYLES.info);
  b.line(`Kế hoạch: ${plan.title}`, STYLES.info);
  b.line(`Kỳ báo cáo: ${resolvePeriod(plan, options.period, options.reportDate).label}`, STYLES.info);
  b.line(`Hạn báo cáo: ${deadlineLine(plan, options)}`, STYLES.info);
  b.line(`Ngày lập: ${showDate(madeOn)}`, STYLES.info);
  b.line(`Tệp danh sách: ${report.file}`, STYLES.info);
  if (report.error !== null)
    b.line(`Không đọc được tệp: ${report.error}`, { ...STYLES.note, color: "#C00000" });
}
