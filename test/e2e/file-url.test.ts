/**
 * The page opened by double-click (docs/cai-dat.md): dist/taskpane.html as a file:// URL, with no
 * network. Office.js cannot load, so the page must come up in file mode, load its on-demand chunks
 * from the disk and check a workbook, as a clerk without the add-in uses it.
 */
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { readSheetsOf } from "../../src/cli/read-file";
import { checkDocument } from "../../src/core/document";
import { documentFindings } from "../../src/core/findings";
import { getBuiltinPlan, type Plan } from "../../src/core/plan";
import { sample } from "../web/helpers";
import { CHROMIUM_ARGS, DIST, OFFICE_JS_URL } from "./harness";

const NOMINATION = sample("an-giang-2025-xa-my-hoa-hung.xlsx");

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
});

test("dist/taskpane.html opened from the disk, offline, checks a picked workbook in file mode", async () => {
  const page = await browser.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // As on a computer without internet: anything but the disk fails.
  await page.route(/^(?!file:)/, (route) => route.abort("internetdisconnected"));
  await page.goto(pathToFileURL(join(DIST, "taskpane.html")).href);
  await page.getByTestId("file-mode").waitFor();

  await page.getByLabel("Ngày báo cáo").fill("10/11/2025");
  await page.getByTestId("file-input").setInputFiles([NOMINATION]);
  const card = page.locator(`[data-testid=file-result][data-file="${basename(NOMINATION)}"]`);
  await card.getByTestId("findings").waitFor();

  const plan = getBuiltinPlan("an-giang-2025") as Plan;
  const want = checkDocument(basename(NOMINATION), await readSheetsOf(NOMINATION), plan, {
    reportDate: "2025-11-10",
  });
  const shown = await card
    .locator("[data-finding]")
    .evaluateAll((items) => items.map((li) => li.getAttribute("data-finding") ?? ""));
  expect(shown.sort()).toEqual(
    documentFindings(want)
      .map((f) => f.code)
      .sort(),
  );
  expect(shown.length).toBeGreaterThan(0);
  // ExcelJS is an on-demand chunk: it must have come from the disk beside the page.
  expect(requests.filter((u) => u.startsWith("file:") && u.endsWith(".js")).length).toBeGreaterThan(1);
  expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([OFFICE_JS_URL]);
  expect(pageErrors).toEqual([]);
  await page.close();
});
