/**
 * 15 000 findings in the pane (browser, Excel double): each code group shows a page of 100,
 * folds and unfolds, and "Xem thêm" adds the next page, so the list stays a few hundred lines.
 * The counts the page shows are compared with the core's findings for the same workbook.
 */
import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { showDate } from "../../src/core/check/dates";
import { checkDocument } from "../../src/core/document";
import { documentFindings } from "../../src/core/findings";
import { getBuiltinPlan, type Plan } from "../../src/core/plan";
import type { Finding } from "../../src/core/types";
import { CURRENT_WORKBOOK } from "../../src/taskpane/state/check";
import { OPTIONS_KEY } from "../../src/taskpane/state/settings-keys";
import { excelPortOver } from "../excel-double";
import { modelFromXlsx } from "../excel-double/from-xlsx";
import { startPaneHost, type PaneHost } from "./harness";

const PLAN = getBuiltinPlan("an-giang-2025") as Plan;
const REPORT_DATE = "2025-11-10";
const ROWS = 5000;
const SHEET = "DS đề nghị";

/**
 * 5 000 cá nhân, none with a position, every second with an impossible birth date, the others
 * with a birth year only, every third with a too-short achievement: four codes, 15 002 findings.
 */
async function writeBigList(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow([
    "STT",
    "Họ và tên",
    "Ngày, tháng, năm sinh",
    "Chức vụ, đơn vị công tác",
    "Hình thức khen thưởng",
    "Thành tích",
  ]);
  for (let i = 1; i <= ROWS; i++)
    ws.addRow([
      i,
      `Nguyễn Văn Ân ${i}`,
      i % 2 === 0 ? "31/02/1980" : "1980",
      null,
      "Giấy khen",
      i % 3 === 0 ? "Tốt" : null,
    ]);
  await wb.xlsx.writeFile(path);
}

/** The core's findings for the same workbook, read through the same Office.js port. */
async function coreFindings(path: string): Promise<Finding[]> {
  const sheets = await excelPortOver(await modelFromXlsx(await readFile(path))).readSheets();
  const doc = checkDocument(CURRENT_WORKBOOK, sheets, PLAN, {
    reportDate: REPORT_DATE,
    unitKind: "xa",
    columnOverrides: {},
  });
  return documentFindings(doc);
}

describe("a list with 15 000 findings", () => {
  let dir: string;
  let host: PaneHost;
  let byCode: Map<string, Finding[]>;
  const items = (code?: string) =>
    host.page.locator(
      `[data-testid=findings] li${code === undefined ? "[data-finding]" : `[data-finding="${code}"]`}`,
    );
  const toggle = (code: string) =>
    host.page.locator(`[data-testid=findings] [data-code="${code}"] > button[aria-expanded]`);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tdkt-fold-"));
    const path = join(dir, "danh-sach-lon.xlsx");
    await writeBigList(path);
    byCode = new Map();
    for (const f of await coreFindings(path)) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
    host = await startPaneHost(path, {
      prepare: (m) => m.settings.set(OPTIONS_KEY, { planId: PLAN.id, unitKind: "xa" }),
    });
    await host.page.getByLabel("Ngày báo cáo").fill(showDate(REPORT_DATE));
    await host.page.getByTestId("check-button").click();
    await host.page.getByTestId("findings").waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await host?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("the core finds what the fixture was built to hold", () => {
    // missing-required: 5 000 positions (D), 3 334 achievements (F, all but every third row) and the
    // two columns the list lacks (Quê quán, Quá trình khen thưởng); 2 500 of each birth date kind.
    expect(Object.fromEntries([...byCode].map(([c, l]) => [c, l.length]))).toEqual({
      "missing-required": 8336,
      "invalid-date": 2500,
      "birth-year-only": 2500,
      "short-achievement": 1666,
    });
  });

  test("each group shows its first 100 findings, in the core's order", async () => {
    await expect(items().count()).resolves.toBe(400);
    for (const [code, list] of byCode) {
      await expect(items(code).count()).resolves.toBe(100);
      const first = await items(code).first().textContent();
      expect(first?.startsWith(SHEET)).toBe(true);
      expect(first?.endsWith(`: ${list[0].message}`)).toBe(true);
    }
    const headers = await host.page
      .locator("[data-testid=findings] [data-code] > button[aria-expanded]")
      .allTextContents();
    expect(headers).toEqual([
      "▾ Thiếu thông tin bắt buộc (8336)",
      "▾ Ngày tháng không đọc được (2500)",
      "▾ Ngày sinh chỉ ghi năm (2500)",
      "▾ Tóm tắt thành tích quá ngắn (1666)",
    ]);
  });

  test("a group folds and unfolds; the others stay as they were", async () => {
    await toggle("invalid-date").click();
    await expect(toggle("invalid-date").getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(items("invalid-date").count()).resolves.toBe(0);
    await expect(items().count()).resolves.toBe(300);
    await expect(items("missing-required").count()).resolves.toBe(100);

    await toggle("invalid-date").click();
    await expect(toggle("invalid-date").getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(items("invalid-date").count()).resolves.toBe(100);
    await expect(items().count()).resolves.toBe(400);
  });

  test("«Xem thêm» adds the next 100 of a group, and a finding on the second page selects its cell", async () => {
    const more = host.page.locator('[data-code="missing-required"] [data-testid=findings-more]');
    await expect(more.textContent()).resolves.toBe("Xem thêm 100 (còn 8236)");
    await more.click();
    await expect(items("missing-required").count()).resolves.toBe(200);
    await expect(more.textContent()).resolves.toBe("Xem thêm 100 (còn 8136)");

    const target = byCode.get("missing-required")?.[150];
    if (target?.cell == null) throw new Error("the 151st finding has a cell");
    await items("missing-required").nth(150).getByRole("button").click();
    await host.page.waitForFunction(() => window.__tdktHost.snapshot().selection !== null);
    expect((await host.snapshot()).selection).toEqual({ sheet: SHEET, address: target.cell });
  });
});
