/**
 * The pane opened as a plain web page (no Office): file mode in Chromium on real workbooks. What the
 * page shows is compared with what the core computes in Node for the same files; the downloads are
 * read back with ExcelJS. Office.js is aborted, so the page has no host and nothing leaves it.
 */
import { showDate } from "../../src/core/check/dates";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { readSheetsOf } from "../../src/cli/read-file";
import { checkDocument, type CheckedDocument } from "../../src/core/document";
import { documentFindings, highlightGroups } from "../../src/core/findings";
import { KIND_LABELS } from "../../src/core/labels";
import { getBuiltinPlan, type Plan } from "../../src/core/plan";
import { SUMMARY_SHEET } from "../../src/core/summary";
import { readRegistry, tallyProvince, type ProvinceTally, type RegistryUnit } from "../../src/core/tally";
import { SUBJECT_KINDS, type CheckOptions } from "../../src/core/types";
import { findingPlace, groupFindings } from "../../src/taskpane/state/groups";
import { quotaLine } from "../../src/taskpane/state/quota";
import { BROKEN_FIXTURES, FIXTURES_DIR } from "../fixtures/build-fixtures";
import { scenario, writeScenario } from "../tally/generate-units";
import { expectAnnotated, loadBook, sample } from "../web/helpers";
import { CHROMIUM_ARGS, OFFICE_JS_URL, ROOT, serveDist } from "./harness";
import { expectSampleThemes } from "./media-view";

const ARTIFACTS = join(ROOT, "test", "artifacts");
const NOMINATION = sample("an-giang-2025-xa-my-hoa-hung.xlsx");
const MEDIA = sample("an-giang-2021-nhat-ky-tin-bai.xlsx");
const TWO_SHEETS = join(FIXTURES_DIR, "06-hai-trang.xlsx");
const PASSWORD = BROKEN_FIXTURES.find((b) => b.file === "16-mat-khau.xlsx")!;
const REPORT_DATE = "2025-11-10";
const TALLY_DATE = "2025-12-20";
const OPTIONS: CheckOptions = { reportDate: REPORT_DATE, unitKind: "xa" };
const plan = (id: string): Plan => getBuiltinPlan(id)!;

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

/** What the core makes of a file, read in Node (CLI's reader), as file mode must show it. */
async function coreDocument(path: string, p: Plan, options: CheckOptions): Promise<CheckedDocument> {
  return checkDocument(basename(path), await readSheetsOf(path), p, options);
}

const card = (view: Locator, path: string): Locator =>
  view.locator(`[data-testid=file-result][data-file="${basename(path)}"]`);

async function shownFindings(scope: Locator): Promise<(string | null)[][]> {
  return scope
    .locator("[data-testid=findings] li[data-finding]")
    .evaluateAll((items) => items.map((li) => [li.getAttribute("data-finding"), li.textContent]));
}

function listedFindings(doc: CheckedDocument): (string | null)[][] {
  return groupFindings(documentFindings(doc))
    .flatMap((g) => g.codes.flatMap((c) => c.findings))
    .map((f) => {
      const place = findingPlace(f);
      return [f.code, place === "" ? f.message : `${place}: ${f.message}`];
    });
}

/** Waits for the page to show `want` (it re-renders after a re-check), then asserts it. */
async function eventually<T>(read: () => Promise<T>, want: T): Promise<void> {
  for (let i = 0; i < 100 && JSON.stringify(await read()) !== JSON.stringify(want); i++)
    await page.waitForTimeout(100);
  expect(await read()).toEqual(want);
}

async function choose(scope: Locator, testId: string, option: string): Promise<void> {
  await scope.getByTestId(testId).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Clicks a download button and returns the file's bytes and suggested name. */
async function download(button: Locator): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

beforeAll(async () => {
  server = await serveDist();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 900, height: 1000 } });
  // Office.js is never fetched: without it the page is in file mode, as on a PC with no add-in.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    return url.startsWith(origin + "/") ? route.continue() : route.abort("blockedbyclient");
  });
  page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("file-mode").waitFor();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe("Kiểm tra tệp", () => {
  const view = () => page.getByTestId("file-check-view");

  test("checks picked files: the core's findings, counts and quota; an unreadable file says why", async () => {
    await choose(view(), "unit-kind", "Xã, phường, thị trấn");
    await view().getByLabel("Ngày báo cáo").fill(showDate(REPORT_DATE));
    await view()
      .getByTestId("file-input")
      .setInputFiles([NOMINATION, join(FIXTURES_DIR, PASSWORD.file), TWO_SHEETS]);
    await view().locator("[data-testid=file-result]").nth(2).waitFor();

    expect(
      await view()
        .locator("[data-testid=file-result]")
        .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-file"))),
    ).toEqual([basename(NOMINATION), PASSWORD.file, basename(TWO_SHEETS)]);
    for (const path of [NOMINATION, TWO_SHEETS]) {
      const want = await coreDocument(path, plan("an-giang-2025"), OPTIONS);
      if (want.listType !== "nomination") throw new Error("a nomination list is expected");
      expect([basename(path), await shownFindings(card(view(), path))]).toEqual([
        basename(path),
        listedFindings(want),
      ]);
      for (const kind of SUBJECT_KINDS)
        await expect(
          card(view(), path).locator(`[data-testid=quota-table] tr[data-kind=${kind}]`).textContent(),
        ).resolves.toBe(`${KIND_LABELS[kind]}${want.report.counts[kind]}`);
      expect(await card(view(), path).locator("[data-testid=quota-lines] li").allTextContents()).toEqual(
        want.report.quota.map(quotaLine),
      );
    }
    // The sample's deliberate faults (samples/README.md) are there to be shown.
    expect((await shownFindings(card(view(), NOMINATION))).length).toBeGreaterThanOrEqual(5);
    const bad = card(view(), join(FIXTURES_DIR, PASSWORD.file));
    await expect(bad.getAttribute("data-ok")).resolves.toBe("false");
    await expect(bad.textContent()).resolves.toContain(PASSWORD.message);
  });

  test("downloads the annotated copy: every value unchanged, the cells at fault filled", async () => {
    const { name, bytes } = await download(card(view(), NOMINATION).getByTestId("download-annotated"));
    expect(name).toBe("an-giang-2025-xa-my-hoa-hung - kết quả kiểm tra.xlsx");
    const want = await coreDocument(NOMINATION, plan("an-giang-2025"), OPTIONS);
    const groups = highlightGroups(documentFindings(want));
    // The sample's six findings with a cell: I14, E18, C18, K18, D19, G21.
    expect(groups.flatMap((g) => g.addresses).sort()).toEqual(["C18", "D19", "E18", "G21", "I14", "K18"]);
    await expectAnnotated(new Uint8Array(await readFile(NOMINATION)), bytes, groups);
  });

  test("downloads the summary workbook", async () => {
    const { name, bytes } = await download(card(view(), NOMINATION).getByTestId("download-summary"));
    expect(name).toBe("an-giang-2025-xa-my-hoa-hung - tổng hợp.xlsx");
    const book = await loadBook(bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual([SUMMARY_SHEET]);
    // The counts the clerk copies: 7 nominations, 2 tập thể, 4 cá nhân, 1 hộ gia đình.
    const numbers: unknown[] = [];
    book
      .getWorksheet(SUMMARY_SHEET)!
      .eachRow((row) => row.eachCell((c) => typeof c.value === "number" && numbers.push(c.value)));
    expect(numbers).toEqual(expect.arrayContaining([7, 2, 4, 1]));
  });

  test("a corrected column: the file reads as the core reads it with the correction, another layout unchanged", async () => {
    const sheet = "DS đề nghị";
    await card(view(), NOMINATION)
      .getByRole("combobox", { name: `Cột E của ${sheet}` })
      .click();
    await page.getByRole("option", { name: "Bỏ qua cột này", exact: true }).click();
    const want = await coreDocument(NOMINATION, plan("an-giang-2025"), {
      ...OPTIONS,
      columnOverrides: { [sheet]: { E: null } },
    });
    const before = await coreDocument(NOMINATION, plan("an-giang-2025"), OPTIONS);
    expect(listedFindings(want)).not.toEqual(listedFindings(before));
    await eventually(() => shownFindings(card(view(), NOMINATION)), listedFindings(want));
    const other = await coreDocument(TWO_SHEETS, plan("an-giang-2025"), OPTIONS);
    expect(await shownFindings(card(view(), TWO_SHEETS))).toEqual(listedFindings(other));
    // The correction is a reading profile in the browser's storage: the tests after this one start without it.
    await page.evaluate(() => localStorage.clear());
  });

  test("checks a media log: each month × outlet × medium with its theme, and the late items", async () => {
    const media = plan("an-giang-2021");
    await choose(view(), "plan-picker", media.title);
    await view().getByTestId("file-input").setInputFiles([MEDIA]);
    await card(view(), MEDIA).getByTestId("media-view").waitFor();
    const want = await coreDocument(MEDIA, media, OPTIONS);
    if (want.listType !== "media") throw new Error("a media log is expected");
    // January to April, each for Báo An Giang and the Đài's two media.
    expect(want.report.quota.length).toBe(12);
    await expectSampleThemes(card(view(), MEDIA).getByTestId("media-view"), want.report);
    await expect(card(view(), MEDIA).locator("[data-testid=media-late] li").count()).resolves.toBe(
      want.report.late.length,
    );
    expect(await shownFindings(card(view(), MEDIA))).toEqual(listedFindings(want));
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "file-mode-media.png"), fullPage: true });
  });
});

describe("Tổng hợp tỉnh", () => {
  const view = () => page.getByTestId("province-view");
  let dir: string;
  let units: string[];
  let registry: RegistryUnit[];
  let choices: Record<string, string> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tdkt-e2e-tally-"));
    const written = await writeScenario(dir, scenario());
    units = (await readdir(written.unitsDir)).sort().map((n) => join(written.unitsDir, n));
    registry = readRegistry(await readSheetsOf(written.registryPath)).units;
    await page.getByTestId("tab-province").click();
    await view().getByLabel("Ngày tổng hợp").fill(showDate(TALLY_DATE));
    await view().getByTestId("registry-input").setInputFiles(written.registryPath);
    await view().getByTestId("pane-message").filter({ hasText: "Đã đọc danh mục" }).waitFor();
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** The CLI's way to the same tally: files from disk through the core. */
  const expected = (chosen?: Record<string, string>): Promise<ProvinceTally> =>
    tallyProvince(
      units.map((path) => ({ name: basename(path), readSheets: () => readSheetsOf(path) })),
      { registry, plan: plan("an-giang-2025"), reportDate: TALLY_DATE, choices: chosen },
    );

  async function expectShown(want: ProvinceTally): Promise<void> {
    const c = want.consolidation;
    const totals = view().getByTestId("province-totals");
    await expect(totals.locator("[data-total=files]").textContent()).resolves.toBe(
      `Tệp đọc được: ${c.totals.files}`,
    );
    for (const k of SUBJECT_KINDS)
      await expect(totals.locator(`[data-total=${k}]`).textContent()).resolves.toBe(
        `${KIND_LABELS[k]}: ${c.totals.byKind[k]}`,
      );
    const rows = await view()
      .locator("[data-testid=units-table] tr[data-unit]")
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute("data-unit"),
          tr.getAttribute("data-status"),
          ...[...tr.querySelectorAll("td[data-kind]")].map((td) => Number(td.textContent)),
        ]),
      );
    expect(rows).toEqual(c.units.map((u) => [u.unit, u.status, ...SUBJECT_KINDS.map((k) => u.counts[k])]));
    expect(await view().locator("[data-testid=missing-units] li").allTextContents()).toEqual(c.missingUnits);
    await expect(view().locator("[data-testid=duplicates] li").count()).resolves.toBe(c.duplicates.length);
  }

  test("tallies the picked unit workbooks against the registry as the core does", async () => {
    await view().getByTestId("units-input").setInputFiles(units);
    await view().getByTestId("province-results").waitFor();
    const want = await expected();
    expect(want.consolidation.missingUnits.length).toBeGreaterThan(0);
    expect(want.consolidation.duplicates.length).toBeGreaterThan(0);
    await expectShown(want);
    expect(
      await view()
        .locator("[data-testid=unmatched-files] [data-file]")
        .evaluateAll((d) => d.map((x) => x.getAttribute("data-file"))),
    ).toEqual(want.consolidation.unmatchedFiles);
    const unreadable = want.reports.filter((r) => r.error !== null);
    expect(unreadable.length).toBe(1);
    await expect(view().textContent()).resolves.toContain(unreadable[0].error!);
  });

  test("counts an unmatched file for the unit the clerk assigns it to", async () => {
    const before = await expected();
    const [file] = before.consolidation.unmatchedFiles;
    const [unit] = before.consolidation.missingUnits;
    await view().locator(`[data-testid=unmatched-files] [data-file="${file}"]`).getByRole("combobox").click();
    await page.getByRole("option", { name: unit, exact: true }).click();
    choices = { [file]: unit };
    const want = await expected(choices);
    expect(want.consolidation.missingUnits).not.toContain(unit);
    await view().locator(`[data-testid=units-table] tr[data-unit="${unit}"][data-status=da-nop]`).waitFor();
    await expectShown(want);
  });

  test("downloads the consolidated workbook", async () => {
    // The tally as the previous test left it, with the clerk's assignment.
    const want = await expected(choices);
    const { name, bytes } = await download(view().getByTestId("download-tally"));
    expect(name).toBe("Tổng hợp tỉnh.xlsx");
    const book = await loadBook(bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(want.sheets.map((s) => s.name));
    for (const sheet of want.sheets)
      for (const cell of sheet.cells.filter((c) => typeof c.value === "number"))
        expect([
          sheet.name,
          cell.row,
          cell.col,
          book.getWorksheet(sheet.name)!.getCell(cell.row, cell.col).value,
        ]).toEqual([sheet.name, cell.row, cell.col, cell.value]);
    await page.screenshot({ path: join(ARTIFACTS, "file-mode-province.png"), fullPage: true });
  });
});

test("nothing left the page: its own files only, Office.js not even fetched, no page error", () => {
  const outside = requests.filter((u) => !u.startsWith(origin + "/") && !u.startsWith("blob:"));
  // The <script> for Office.js was attempted and aborted before it left the browser.
  expect(outside).toEqual([OFFICE_JS_URL]);
  expect(requests.filter((u) => u.startsWith(origin + "/")).length).toBeGreaterThan(1);
  expect(pageErrors).toEqual([]);
});
