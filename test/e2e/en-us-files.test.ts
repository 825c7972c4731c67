/**
 * The web page (file mode) in a browser set to en-US: the date fields, the findings, the media
 * log's dates and the province tally all read dd/mm/yyyy; the province view draws each unit
 * against its quota; the downloaded tally keeps the chart's table and says why it has no chart.
 * Also takes the guide's screenshots of the web page (docs/anh/).
 */
import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { showDate } from "../../src/core/check/dates";
import { getBuiltinPlan } from "../../src/core/plan";
import { CHART_FALLBACK_NOTE, SHEET_CHART, unitQuotaBars } from "../../src/core/tally";
import { sample } from "../web/helpers";
import { browserDate, guideShot, notVietnamese, shownDates } from "./guide-shots";
import { openFileMode, type FileModePage } from "./harness";
import { writtenTally } from "./province-scenario";

const NOMINATION = sample("an-giang-2025-xa-my-hoa-hung.xlsx");
const MEDIA = sample("an-giang-2021-nhat-ky-tin-bai.xlsx");
const DATE = "2025-12-20";

let host: FileModePage | undefined;
let page: Page;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tdkt-e2e-en-us-"));
  host = await openFileMode({
    acceptDownloads: true,
    locale: "en-US",
    timezoneId: "America/New_York",
    viewport: { width: 900, height: 1000 },
  });
  page = host.page;
});

afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

test("checking files: the report date and every date of the findings and the media log read dd/mm/yyyy", async () => {
  expect(await browserDate(page)).toEqual(["en-US", "12/20/2025"]);
  const view = page.getByTestId("file-check-view");
  await view.getByTestId("unit-kind").click();
  await page.getByRole("option", { name: "Xã, phường, thị trấn", exact: true }).click();
  const field = view.getByLabel("Ngày báo cáo");
  await field.fill(showDate(DATE));
  // Plan 000 states no day for its annual report: the unit sets its own, typed dd/mm/yyyy.
  await view.getByLabel("Hạn nộp do đơn vị tự đặt").fill("15/11/2025");
  await view.getByTestId("file-input").setInputFiles([NOMINATION]);
  await view.locator("[data-testid=file-result]").waitFor();
  expect(await field.inputValue()).toBe("20/12/2025");

  const text = await view.innerText();
  expect(text).toContain("Ngày báo cáo 20/12/2025 đã quá hạn");
  expect(text).toContain("hạn do đơn vị tự đặt (kế hoạch không ghi ngày): chậm nhất ngày 15/11/2025");
  expect(notVietnamese(shownDates(text))).toEqual([]);
  expect(text).not.toContain("12/20/2025");
  await guideShot(page, "trang-web-kiem-tra.png");

  // The media log (plan 2021): its late items carry their own dates. (The month themes quote the
  // plan's text verbatim, "3/2/1930", and are left as the plan wrote them.)
  await view.getByTestId("plan-picker").click();
  await page.getByRole("option", { name: getBuiltinPlan("an-giang-2021")!.title, exact: true }).click();
  await view.getByTestId("file-input").setInputFiles([MEDIA]);
  const media = view
    .locator(`[data-testid=file-result][data-file="${basename(MEDIA)}"]`)
    .getByTestId("media-view");
  await media.waitFor();
  const mediaDates = shownDates(await media.getByTestId("media-late").innerText());
  expect(mediaDates.filter((d) => d.endsWith("/2021")).length).toBeGreaterThan(0);
  expect(notVietnamese(mediaDates)).toEqual([]);
  await guideShot(media.getByTestId("media-month").first(), "trang-web-nhat-ky-tin-bai.png");
});

test("the province tally: dd/mm/yyyy, one bar per unit quota, and the download keeps the chart's table", async () => {
  const { registryPath, units, want } = await writtenTally(dir, DATE);
  await page.getByTestId("tab-province").click();
  const view = page.getByTestId("province-view");
  await view.getByLabel("Ngày tổng hợp").fill(showDate(DATE));
  await view.getByTestId("registry-input").setInputFiles(registryPath);
  await view.getByTestId("pane-message").filter({ hasText: "Đã đọc danh mục" }).waitFor();
  await view.getByTestId("units-input").setInputFiles(units);
  await view.getByTestId("province-results").waitFor();

  const bars = unitQuotaBars(want.consolidation.units);
  const shown = await view
    .locator("[data-testid=unit-quota-bars] [data-testid=quota-bar]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  expect(shown).toHaveLength(bars.length);
  expect(shown.map((s) => s?.includes(", còn thiếu "))).toEqual(bars.map((b) => b.short > 0));

  const text = await view.innerText();
  expect(text).toContain("Ngày tổng hợp: 20/12/2025");
  expect(notVietnamese(shownDates(text))).toEqual([]);
  await guideShot(page, "trang-web-tong-hop-tinh.png");

  const [file] = await Promise.all([
    page.waitForEvent("download"),
    view.getByTestId("download-tally").click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(SHEET_CHART)!;
  const chart = want.sheets.find((s) => s.name === SHEET_CHART)!.chart!;
  expect(sheet.getCell(chart.anchor.row, chart.anchor.col).value).toBe(CHART_FALLBACK_NOTE);
  const names: unknown[] = [];
  for (let r = chart.data.top + 1; r <= chart.data.bottom; r++) names.push(sheet.getCell(r, 1).value);
  expect(names).toEqual(bars.map((b) => b.name));
  expect(String(sheet.getCell(2, 1).value)).toBe("Ngày tổng hợp: 20/12/2025");
});
