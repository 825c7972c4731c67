/** The month's theme as the pane shows it beside the month (the words come from the core). */
import { themeHeading, type MonthThemes } from "../../core/media";

/** The core's heading, pointing to the year-round list the pane shows below the months. */
export function paneThemeHeading(t: MonthThemes): string {
  return t.topics.length > 0 ? `${themeHeading(t)}:` : `${themeHeading(t)} (xem bên dưới).`;
}
