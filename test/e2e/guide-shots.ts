/**
 * Screenshots for the user guide (docs/huong-dan-su-dung.md), taken by the browser tests so they
 * show the pane as it is; and the check that every date on screen reads dd/mm/yyyy.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./harness";

export const GUIDE_DIR = join(ROOT, "docs", "anh");

/** A PNG of the page's viewport or of one part of it, into docs/anh/. */
export async function guideShot(target: Page | Locator, name: string): Promise<void> {
  await mkdir(GUIDE_DIR, { recursive: true });
  await target.screenshot({ path: join(GUIDE_DIR, name), animations: "disabled" });
}

/** Every d/m/yyyy-shaped text on screen. */
export function shownDates(text: string): string[] {
  return [...text.matchAll(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/g)].map((m) => m[0]);
}

/** Dates that cannot be read dd/mm/yyyy ("12/20/2025": no 20th month), or are not two-digit. */
export function notVietnamese(dates: readonly string[]): string[] {
  return dates.filter((d) => {
    const [day, month] = d.split("/");
    return day.length !== 2 || month.length !== 2 || Number(month) > 12 || Number(day) > 31;
  });
}

/** The browser's own idea of a date, to prove the locale under test is not Vietnamese. */
export function browserDate(page: Page): Promise<[string, string]> {
  return page.evaluate(() => [navigator.language, new Date(2025, 11, 20).toLocaleDateString()]);
}
