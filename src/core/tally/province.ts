/**
 * The province tally from unit workbooks as any host reads them: the CLI from disk, the pane and
 * the web page from picked files. The host only opens each workbook into grids; checking, matching,
 * consolidating and the sheets are done here, one file at a time, with progress after each.
 */
import type { Plan } from "../plan/schema";
import type { SheetModel } from "../port";
import { checkWorkbook, errorMessage, unreadableFile } from "../run";
import type { ReadingProfile } from "../read/profile-schema";
import type { CheckOptions, FileReport, ReportPeriod, SheetGrid } from "../types";
import { annotateReports, consolidate, type Consolidation } from "./consolidate";
import { headerTextsOf } from "./match";
import type { RegistryUnit } from "./registry";
import { buildConsolidationSheets } from "./sheets";
import { signedDate } from "./signed-date";

/** One unit workbook as the tally needs it. */
export interface UnitWorkbook {
  report: FileReport;
  /** Title-block lines of its first sheet, for matching it to a registry unit. */
  headerTexts: string[];
}

/** A workbook to tally: its name (a path or a file name) and how the host opens it into grids. */
export interface UnitSource {
  name: string;
  /** Rejects with a Vietnamese message when the file cannot be opened. */
  readSheets(): Promise<SheetGrid[]>;
}

export interface TallyProgress {
  /** 1-based number of the file about to be read. */
  current: number;
  total: number;
  name: string;
}

export interface ProvinceTallyOptions {
  registry: RegistryUnit[] | null;
  plan: Plan;
  /** ISO date of the tally: the report date of a list that carries no signed date. */
  reportDate: string;
  /** The clerk's own assignment of a file (by name) to a registry unit (by name). */
  choices?: Record<string, string>;
  /** Kỳ báo cáo, and the due date the clerk sets where the plan states none. */
  period?: ReportPeriod;
  dueDate?: string;
  /** The clerk's reading profiles: one applies to every file of its layout. */
  profiles?: ReadingProfile[];
  /** Called before each file; a returned promise is awaited (a page repaints its progress bar). */
  onProgress?: (progress: TallyProgress) => void | Promise<void>;
}

export interface ProvinceTally {
  consolidation: Consolidation;
  /** Each file's report as the tally sees it: its registry unit's quota, cross-unit duplicates. */
  reports: FileReport[];
  /** "Tổng hợp tỉnh", "Theo đơn vị", "Danh sách đề nghị", "Trùng lặp", "Chưa nộp". */
  sheets: SheetModel[];
}

/** One unit workbook checked: the date the unit signed its list is its report date, else the tally's. */
export function checkUnitWorkbook(
  file: string,
  sheets: SheetGrid[],
  plan: Plan,
  tallyDate: string,
  report?: Pick<CheckOptions, "period" | "dueDate" | "profiles">,
): UnitWorkbook {
  const options: CheckOptions = { ...report, reportDate: signedDate(sheets) ?? tallyDate };
  const checked = checkWorkbook(file, sheets, plan, options);
  return { report: checked, headerTexts: headerTextsOf(sheets, checked.lists) };
}

/** A file that cannot be opened or checked is reported with its reason; the others still count. */
async function readUnit(
  source: UnitSource,
  plan: Plan,
  tallyDate: string,
  report: Pick<CheckOptions, "period" | "dueDate" | "profiles">,
): Promise<UnitWorkbook> {
  try {
    return checkUnitWorkbook(source.name, await source.readSheets(), plan, tallyDate, report);
  } catch (e) {
    return {
      report: unreadableFile(source.name, errorMessage(e)),
      headerTexts: [],
    };
  }
}

/** The tally of workbooks already checked. */
export function tallyUnits(units: readonly UnitWorkbook[], options: ProvinceTallyOptions): ProvinceTally {
  const { plan, registry, reportDate, choices, period, dueDate } = options;
  const reports = units.map((u) => u.report);
  const consolidation = consolidate({
    reports,
    headerTexts: units.map((u) => u.headerTexts),
    registry,
    plan,
    reportDate,
    choices,
    period,
    dueDate,
  });
  return {
    consolidation,
    reports: annotateReports(reports, consolidation, plan),
    sheets: buildConsolidationSheets(consolidation, plan),
  };
}

/**
 * What every unit workbook is read and checked with: the same in this thread and in a worker
 * (CLI worker threads, the page's Web Workers), so it must survive a structured clone.
 */
export type UnitSetup = Pick<ProvinceTallyOptions, "plan" | "reportDate" | "period" | "dueDate" | "profiles">;

/**
 * Reads and checks the workbooks one at a time, so only one workbook's grids are held at once. A page
 * keeps the result to redo the tally (`tallyUnits`) at once when the clerk assigns a file to a unit.
 */
export async function readUnits(
  sources: readonly UnitSource[],
  options: UnitSetup & Pick<ProvinceTallyOptions, "onProgress">,
): Promise<UnitWorkbook[]> {
  const units: UnitWorkbook[] = [];
  for (const [i, source] of sources.entries()) {
    await options.onProgress?.({ current: i + 1, total: sources.length, name: source.name });
    units.push(
      await readUnit(source, options.plan, options.reportDate, {
        period: options.period,
        dueDate: options.dueDate,
        profiles: options.profiles,
      }),
    );
  }
  return units;
}

/** Reads, checks and tallies the workbooks. */
export async function tallyProvince(
  sources: readonly UnitSource[],
  options: ProvinceTallyOptions,
): Promise<ProvinceTally> {
  return tallyUnits(await readUnits(sources, options), options);
}
