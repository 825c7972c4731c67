/**
 * In the browser, over the Excel double: settings are saved when the clerk changes something, once
 * for a burst of typing, never on opening the pane; a read-only workbook gets one quiet notice. A
 * slow Office start is waited for and said so, with file mode as a choice, never a silent switch.
 */
import { join } from "node:path";
import { ROOT, withPaneHost } from "./harness";
import { OPTIONS_KEY } from "../../src/taskpane/state/settings-keys";
import { SETTINGS_NOT_SAVED, SLOW_START } from "../../src/taskpane/state/notices";

const SAMPLE = join(ROOT, "samples", "an-giang-2025-xa-my-hoa-hung.xlsx");

test("opening the pane saves nothing; typing a unit name is one save after the pause", async () => {
  await withPaneHost(SAMPLE, {}, async ({ page }) => {
    await page.waitForTimeout(1500);
    expect((await page.evaluate(() => window.__tdktHost.model())).settingsSaves).toBeUndefined();
    await page.getByLabel("Tên đơn vị").pressSequentially("Xã Mỹ Hòa Hưng", { delay: 30 });
    await page.waitForTimeout(1500);
    const model = await page.evaluate(() => window.__tdktHost.model());
    expect(model.settingsSaves).toMatchObject({ calls: 1, maxInFlight: 1 });
    expect(new Map(model.settings).get(OPTIONS_KEY)).toMatchObject({ unitName: "Xã Mỹ Hòa Hưng" });
  });
});

test("a read-only workbook: one quiet notice, not one per change", async () => {
  await withPaneHost(SAMPLE, { prepare: (m) => (m.readOnly = true) }, async ({ page }) => {
    await page.getByLabel("Tên đơn vị").fill("Xã A");
    const bar = page.getByTestId("pane-message");
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toBe(SETTINGS_NOT_SAVED);
    await page.getByLabel("Tên đơn vị").fill("Xã B");
    await page.waitForTimeout(1500);
    await expect(page.getByTestId("pane-message").count()).resolves.toBe(1);
    expect((await page.evaluate(() => window.__tdktHost.model())).settingsSaves?.calls).toBe(2);
  });
});

test("a slow Office start: the pane says it waits and offers file mode, then opens in Excel", async () => {
  await withPaneHost(
    SAMPLE,
    {
      prepare: (m) => (m.officeReadyDelayMs = 7_000),
      ready: (page) => page.getByTestId("choose-file-mode").waitFor(),
    },
    async ({ page }) => {
      await expect(page.getByText(SLOW_START).count()).resolves.toBe(1);
      await page.getByTestId("check-button").waitFor({ timeout: 20_000 });
      await expect(page.getByTestId("file-mode").count()).resolves.toBe(0);
    },
  );
});
