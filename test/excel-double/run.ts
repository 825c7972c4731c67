/**
 * `Excel.run` over the double, and the `Excel`/`Office` globals for the browser test host.
 */
import type { WorkbookPort } from "../../src/core/port";
import { createExcelPort } from "../../src/excel/port";
import { createDebouncedSettings, type SettingsStore } from "../../src/excel/settings";
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
  /** A settings store over the model's settings, saving at once (for port tests without Office globals). */
  settings: SettingsStore;
}

export function createRequestContext(model: ModelWorkbook, stats: SyncStats): FakeRequestContext {
  const context = new FakeContext(model, stats);
  const workbook = new FakeWorkbook(context);
  return { workbook, sync: () => context.sync() };
}

export function createExcelDouble(model: ModelWorkbook, stats: SyncStats = createStats()): ExcelDouble {
  const run: FakeRun = (batch) =>
    batch(createRequestContext(model, stats) as unknown as Excel.RequestContext);
  const settings = createDebouncedSettings(
    {
      get: (key) => model.settings.get(key),
      set: (key, value) => model.settings.set(key, value),
      save: () => Promise.resolve(),
    },
    0,
  );
  return { model, stats, run, settings };
}

/** The product's Office.js port over a double of the model, without Office globals. */
export function excelPortOver(model: ModelWorkbook): WorkbookPort {
  const double = createExcelDouble(model);
  return createExcelPort(double.settings, double.run);
}

/** `settings.saveAsync` as Office runs it: later (never inside the call), failing on a read-only file. */
function saveSettings(model: ModelWorkbook, callback?: (r: Office.AsyncResult<void>) => void): void {
  const saves = (model.settingsSaves ??= { calls: 0, maxInFlight: 0, inFlight: 0 });
  saves.calls++;
  saves.inFlight++;
  saves.maxInFlight = Math.max(saves.maxInFlight, saves.inFlight);
  setTimeout(() => {
    saves.inFlight--;
    const failed = model.readOnly === true;
    callback?.({
      status: failed ? "failed" : "succeeded",
      value: undefined,
      asyncContext: undefined,
      diagnostics: undefined,
      error: failed
        ? { name: "Permission Denied", message: "The document is read-only.", code: 5009 }
        : undefined,
    } as unknown as Office.AsyncResult<void>);
  }, 0);
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
          saveAsync: (callback?: (r: Office.AsyncResult<void>) => void) => saveSettings(model, callback),
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
