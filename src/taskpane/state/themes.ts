/** The month's theme as the pane shows it beside the month: the calendar's own row, or the year-round topics. */
import type { MonthThemes } from "../../core/media";

/** "Chủ đề (tháng 1 và 2)" names the calendar row the topics come from, as the plan groups months. */
export function themeHeading(t: MonthThemes): string {
  return t.topics.length > 0 ? `Chủ đề (tháng ${t.label}):` : "Chủ đề: các chủ đề trong năm (xem bên dưới).";
}
