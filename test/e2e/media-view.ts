/** The media log's view as the page shows it, and as it must be for a core report (pane and file mode alike). */
import type { Locator } from "playwright-core";
import type { MediaReport } from "../../src/core/media";
import { mediaQuotaLine } from "../../src/taskpane/state/quota";
import { paneThemeHeading } from "../../src/taskpane/state/themes";

export interface ShownMonth {
  month: string | null;
  heading: string | null;
  quota: string[];
  theme: string | null;
  topics: string[];
}

/** Each month's block: its heading, quota lines, the theme beside it and the theme's topics. */
export function shownMonths(view: Locator): Promise<ShownMonth[]> {
  return view.locator("[data-testid=media-month]").evaluateAll((sections) =>
    sections.map((s) => ({
      month: s.getAttribute("data-month"),
      heading: s.firstElementChild?.textContent ?? null,
      quota: [...s.querySelectorAll("[data-testid=media-quota] li")].map((li) => li.textContent ?? ""),
      theme: s.querySelector("[data-testid=media-theme]")?.textContent ?? null,
      topics: [...s.querySelectorAll("[data-testid=media-topics] li")].map((li) => li.textContent ?? ""),
    })),
  );
}

export function expectedMonths(report: MediaReport): ShownMonth[] {
  return report.themes.map((t) => ({
    month: String(t.month),
    heading: `Tháng ${t.month}`,
    quota: report.quota.filter((q) => q.month === t.month).map(mediaQuotaLine),
    theme: paneThemeHeading(t),
    topics: t.topics,
  }));
}

/** The sample log covers January to April: January and February share the calendar's "1 và 2" row. */
export async function expectSampleThemes(view: Locator, report: MediaReport): Promise<void> {
  const shown = await shownMonths(view);
  expect(shown).toEqual(expectedMonths(report));
  expect(shown.map((m) => [m.month, m.theme])).toEqual([
    ["1", "Chủ đề (tháng 1 và 2):"],
    ["2", "Chủ đề (tháng 1 và 2):"],
    ["3", "Chủ đề (tháng 3):"],
    ["4", "Chủ đề (tháng 4):"],
  ]);
  expect(shown[0].topics.join(" ")).toContain("Tổng tuyển cử đầu tiên của Quốc hội");
  expect(shown.every((m) => m.quota.length > 0)).toBe(true);
  await expect(view.locator("[data-testid=media-year-round] li").allTextContents()).resolves.toEqual(
    report.themes[0].yearRound,
  );
}
