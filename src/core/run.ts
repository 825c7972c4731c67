/**
 * One workbook through the whole core: sheets → lists → rules and quotas → a file report.
 * Every host (pane, web page, CLI) calls this and nothing else to check a workbook.
 */
import type { Plan } from "./plan/schema";
import { readWorkbook } from "./read";
import { runChecks, uncachedByList } from "./check";
import { countKinds } from "./tally/counts";
import type { CheckOptions, FileReport, SheetGrid } from "./types";

export function checkWorkbook(
  file: string,
  sheets: SheetGrid[],
  plan: Plan,
  options: CheckOptions,
): FileReport {
  const { sheets: roles, lists, profiles } = readWorkbook(sheets, options);
  const result = runChecks(lists, plan, options, uncachedByList(sheets, lists));
  lists.forEach((list, i) => list.findings.push(...result.listFindings[i]));
  const report: FileReport = {
    file,
    error: null,
    sheets: roles,
    lists,
    findings: result.fileFindings,
    quota: result.quota,
    counts: countKinds(lists.flatMap((l) => l.records)),
  };
  if (profiles.length > 0) report.profiles = profiles;
  return report;
}

/** The message of anything thrown while opening or reading a file, as the clerk is shown it. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The report of a file that could not be opened: the message says why, in Vietnamese. */
export function unreadableFile(file: string, message: string): FileReport {
  return {
    file,
    error: message,
    sheets: [],
    lists: [],
    findings: [],
    quota: [],
    counts: { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 },
  };
}
