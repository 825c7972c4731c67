/**
 * `Excel.run` over the double, and the `Excel`/`Office` globals for the browser test host.
 */
import { createStats, FakeContext, type SyncStats } from "./context";
import type { ModelWorkbook } from "./model";
import { FakeWorkbook } from "./proxies";

/** What `Excel.run` hands the batch: the context with its workbook. */
export interface FakeRequestContext {
  readonly workbook: FakeWorkbook;
  sync(): Promise<void>;
}

export type FakeRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelDouble {
  model: ModelWorkbook;
  stats: SyncStats;
  /** Same contract as `Excel.run`: a fresh request context per batch. */
  run: FakeRun;
}

export function createRequestContext(model: ModelWorkbook, stats: SyncStats): FakeRequestContext {
  const context = new FakeContext(model, stats);
  const workbook = new FakeWorkbook(context);
  return { workbook, sync: () => context.sync() };
}

export function createExcelDouble(model: ModelWorkbook, stats: SyncStats = createStats()): ExcelDouble {
  const run: FakeRun = (batch) =>
    batch(createRequestContext(model, stats) as unknown as Excel.RequestContext);
  return { model, stats, run };
}

/** Requirement sets the double implements (what `isSetSupported` answers). */
export const DOUBLE_EXCEL_API = "1.13";

function supports(name: string, version?: string): boolean {
  if (name !== "ExcelApi") return false;
  if (version === undefined) return true;
  const [maj, min = "0"] = version.split(".");
  const [dMaj, dMin] = DOUBLE_EXCEL_API.split(".");
  return Number(maj) < Number(dMaj) || (Number(maj) === Number(dMaj) && Number(min) <= Number(dMin));
}

/**
 * Defines `Excel` (run and the enums the product uses) and `Office` (onReady, requirements,
 * document settings) on `globalThis`, backed by the model. Returns the double and a restore.
 */
export function installExcelGlobals(model: ModelWorkbook): ExcelDouble & { uninstall(): void } {
  const double = createExcelDouble(model);
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = {
    run: double.run,
    ConditionalFormatType: { custom: "Custom" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
    ErrorCodes: { accessDenied: "AccessDenied", itemNotFound: "ItemNotFound", apiNotFound: "ApiNotFound" },
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  g.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: { isSetSupported: supports },
      document: {
        settings: {
          get: (key: string) => (model.settings.has(key) ? model.settings.get(key) : null),
          set: (key: string, value: unknown) => model.settings.set(key, value),
          remove: (key: string) => model.settings.delete(key),
          saveAsync: (callback?: (r: { status: string }) => void) => callback?.({ status: "succeeded" }),
        },
      },
    },
  };
  return {
    ...double,
    uninstall() {
      g.Excel = before.Excel;
      g.Office = before.Office;
    },
  };
}
