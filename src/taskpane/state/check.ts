/**
 * What the pane's buttons do, as plain functions over the workbook port: the React components
 * only call these and show what they return, so the same logic is tested on the ExcelJS port in
 * Node and driven through the Excel double in the browser.
 */
import { checkDocument, documentSummary, type CheckedDocument } from "../../core/document";
import { documentFindings, highlightGroups } from "../../core/findings";
import type { WorkbookPort } from "../../core/port";
import type { Plan } from "../../core/plan/schema";
import { findTemplate } from "../../core/summary";
import type { CheckOptions, Finding, SheetGrid } from "../../core/types";
import type { SettingsStore } from "../../excel/settings";
import { readTemplate, rememberTemplate, withRememberedPlaceholders } from "./template-memory";

/** A checked workbook as the pane keeps it between clicks. */
export interface CheckOutcome {
  sheets: SheetGrid[];
  doc: CheckedDocument;
  findings: Finding[];
}

/** The workbook open in Excel has no file name the pane can rely on; findings say "this workbook". */
export const CURRENT_WORKBOOK = "Sổ làm việc hiện tại";

export async function runCheck(
  port: WorkbookPort,
  plan: Plan,
  options: CheckOptions,
  file = CURRENT_WORKBOOK,
): Promise<CheckOutcome> {
  const sheets = await port.readSheets();
  const doc = checkDocument(file, sheets, plan, options);
  return { sheets, doc, findings: documentFindings(doc) };
}

/** Colours the cells at fault in one grouped call; returns how many cells were marked. */
export async function markFindings(port: WorkbookPort, findings: readonly Finding[]): Promise<number> {
  const groups = highlightGroups(findings);
  await port.highlight(groups);
  return groups.reduce((n, g) => n + g.addresses.length, 0);
}

/** Where clicking a finding goes: its cell, else the first cell of its row, else nowhere. */
export function findingTarget(f: Finding): { sheet: string; address: string } | null {
  if (f.sheet === null) return null;
  if (f.cell !== null) return { sheet: f.sheet, address: f.cell };
  if (f.row !== null) return { sheet: f.sheet, address: `A${f.row}` };
  return null;
}

export async function selectFinding(port: WorkbookPort, f: Finding): Promise<boolean> {
  const target = findingTarget(f);
  if (target === null) return false;
  await port.select(target.sheet, target.address);
  return true;
}

export type SummaryWritten =
  { kind: "sheet"; sheet: string } | { kind: "template"; sheet: string; cells: number; unknown: string[] };

/**
 * Writes the summary sheet of ours (under a free name when the clerk has a sheet called that), or
 * fills the clerk's template: the one in the workbook, or the one filled before (remembered in
 * the settings), so it can be filled again. Null when the workbook could not be checked.
 */
export async function writeSummary(
  port: WorkbookPort,
  outcome: CheckOutcome,
  plan: Plan,
  options: CheckOptions,
  settings: SettingsStore,
): Promise<SummaryWritten | null> {
  const sheets = withRememberedPlaceholders(outcome.sheets, readTemplate(settings));
  const summary = documentSummary(outcome.doc, sheets, plan, options);
  if (summary === null) return null;
  if (summary.kind === "sheet") return { kind: "sheet", sheet: await port.writeSheet(summary.sheet) };
  await port.writeCells(summary.sheet, summary.cells);
  const template = findTemplate(sheets);
  if (template !== null) rememberTemplate(settings, template.sheet, template.cells, summary.cells);
  return { kind: "template", sheet: summary.sheet, cells: summary.cells.length, unknown: summary.unknown };
}
