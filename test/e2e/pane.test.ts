/**
 * The built task pane in Chromium over the Excel double: Kiểm tra, a finding's cell, Đánh dấu and
 * Xóa đánh dấu, Điền Tổng hợp, a protected sheet, and no network. What the page shows is compared
 * with what the core computes for the same workbook read through the same Office.js port.
 */
import { showDate } from "../../src/core/check/dates";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkDocument, documentSummary } from "../../src/core/document";
import { documentFindings } from "../../src/core/findings";
import { getBuiltinPlan, type Plan } from "../../src/core/plan";
import { KIND_LABELS } from "../../src/core/labels";
import { SUBJECT_KINDS, type CheckOptions } from "../../src/core/types";
import { MESSAGE_PROTECTED } from "../../src/excel/errors";
import { CURRENT_WORKBOOK } from "../../src/taskpane/state/check";
import { findingPlace, groupFindings } from "../../src/taskpane/state/groups";
import { quotaLine } from "../../src/taskpane/state/quota";
import { OPTIONS_KEY } from "../../src/taskpane/state/settings-keys";
import { excelPortOver } from "../excel-double";
import { modelFromXlsx } from "../excel-double/from-xlsx";
import { findSheet, type ModelWorkbook } from "../excel-double/model";
import { OFFICE_JS_URL, ROOT, startPaneHost, withPaneHost, type PaneHost } from "./harness";

const SAMPLE = join(ROOT, "samples", "an-giang-2025-xa-my-hoa-hung.xlsx");
const LIST_SHEET = "DS đề nghị";
const PLAN = getBuiltinPlan("an-giang-2025") as Plan;
const ARTIFACTS = join(ROOT, "test", "artifacts");
/** Before the plan's 15/11/2025 report deadline, so the findings do not depend on today's date. */
const REPORT_DATE = "2025-11-10";

/** The pane remembers its options in the workbook: the test starts from a unit kind already chosen. */
function rememberUnit(model: ModelWorkbook): void {
  model.settings.set(OPTIONS_KEY, { planId: PLAN.id, unitKind: "xa" });
}

/** What the core makes of the sample, read through the Office.js port exactly as the pane reads it. */
async function expected() {
  const model = await modelFromXlsx(await readFile(SAMPLE));
  const sheets = await excelPortOver(model).readSheets();
  const options: CheckOptions = { reportDate: REPORT_DATE, unitKind: "xa", columnOverrides: {} };
  const doc = checkDocument(CURRENT_WORKBOOK, sheets, PLAN, options);
  if (doc.listType !== "nomination") throw new Error("the sample is a nomination list");
  return { doc, findings: documentFindings(doc), summary: documentSummary(doc, sheets, PLAN, options) };
}

describe("the pane in Excel (browser, Excel double)", () => {
  let host: PaneHost;
  beforeAll(async () => {
    host = await startPaneHost(SAMPLE, { prepare: rememberUnit });
  });
  afterAll(async () => {
    await host?.close();
  });

  test("Kiểm tra lists the core's findings, counts and quota", async () => {
    const want = await expected();
    const { page } = host;
    await page.getByLabel("Ngày báo cáo").fill(showDate(REPORT_DATE));
    await page.getByTestId("check-button").click();
    await page.getByTestId("findings").waitFor();

    const shown = await page
      .locator("[data-testid=findings] li[data-finding]")
      .evaluateAll((items) => items.map((li) => [li.getAttribute("data-finding"), li.textContent]));
    const listed = groupFindings(want.findings).flatMap((g) => g.codes.flatMap((c) => c.findings));
    expect(shown).toEqual(listed.map((f) => [f.code, `${findingPlace(f)}: ${f.message}`]));
    expect(listed.every((f) => findingPlace(f) !== "")).toBe(true);
    expect(shown.length).toBe(6); // incl. the birth year alone (1985) that 000 asks in full

    for (const kind of SUBJECT_KINDS) {
      const row = page.locator(`[data-testid=quota-table] tr[data-kind=${kind}]`);
      await expect(row.textContent()).resolves.toBe(`${KIND_LABELS[kind]}${want.doc.report.counts[kind]}`);
    }
    const quota = await page.locator("[data-testid=quota-lines] li").allTextContents();
    expect(quota).toEqual(want.doc.report.quota.map(quotaLine));
    expect(quota).toEqual(["Tập thể + Cá nhân + Hộ gia đình 7/2 — Đạt"]);
    await expect(page.getByTestId("pane-message").textContent()).resolves.toContain("3 lỗi, 3 cảnh báo");
  });

  test("clicking a finding selects its cell in Excel", async () => {
    await host.page.locator(`[data-place="${LIST_SHEET}!D19"]`).click();
    await host.page.waitForFunction(() => window.__tdktHost.snapshot().selection !== null);
    expect((await host.snapshot()).selection).toEqual({ sheet: LIST_SHEET, address: "D19" });
  });

  test("Đánh dấu colours the cells, Xóa đánh dấu brings the formats back exactly", async () => {
    const { page } = host;
    const before = await host.snapshot();
    await page.getByTestId("mark-button").click();
    await expect(page.getByTestId("pane-message").textContent()).resolves.toContain("Đã tô màu 6 ô");
    const marked = await host.snapshot();
    const formats = (marked.formats[LIST_SHEET] as { conditionalFormats: { fill: string }[] })
      .conditionalFormats;
    expect(formats.map((f) => f.fill).sort()).toEqual(["#FFC7CE", "#FFEB9C"]);
    expect(marked.values).toEqual(before.values);

    await page.getByTestId("clear-button").click();
    await expect(page.getByTestId("pane-message").textContent()).resolves.toContain("Đã xóa đánh dấu");
    const cleared = await host.snapshot();
    expect(cleared.formats).toEqual(before.formats);
    expect(cleared.values).toEqual(before.values);
  });

  test("Điền Tổng hợp writes the core's summary sheet and touches no other sheet", async () => {
    const want = await expected();
    if (want.summary?.kind !== "sheet") throw new Error("the sample has no template: a sheet is expected");
    const { page } = host;
    const before = await host.snapshot();
    await page.getByTestId("summary-button").click();
    await expect(page.getByTestId("pane-message").textContent()).resolves.toContain(
      "Đã ghi trang tính «Tổng hợp»",
    );
    const after = await host.snapshot();
    expect(after.sheets).toEqual([...before.sheets, "Tổng hợp"]);
    for (const sheet of before.sheets) expect(after.values[sheet]).toEqual(before.values[sheet]);
    const written = after.values["Tổng hợp"];
    const cells = want.summary.sheet.cells.filter((c) => c.value !== null && c.value !== "");
    expect(Object.keys(written)).toHaveLength(cells.length);
    for (const c of cells)
      expect([`R${c.row}C${c.col}`, written[`R${c.row}C${c.col}`]]).toEqual([`R${c.row}C${c.col}`, c.value]);
    // The counts the clerk copies: 7 nominations in all, 2 tập thể, 4 cá nhân, 1 hộ gia đình.
    expect(Object.values(written).filter((v) => typeof v === "number")).toEqual(
      expect.arrayContaining([7, 2, 4, 1]),
    );
  });

  test("the pane asked for nothing but its own files and Office.js, and broke no CSP rule", async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await host.page.screenshot({ path: join(ARTIFACTS, "pane-excel.png"), fullPage: true });
    const origin = new URL(host.url).origin;
    const outside = host.requests.filter((u) => !u.startsWith(origin + "/") && u !== OFFICE_JS_URL);
    expect(outside).toEqual([]);
    expect(host.requests).toContain(OFFICE_JS_URL);
    expect(host.consoleErrors).toEqual([]);
  });
});

test("a protected sheet: Đánh dấu shows what to do and changes nothing", async () => {
  await withPaneHost(
    SAMPLE,
    {
      prepare: (model) => {
        rememberUnit(model);
        (findSheet(model, LIST_SHEET) as { protected: boolean }).protected = true;
      },
    },
    async (host) => {
      const { page } = host;
      await page.getByTestId("check-button").click();
      await page.getByTestId("findings").waitFor();
      const before = await host.snapshot();
      await page.getByTestId("mark-button").click();
      const bar = page.getByTestId("pane-message");
      await expect(bar.textContent()).resolves.toContain("Không đánh dấu được");
      await expect(bar.textContent()).resolves.toContain(MESSAGE_PROTECTED);
      expect(await host.snapshot()).toEqual(before);
      await page.screenshot({ path: join(ARTIFACTS, "pane-excel-protected.png") });
    },
  );
});
