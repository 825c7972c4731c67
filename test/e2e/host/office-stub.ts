/**
 * Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser
 * tests: defines the `Office` and `Excel` globals over the in-memory Excel double, loaded with the
 * workbook the test put in `window.__TDKT_MODEL__` (prepended to this script by the harness).
 * `window.__tdktHost.snapshot()` gives the test the workbook as it is now.
 */
import { formatSnapshot, installExcelGlobals, valueSnapshot } from "../../excel-double";
import { modelFromJson, modelToJson, type ModelJson } from "./model-json";

declare global {
  interface Window {
    __TDKT_MODEL__: ModelJson;
    /** Set by the harness to play an Excel older than the requirement sets the pane needs. */
    __TDKT_OLD_EXCEL__?: boolean;
    __tdktHost: {
      snapshot(): HostSnapshot;
      model(): ModelJson;
      /** Excel refuses every sync with this error code from now on (null: Excel works again). */
      refuse(code: string | null): void;
    };
  }
}

export interface HostSnapshot {
  values: ReturnType<typeof valueSnapshot>;
  formats: ReturnType<typeof formatSnapshot>;
  selection: { sheet: string; address: string } | null;
  sheets: string[];
}

const model = modelFromJson(window.__TDKT_MODEL__);
const double = installExcelGlobals(model);
if (window.__TDKT_OLD_EXCEL__ === true) Office.context.requirements.isSetSupported = () => false;
if (model.officeReadyDelayMs !== undefined) {
  // A slow Office start: onReady answers only after the delay the test asked for.
  const ready = Office.onReady.bind(Office);
  const delay = model.officeReadyDelayMs;
  Office.onReady = (() =>
    new Promise((resolve) => setTimeout(resolve, delay)).then(() => ready())) as typeof Office.onReady;
}
if (model.officeStartError !== undefined) {
  // A start that fails: Office.js gives up before the pane can know its host.
  const message = model.officeStartError;
  Office.onReady = (() => Promise.reject(new Error(message))) as typeof Office.onReady;
}
window.__tdktHost = {
  snapshot: () => ({
    values: valueSnapshot(model),
    formats: formatSnapshot(model),
    selection: model.selection,
    sheets: model.sheets.map((s) => s.name),
  }),
  model: () => modelToJson(model),
  refuse: (code) => {
    double.stats.refuse = code === null ? undefined : () => code;
  },
};
