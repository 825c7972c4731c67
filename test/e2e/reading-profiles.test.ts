/**
 * The correction table in the browser, in file mode and in the Excel test host: each correction is
 * driven with the mouse and keyboard as a clerk would, and the counts the pane shows after it are
 * compared with what the core reads in Node with the profiles the page saved (local storage in file
 * mode, the workbook's settings in Excel), and at the end with the template's own spec. One file's
 * corrections read every file of its layout, and the tally says how many files each profile read.
 */
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { readSheetsOf } from "../../src/cli/read-file";
import { parseProfilesText, storedProfiles, type ReadingProfile } from "../../src/core/read";
import { checkWorkbook } from "../../src/core/run";
import { getBuiltinPlan } from "../../src/core/plan";
import { SUBJECT_KINDS, type KindCounts } from "../../src/core/types";
import { PROFILES_KEY } from "../../src/taskpane/state/settings-keys";
import { expectedCounts, rowsOf, unitSpec, writeTemplate, type TemplateSpec } from "../profile/workbooks";
import { openFileMode, ROOT, withPaneHost, type FileModePage } from "./harness";

const ARTIFACTS = join(ROOT, "test", "artifacts");
const PLAN = getBuiltinPlan("an-giang-2025")!;
const REPORT_DATE = "2025-11-10";
const SPECS: TemplateSpec[] = [unitSpec(1), unitSpec(2, 1), unitSpec(3, 2)];
const STORAGE_KEY = `tro-ly-tdkt:${PROFILES_KEY}`;

let dir: string;
let files: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tdkt-e2e-cach-doc-"));
  await mkdir(ARTIFACTS, { recursive: true });
  files = await Promise.all(SPECS.map((s, i) => writeTemplate(dir, `xa-${i + 1}.xlsx`, s)));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** What the core counts for a file read with `profiles`, in Node. */
async function coreCounts(path: string, profiles: ReadingProfile[]): Promise<KindCounts> {
  const report = checkWorkbook(basename(path), await readSheetsOf(path), PLAN, {
    reportDate: REPORT_DATE,
    profiles,
  });
  return report.counts;
}

async function shownCounts(scope: Locator): Promise<KindCounts> {
  const counts = { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 };
  for (const k of SUBJECT_KINDS)
    counts[k] = Number(
      await scope.locator(`[data-testid=quota-table] tr[data-kind="${k}"] td`).last().textContent(),
    );
  return counts;
}

/** Waits until `read` gives `want` (the pane re-reads after a correction), then asserts it. */
async function eventually<T>(page: Page, read: () => Promise<T>, want: () => Promise<T> | T): Promise<void> {
  let expected = await want();
  for (
    let i = 0;
    i < 150 && JSON.stringify(await read().catch(() => null)) !== JSON.stringify(expected);
    i++
  ) {
    await page.waitForTimeout(100);
    expected = await want();
  }
  expect(await read()).toEqual(expected);
}

async function pickOption(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

const table = (scope: Locator, sheet: string) =>
  scope.locator(`[data-testid=reading-table][data-sheet="${sheet}"]`);

/**
 * Every correction the template needs, made in `scope` (a file's card or the pane), each followed
 * by `after()` (which asserts the counts the pane shows).
 */
async function correctTemplate(page: Page, scope: Locator, spec: TemplateSpec, after: () => Promise<void>) {
  await table(scope, "DONVI").getByRole("button", { name: "Không phải danh sách" }).click();
  await table(scope, "DONVI").getByText("không đọc là danh sách").waitFor();
  await after();

  await table(scope, "DS")
    .getByLabel("Dòng tiêu đề của DS")
    .fill(String(rowsOf(spec).header));
  await table(scope, "DS").getByRole("button", { name: "Đổi dòng tiêu đề" }).click();
  await table(scope, "DS").getByText(`DS — ${spec.records.length} hồ sơ`).waitFor();
  await after();

  await pickOption(page, scope.getByRole("combobox", { name: "Cột C của DS" }), "Đối tượng");
  await after();
  await scope.getByRole("button", { name: "Theo giá trị của cột C (DS)" }).click();
  await pickOption(page, scope.getByRole("combobox", { name: "Giá trị «TAPTHE» của cột C (DS)" }), "Tập thể");
  await after();
  await pickOption(page, scope.getByRole("combobox", { name: "Giá trị «CANHAN» của cột C (DS)" }), "Cá nhân");
  await after();
  await scope.getByRole("button", { name: "Theo giá trị của cột E (DS)" }).click();
  await pickOption(page, scope.getByRole("combobox", { name: "Giá trị «X» của cột E (DS)" }), "Bằng khen");
  await after();

  await table(scope, "BS").getByRole("button", { name: "Đây là danh sách" }).click();
  await table(scope, "BS").getByText("BS — 0 hồ sơ").waitFor();
  await pickOption(page, scope.getByRole("combobox", { name: "Cột B của BS" }), "Họ và tên / Tên tập thể");
  await table(scope, "BS").getByText(`BS — ${spec.households.length} hồ sơ`).waitFor();
  await after();
}

describe("file mode", () => {
  let host: FileModePage | undefined;
  let page: Page;

  beforeAll(async () => {
    host = await openFileMode({ acceptDownloads: true, viewport: { width: 900, height: 1000 } });
    page = host.page;
  });
  afterAll(async () => {
    await host?.close();
  });

  const view = () => page.getByTestId("file-check-view");
  const card = (path: string) => view().locator(`[data-testid=file-result][data-file="${basename(path)}"]`);
  const saved = async () =>
    storedProfiles(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)) ?? "null"));

  test("each correction on one file reads every file of its layout; the profiles stay in the browser", async () => {
    await view().getByLabel("Ngày báo cáo").fill("10/11/2025");
    await view().getByTestId("file-input").setInputFiles(files.slice(0, 2));
    await card(files[1]).waitFor();
    // Before: the lookup sheet counted, the kinds unknown.
    expect(await shownCounts(card(files[0]))).toEqual(await coreCounts(files[0], []));
    expect(await table(card(files[0]), "DONVI").textContent()).toContain(
      `DONVI — ${SPECS[0].lookup.length} hồ sơ`,
    );

    await correctTemplate(page, card(files[0]), SPECS[0], async () => {
      for (const f of files.slice(0, 2))
        await eventually(
          page,
          () => shownCounts(card(f)),
          async () => coreCounts(f, await saved()),
        );
    });
    // The second file (its title rows shifted) was corrected by the first's corrections.
    for (const [i, f] of files.slice(0, 2).entries())
      expect(await shownCounts(card(f))).toEqual(expectedCounts(SPECS[i]));
    expect(await table(card(files[1]), "DS").getByTestId("profile-name").textContent()).toContain(
      "Đọc theo cách đọc đã lưu",
    );
    await table(card(files[0]), "DS").screenshot({ path: join(ARTIFACTS, "reading-table.png") });

    // "Cả danh sách là tập thể" for the households' sheet.
    await pickOption(
      page,
      card(files[0]).getByRole("combobox", { name: "Loại của cả danh sách BS" }),
      "Cả danh sách là tập thể",
    );
    await eventually(
      page,
      () => shownCounts(card(files[1])),
      async () => coreCounts(files[1], await saved()),
    );
    expect((await shownCounts(card(files[1])))["ho-gia-dinh"]).toBe(0);

    // "Bỏ qua cột này" on a recognised column: saved in the profile and shown as chosen.
    const skip = () => card(files[0]).getByRole("combobox", { name: "Cột D của DS" });
    await pickOption(page, skip(), "Bỏ qua cột này");
    await eventually(
      page,
      async () => (await saved()).some((p) => p.columns?.D === null),
      () => true,
    );
    await eventually(
      page,
      async () => (await skip().textContent())?.includes("Bỏ qua cột này"),
      () => true,
    );
    await eventually(
      page,
      () => shownCounts(card(files[1])),
      async () => coreCounts(files[1], await saved()),
    );
  });

  test("the profiles survive a reload, are exported as JSON, and a broken file is refused line by line", async () => {
    const before = await saved();
    await page.reload();
    await page.getByTestId("file-mode").waitFor();
    await view().getByTestId("file-input").setInputFiles([files[2]]);
    await card(files[2]).waitFor();
    expect(await shownCounts(card(files[2]))).toEqual(await coreCounts(files[2], before));

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      view().getByTestId("export-profiles").click(),
    ]);
    const exported = parseProfilesText(await readFile(await download.path(), "utf8"), "cach-doc.json");
    expect(exported).toEqual({ ok: true, profiles: before });

    const broken = JSON.stringify(
      { format: "tdkt-cach-doc", version: 1, profiles: [{ ...before[0], kind: "tap the" }] },
      null,
      2,
    );
    await view()
      .getByTestId("import-profiles")
      .setInputFiles({ name: "hong.json", mimeType: "application/json", buffer: Buffer.from(broken) });
    const bar = view().getByTestId("pane-message");
    const lines = (parseProfilesText(broken, "hong.json") as { errors: string[] }).errors;
    expect(lines[0]).toMatch(/^hong\.json: dòng \d+ /);
    await expect(bar.locator("li").allTextContents()).resolves.toEqual(lines);
    expect(await saved()).toEqual(before);
  });

  test("the tally reads every file of the template with the profiles and says how many each read", async () => {
    await page.getByTestId("tab-province").click();
    const province = page.getByTestId("province-view");
    await province.getByTestId("units-input").setInputFiles(files);
    const usage = province.getByTestId("profile-usage");
    await usage.locator("li").first().waitFor();
    const profiles = await saved();
    const texts = await usage.locator("li").allTextContents();
    expect(texts).toEqual(profiles.map((p) => `Cách đọc «${p.name}» đã áp dụng cho ${files.length} tệp.`));
  });
});

describe("Excel test host", () => {
  test("each correction is saved in the workbook's settings and the pane shows the counts read with it", async () => {
    await withPaneHost(files[0], {}, async ({ page }) => {
      const pane = page.locator("body");
      const savedInWorkbook = async () =>
        storedProfiles(
          (await page.evaluate(() => window.__tdktHost.model())).settings.find(
            ([k]) => k === PROFILES_KEY,
          )?.[1],
        );
      await page.getByLabel("Ngày báo cáo").fill("10/11/2025");
      await page.getByTestId("check-button").click();
      await page.getByTestId("lists-view").waitFor();
      expect(await shownCounts(pane)).toEqual(await coreCounts(files[0], []));
      await correctTemplate(page, pane, SPECS[0], async () => {
        await eventually(
          page,
          () => shownCounts(pane),
          async () => coreCounts(files[0], await savedInWorkbook()),
        );
      });
      expect(await shownCounts(pane)).toEqual(expectedCounts(SPECS[0]));
      await page.screenshot({ path: join(ARTIFACTS, "reading-table-excel.png"), fullPage: true });

      // "Cả danh sách là tập thể" and "Bỏ qua cột này" in Excel too.
      await pickOption(
        page,
        pane.getByRole("combobox", { name: "Loại của cả danh sách BS" }),
        "Cả danh sách là tập thể",
      );
      await eventually(
        page,
        () => shownCounts(pane),
        async () => coreCounts(files[0], await savedInWorkbook()),
      );
      expect((await shownCounts(pane))["ho-gia-dinh"]).toBe(0);
      await pickOption(page, pane.getByRole("combobox", { name: "Cột B của BS" }), "Bỏ qua cột này");
      await eventually(
        page,
        () => shownCounts(pane),
        async () => coreCounts(files[0], await savedInWorkbook()),
      );
      expect((await shownCounts(pane))["tap-the"]).toBe(expectedCounts(SPECS[0])["tap-the"]);

      // The same workbook's Tổng hợp tỉnh tab reads unit files with the profiles saved here.
      await page.getByRole("tab", { name: "Tổng hợp tỉnh" }).click();
      const province = page.getByTestId("province-view");
      await province.getByTestId("units-input").setInputFiles(files);
      const usage = province.getByTestId("profile-usage");
      await usage.locator("li").first().waitFor();
      expect(await usage.locator("li").allTextContents()).toEqual(
        (await savedInWorkbook()).map((p) => `Cách đọc «${p.name}» đã áp dụng cho ${files.length} tệp.`),
      );
    });
  });

  test("in the tally, correcting one unit's file corrects all files of the template", async () => {
    await withPaneHost(files[0], {}, async ({ page }) => {
      const savedInWorkbook = async () =>
        storedProfiles(
          (await page.evaluate(() => window.__tdktHost.model())).settings.find(
            ([k]) => k === PROFILES_KEY,
          )?.[1],
        );
      await page.getByRole("tab", { name: "Tổng hợp tỉnh" }).click();
      const province = page.getByTestId("province-view");
      await province.getByTestId("units-input").setInputFiles(files);
      await province.getByTestId("province-corrections").waitFor();
      await pickOption(page, province.getByTestId("correct-file"), basename(files[1]));
      await table(province, "DONVI").getByRole("button", { name: "Không phải danh sách" }).click();
      const usage = province.getByTestId("profile-usage");
      await usage.locator("li").first().waitFor();
      const [profile] = await savedInWorkbook();
      expect(profile.list).toBe(false);
      expect(await usage.locator("li").allTextContents()).toEqual([
        `Cách đọc «${profile.name}» đã áp dụng cho ${files.length} tệp.`,
      ]);
    });
  });
});
