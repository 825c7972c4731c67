/**
 * Settings are saved when they change, once: a burst of changes is one `saveAsync`, never two at
 * a time, nothing on reading, nothing for a value set to what it is; a read-only workbook's
 * refusal reaches the listener (the pane shows it once).
 */
import { createOfficeSettings } from "../../src/excel";
import { createWorkbook, installExcelGlobals } from "../excel-double";

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
  jest.useRealTimers();
});

function office(readOnly = false) {
  const model = createWorkbook();
  model.readOnly = readOnly;
  model.settings.set("tdkt.paneOptions", { planId: "an-giang-2025" });
  uninstall = installExcelGlobals(model).uninstall;
  return model;
}

test("reading and setting a value to what it is save nothing", async () => {
  jest.useFakeTimers();
  const model = office();
  const settings = createOfficeSettings(500);
  expect(settings.get("tdkt.paneOptions")).toEqual({ planId: "an-giang-2025" });
  settings.set("tdkt.paneOptions", { planId: "an-giang-2025" });
  await jest.runAllTimersAsync();
  expect(model.settingsSaves).toBeUndefined();
});

test("twenty keystrokes are one save, after the delay; a change during a save waits for it", async () => {
  jest.useFakeTimers();
  const model = office();
  const settings = createOfficeSettings(500);
  for (const name of "Xã Hòa Bình Thạnh A".split("").map((_, i, a) => a.slice(0, i + 1).join("")))
    settings.set("tdkt.paneOptions", { planId: "an-giang-2025", unitName: name });
  expect(model.settings.get("tdkt.paneOptions")).toEqual({
    planId: "an-giang-2025",
    unitName: "Xã Hòa Bình Thạnh A",
  });
  await jest.advanceTimersByTimeAsync(499);
  expect(model.settingsSaves).toBeUndefined();
  // The save starts; Office answers later (the double's saveAsync calls back on a timer).
  await jest.advanceTimersByTimeAsync(1);
  expect(model.settingsSaves).toEqual({ calls: 1, maxInFlight: 1, inFlight: 1 });
  settings.set("tdkt.columnOverrides", { "Cá nhân": { D: "ngaySinh" } });
  await jest.runAllTimersAsync();
  expect(model.settingsSaves).toEqual({ calls: 2, maxInFlight: 1, inFlight: 0 });
  expect(model.settings.get("tdkt.columnOverrides")).toEqual({ "Cá nhân": { D: "ngaySinh" } });
});

test("flush saves at once; a read-only workbook rejects it and tells every listener", async () => {
  const model = office(true);
  const settings = createOfficeSettings(10_000);
  const heard: unknown[] = [];
  settings.onSaveError((e) => heard.push(e));
  settings.set("tdkt.paneOptions", { planId: "binh-dinh-2022-2025" });
  await expect(settings.flush()).rejects.toMatchObject({ name: "Permission Denied" });
  expect(heard).toHaveLength(1);
  expect(model.settingsSaves?.calls).toBe(1);
});
