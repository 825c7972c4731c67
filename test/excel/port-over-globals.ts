/**
 * The Office.js port with its default `Excel.run`, over the Office globals installed from the
 * Excel double (ExcelApi 1.13, as in Excel), removed again after each test; and a sync counter.
 */
import { createExcelPort, createOfficeSettings } from "../../src/excel";
import { createWorkbook, installExcelGlobals, resetStats, type ExcelDouble } from "../excel-double";

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

export function portOver(model = createWorkbook()) {
  const double = installExcelGlobals(model);
  uninstall = double.uninstall;
  return { double, port: createExcelPort(createOfficeSettings(0)), model };
}

/** Syncs `action` makes, counted from zero. */
export async function syncsOf(double: ExcelDouble, action: () => Promise<unknown>): Promise<number> {
  resetStats(double.stats);
  await action();
  return double.stats.syncs;
}
