/**
 * The pane's options in the browser: a column corrected by the clerk (remembered in the workbook
 * settings and applied to the next check), a plan file with mistakes, and a media log.
 */
import { join } from "node:path";
import { readFile } from "node:fs/promises";
import { checkDocument } from "../../src/core/document";
import { getBuiltinPlan, parsePlanText, type Plan } from "../../src/core/plan";
import { MESSAGE_UNSUPPORTED } from "../../src/excel/errors";
import { CURRENT_WORKBOOK } from "../../src/taskpane/state/check";
import { OPTIONS_KEY, PROFILES_KEY } from "../../src/taskpane/state/settings-keys";
import { excelPortOver } from "../excel-double";
import { modelFromXlsx } from "../excel-double/from-xlsx";
import { ROOT, withPaneHost } from "./harness";
import { expectSampleThemes } from "./media-view";

const SAMPLE = join(ROOT, "samples", "an-giang-2025-xa-my-hoa-hung.xlsx");
const MEDIA_SAMPLE = join(ROOT, "samples", "an-giang-2021-nhat-ky-tin-bai.xlsx");

test("a column set to 'Bỏ qua cột này' is saved in the workbook and the check runs without it", async () => {
  await withPaneHost(SAMPLE, {}, async ({ page }) => {
    await page.getByLabel("Ngày báo cáo").fill("10/11/2025");
    await page.getByTestId("check-button").click();
    await page.locator('[data-finding="unknown-field"]').waitFor();
    await page.getByRole("combobox", { name: "Cột G của DS đề nghị" }).click();
    await page.getByRole("option", { name: "Bỏ qua cột này" }).click();
    await page.locator('[data-finding="unknown-field"]').waitFor({ state: "detached" });
    const settings = new Map((await page.evaluate(() => window.__tdktHost.model())).settings);
    expect(settings.get(PROFILES_KEY)).toEqual([expect.objectContaining({ columns: { G: null } })]);
    await expect(
      page.getByRole("combobox", { name: "Cột G của DS đề nghị" }).textContent(),
    ).resolves.toContain("Bỏ qua cột này");
    expect(await page.locator("[data-finding]").count()).toBe(5);
  });
});

test("a plan file with mistakes: every problem listed in Vietnamese, the plan unchanged", async () => {
  await withPaneHost(SAMPLE, {}, async ({ page }) => {
    const text = JSON.stringify({ id: "Kế hoạch", title: 3, period: { from: "2025-01-01" } });
    await page.getByTestId("plan-file").setInputFiles({
      name: "ke-hoach.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    const bar = page.getByTestId("pane-message");
    await expect(bar.locator("li").allTextContents()).resolves.toEqual(
      (parsePlanText(text, "ke-hoach.json") as { errors: string[] }).errors,
    );
    await expect(bar.textContent()).resolves.toContain("Tệp kế hoạch ke-hoach.json có lỗi");
    await expect(page.getByTestId("plan-picker").textContent()).resolves.toBe(
      (getBuiltinPlan("an-giang-2025") as Plan).title,
    );
  });
});

test("a media log under plan an-giang-2021 shows month × outlet × medium against the quota, with the month's theme", async () => {
  const plan = getBuiltinPlan("an-giang-2021") as Plan;
  const model = await modelFromXlsx(await readFile(MEDIA_SAMPLE));
  const sheets = await excelPortOver(model).readSheets();
  const doc = checkDocument(CURRENT_WORKBOOK, sheets, plan, { reportDate: "2021-12-31" });
  if (doc.listType !== "media") throw new Error("the sample is a media log");
  // January to April, each for Báo An Giang and the Đài's two media.
  expect(doc.report.quota.length).toBe(12);

  await withPaneHost(
    MEDIA_SAMPLE,
    {
      prepare: (m) => m.settings.set(OPTIONS_KEY, { planId: plan.id }),
    },
    async (host) => {
      const { page } = host;
      await page.getByTestId("check-button").click();
      await page.getByTestId("media-view").waitFor();
      await expectSampleThemes(page.getByTestId("media-view"), doc.report);
      await expect(page.locator("[data-testid=media-late] li").count()).resolves.toBe(doc.report.late.length);
      await page.getByTestId("summary-button").click();
      await expect(page.getByTestId("pane-message").textContent()).resolves.toContain("Tổng hợp tin bài");
      expect((await host.snapshot()).sheets).toContain("Tổng hợp tin bài");
    },
  );
});

test("an Excel without ExcelApi 1.9 gets a MessageBar and a way to file mode", async () => {
  await withPaneHost(
    SAMPLE,
    {
      oldExcel: true,
      ready: (page) => page.getByTestId("pane-message").waitFor(),
    },
    async (host) => {
      const { page } = host;
      await expect(page.getByTestId("pane-message").textContent()).resolves.toContain(MESSAGE_UNSUPPORTED);
      await expect(page.getByTestId("check-button").isDisabled()).resolves.toBe(true);
      await page.getByRole("button", { name: "Mở tệp trên máy" }).click();
      await page.getByTestId("file-mode").waitFor();
      expect(host.consoleErrors).toEqual([]);
    },
  );
});

test("the Tổng hợp tỉnh tab opens the province view; Kiểm tra comes back with its results", async () => {
  await withPaneHost(SAMPLE, {}, async (host) => {
    const { page } = host;
    await page.getByTestId("check-button").click();
    await page.getByTestId("findings").waitFor();
    await page.getByRole("tab", { name: "Tổng hợp tỉnh" }).click();
    await page.getByTestId("province-view").waitFor();
    await page.getByTestId("findings").waitFor({ state: "hidden" });
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByTestId("findings").waitFor();
    expect(host.consoleErrors).toEqual([]);
  });
});
