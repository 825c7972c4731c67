/**
 * Failures the clerk can meet before any check (browser, Excel double): Office failing to start
 * is shown with what to do, never an endless spinner; a part of the pane that fails to load (a
 * lazy chunk) is shown by the error boundary, the rest of the pane stays alive, and «Thử lại»
 * loads it again.
 */
import { join } from "node:path";
import { MESSAGE_BUG, MESSAGE_CELL_EDIT, MESSAGE_CHUNK } from "../../src/excel/errors";
import { START_FAILED } from "../../src/taskpane/state/notices";
import { ROOT, withPaneHost } from "./harness";

const SAMPLE = join(ROOT, "samples", "an-giang-2025-xa-my-hoa-hung.xlsx");
/** Office.js's own words when its start went wrong. */
const OFFICE_ERROR =
  'Office.js has not fully loaded. Your app must call "Office.onReady()" as part of it\'s loading sequence';

test("Office fails to start: the pane says so in Vietnamese, with the detail, and offers file mode", async () => {
  await withPaneHost(
    SAMPLE,
    {
      prepare: (m) => (m.officeStartError = OFFICE_ERROR),
      ready: (page) => page.getByTestId("start-failed").waitFor(),
    },
    async ({ page }) => {
      const bar = page.getByTestId("start-failed").getByTestId("pane-message");
      await expect(bar.locator(".fui-MessageBarTitle").textContent()).resolves.toBe(
        "Không khởi động được Trợ lý",
      );
      await expect(bar.textContent()).resolves.toContain(START_FAILED);
      await expect(page.getByTestId("pane-message-detail").textContent()).resolves.toContain(
        `Error: ${OFFICE_ERROR}`,
      );
      await expect(page.getByRole("button", { name: "Tải lại" }).count()).resolves.toBe(1);
      await expect(page.locator(".fui-Spinner").count()).resolves.toBe(0);

      await page.getByTestId("start-failed-file-mode").click();
      await page.getByTestId("file-mode").waitFor();
      await expect(page.getByTestId("start-failed").count()).resolves.toBe(0);
    },
  );
});

test("the province view's chunk fails to load: the check tab keeps its results, «Thử lại» loads it", async () => {
  await withPaneHost(SAMPLE, {}, async ({ page }) => {
    await page.getByTestId("check-button").click();
    await page.getByTestId("findings").waitFor();
    const findings = await page.locator("[data-testid=findings] li[data-finding]").count();
    expect(findings).toBe(6);

    // From now on every lazy chunk (a numbered .js of dist/) fails, as on a dropped network.
    const chunk = /\/\d+\.[0-9a-f]+\.js$/;
    const refused: string[] = [];
    await page.route(chunk, (route) => {
      refused.push(route.request().url());
      return route.abort("internetdisconnected");
    });
    await page.getByRole("tab", { name: "Tổng hợp tỉnh" }).click();
    const crashed = page.getByTestId("pane-crashed");
    await crashed.waitFor();
    expect(refused.length).toBeGreaterThan(0);
    await expect(crashed.getByTestId("pane-message").textContent()).resolves.toContain(MESSAGE_CHUNK);
    await expect(page.getByTestId("province-view").count()).resolves.toBe(0);

    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await expect(page.locator("[data-testid=findings] li[data-finding]").count()).resolves.toBe(findings);
    await expect(page.getByTestId("check-button").isEnabled()).resolves.toBe(true);

    await page.unroute(chunk);
    await page.getByRole("tab", { name: "Tổng hợp tỉnh" }).click();
    await crashed.getByRole("button", { name: "Thử lại" }).click();
    await page.getByTestId("province-view").waitFor();
    await expect(page.getByTestId("pane-crashed").count()).resolves.toBe(0);
  });
});

test("Excel in cell edit mode: Kiểm tra says what to do; once the clerk leaves the cell it works", async () => {
  await withPaneHost(SAMPLE, {}, async ({ page }) => {
    await page.evaluate(() => window.__tdktHost.refuse("InvalidOperationInCellEditMode"));
    await page.getByTestId("check-button").click();
    const bar = page.getByTestId("pane-message");
    await expect(bar.textContent()).resolves.toContain(MESSAGE_CELL_EDIT);
    await expect(page.getByTestId("findings").count()).resolves.toBe(0);
    await expect(page.getByTestId("pane-message-detail").count()).resolves.toBe(0);

    await page.evaluate(() => window.__tdktHost.refuse(null));
    await page.getByTestId("check-button").click();
    await page.getByTestId("findings").waitFor();
    await expect(page.locator("[data-testid=findings] li[data-finding]").count()).resolves.toBe(6);
  });
});

test("an error the pane has no words for: «Trợ lý gặp lỗi», the detail to copy, and the pane goes on", async () => {
  await withPaneHost(SAMPLE, {}, async ({ page }) => {
    await page.evaluate(() => window.__tdktHost.refuse("SomethingNobodyExpected"));
    await page.getByTestId("check-button").click();
    const bar = page.getByTestId("pane-message");
    await expect(bar.locator(".fui-MessageBarTitle").textContent()).resolves.toBe("Trợ lý gặp lỗi");
    await expect(bar.textContent()).resolves.toContain(MESSAGE_BUG);
    const detail = await page.getByTestId("pane-message-detail").textContent();
    expect(detail?.split("\n")[0]).toBe(
      "RichApi.Error (SomethingNobodyExpected): The double refuses sync 1.",
    );
    await bar.getByText("Chi tiết lỗi").click();
    await expect(bar.getByRole("button", { name: "Sao chép chi tiết" }).isVisible()).resolves.toBe(true);

    await page.evaluate(() => window.__tdktHost.refuse(null));
    await page.getByTestId("check-button").click();
    await page.getByTestId("findings").waitFor();
    await expect(page.getByTestId("pane-crashed").count()).resolves.toBe(0);
  });
});
