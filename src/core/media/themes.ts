/** The theme calendar: which topics the press should cover in a month. */
import type { MediaProfile } from "./schema";

export interface MonthThemes {
  month: number;
  /** How the calendar names the month's row: "1 và 2", "3", or "Trong năm" when it has none of its own. */
  label: string;
  /** Topics of the month's own row(s). */
  topics: string[];
  /** "Trong năm" topics: they apply to every month. */
  yearRound: string[];
}

/**
 * What a host writes before a month's topics: "Chủ đề (tháng 1 và 2)" names the calendar row the
 * topics come from, as the plan groups months; a month with no row of its own follows the
 * year-round topics.
 */
export function themeHeading(t: MonthThemes): string {
  return t.topics.length > 0 ? `Chủ đề (tháng ${t.label})` : "Chủ đề: các chủ đề trong năm";
}

/** "1 và 2", "8 và 9", "3, 4 và 5". */
export function monthsLabel(months: readonly number[]): string {
  if (months.length <= 1) return months.map(String).join("");
  return `${months.slice(0, -1).join(", ")} và ${months[months.length - 1]}`;
}

export function themesForMonth(profile: Pick<MediaProfile, "themes">, month: number): MonthThemes {
  const topics: string[] = [];
  const yearRound: string[] = [];
  const labels: string[] = [];
  for (const t of profile.themes) {
    if (t.months === "all") yearRound.push(...t.topics);
    else if (t.months.includes(month)) {
      topics.push(...t.topics);
      const label = monthsLabel(t.months);
      if (!labels.includes(label)) labels.push(label);
    }
  }
  return { month, label: labels.length > 0 ? labels.join("; ") : "Trong năm", topics, yearRound };
}
