/**
 * A workbook of either list type through the whole core, and the summary it gets. The pane, the
 * web page and the CLI call these two functions, so a nomination list and a media log are told
 * apart, checked and summarised the same way in every host.
 */
import {
  checkMediaWorkbook,
  isMediaWorkbook,
  mediaSummarySheet,
  unreadableMediaFile,
  type MediaReport,
} from "./media";
import { BUILTIN_PLANS } from "./plan";
import type { Plan } from "./plan/schema";
import type { SheetCell, SheetModel } from "./port";
import { checkWorkbook, unreadableFile } from "./run";
import { buildSummarySheet, fillTemplate, findTemplate, summaryValues } from "./summary";
import type { CheckOptions, FileReport, SheetGrid } from "./types";

export type CheckedDocument =
  { listType: "nomination"; report: FileReport } | { listType: "media"; report: MediaReport };

/** A media log when the plan is one (002) or the sheets look like one; a nomination list otherwise. */
export function checkDocument(
  file: string,
  sheets: SheetGrid[],
  plan: Plan,
  options: CheckOptions,
): CheckedDocument {
  if (plan.listType === "media" || (plan.media !== undefined && isMediaWorkbook(sheets))) {
    return { listType: "media", report: checkMediaWorkbook(file, sheets, plan) };
  }
  return { listType: "nomination", report: checkWorkbook(file, sheets, plan, options) };
}

/**
 * The plan a workbook is checked against when the clerk chose none: a media log goes to the
 * built-in plan that has a media profile (002), anything else to `fallback`.
 */
export function defaultPlanFor(sheets: SheetGrid[], fallback: Plan): Plan {
  if (fallback.listType === "media" || !isMediaWorkbook(sheets)) return fallback;
  return BUILTIN_PLANS.find((p) => p.listType === "media" && p.media !== undefined) ?? fallback;
}

/** A file that could not be opened, reported as the list type the plan expects. */
export function unreadableDocument(file: string, plan: Plan, message: string): CheckedDocument {
  return plan.listType === "media"
    ? { listType: "media", report: unreadableMediaFile(file, plan.id, message) }
    : { listType: "nomination", report: unreadableFile(file, message) };
}

/** What to write for the summary: a whole sheet of ours, or the placeholders of the clerk's template. */
export type SummaryOutput =
  | { kind: "sheet"; sheet: SheetModel }
  | { kind: "template"; sheet: string; cells: SheetCell[]; unknown: string[] };

/**
 * The summary of a checked document. A nomination workbook that already holds a template
 * (cells with `{{placeholders}}`) gets those cells filled and nothing else; otherwise the
 * default "Tổng hợp" sheet (or "Tổng hợp tin bài" for a media log) is built. Null when the
 * file could not be checked at all (its report's `error` says why).
 */
export function documentSummary(
  doc: CheckedDocument,
  sheets: readonly SheetGrid[],
  plan: Plan,
  options: CheckOptions,
): SummaryOutput | null {
  if (doc.report.error !== null) return null;
  if (doc.listType === "media") {
    if (plan.media === undefined) return null;
    return { kind: "sheet", sheet: mediaSummarySheet(doc.report, plan.media, plan.title) };
  }
  const input = { report: doc.report, plan, options, madeOn: options.reportDate };
  const template = findTemplate(sheets);
  if (template !== null) {
    const filled = fillTemplate(template, summaryValues(input));
    return { kind: "template", sheet: template.sheet, cells: filled.cells, unknown: filled.unknown };
  }
  return { kind: "sheet", sheet: buildSummarySheet(input) };
}
