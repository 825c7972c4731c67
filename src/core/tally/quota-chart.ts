/**
 * "Biểu đồ chỉ tiêu": each unit's count against its quota as a table, with a bar chart of it where
 * the writer can draw one (in Excel); the file writer leaves a note instead (SheetChart.note).
 */
import { showDate } from "../check/dates";
import type { SheetModel } from "../port";
import { quotaBar, SheetBuilder, STYLES, type QuotaBar } from "../summary";
import type { UnitTally } from "./consolidate";

export const SHEET_CHART = "Biểu đồ chỉ tiêu";
export const CHART_TITLE = "Số đề nghị của từng đơn vị so với chỉ tiêu";
export const CHART_HEAD = ["Đơn vị", "Đã đề nghị", "Chỉ tiêu", "Còn thiếu", "Vượt"];
export const CHART_FALLBACK_NOTE =
  "Tệp này được ghi ngoài Excel (trang web hoặc lệnh tdkt, thư viện ExcelJS): ExcelJS không vẽ được biểu đồ. " +
  "Bảng bên trái vẫn đủ số liệu: chọn các cột Đơn vị, Đã đề nghị, Chỉ tiêu rồi Chèn → Biểu đồ → Thanh nhóm. " +
  "Ghi bảng tổng hợp bằng add-in trong Excel thì biểu đồ được vẽ sẵn ở đây.";

const WIDTHS = [40, 12, 10, 11, 8];
/** Where the chart goes: right of the table, from its head row. */
const CHART_COLUMN = CHART_HEAD.length + 2;

export interface UnitQuotaBar extends QuotaBar {
  unit: string;
  /** The bar's name in the chart: the unit, and the quota's kinds when the unit has several. */
  name: string;
}

/** One bar per quota of every unit that has one, in the units' order. */
export function unitQuotaBars(units: readonly UnitTally[]): UnitQuotaBar[] {
  return units.flatMap((u) =>
    u.quota.map((q) => {
      const bar = quotaBar(q);
      return { ...bar, unit: u.unit, name: u.quota.length > 1 ? `${u.unit} — ${bar.label}` : u.unit };
    }),
  );
}

export function quotaChartSheet(units: readonly UnitTally[], reportDate: string): SheetModel {
  const b = new SheetBuilder(CHART_HEAD.length);
  b.line("SỐ ĐỀ NGHỊ CỦA TỪNG ĐƠN VỊ SO VỚI CHỈ TIÊU", STYLES.title);
  b.line(`Ngày tổng hợp: ${showDate(reportDate)}`, STYLES.subtitle);
  b.blank();
  const bars = unitQuotaBars(units);
  if (bars.length === 0) {
    b.line(
      "Không đơn vị nào có chỉ tiêu theo kế hoạch (hoặc chưa có danh mục đơn vị ghi loại đơn vị).",
      STYLES.note,
    );
    return b.model(SHEET_CHART, WIDTHS);
  }
  const head = b.tableRow(CHART_HEAD, STYLES.head);
  for (const bar of bars) b.tableRow([bar.name, bar.actual, bar.target, bar.short, bar.over]);
  const model = b.model(SHEET_CHART, WIDTHS);
  return {
    ...model,
    chart: {
      title: CHART_TITLE,
      // Units, submitted and quota: two bars per unit.
      data: { top: head, left: 1, bottom: b.row, right: 3 },
      anchor: { row: head, col: CHART_COLUMN },
      note: CHART_FALLBACK_NOTE,
    },
  };
}
