/**
 * The pane in Excel (Excel double) in a browser set to en-US: every date reads dd/mm/yyyy, the
 * unit's quota is drawn as a bar, and the province tally written into the workbook gets its chart.
 * Also takes the guide's screenshots of the pane (docs/anh/).
 */
import { rm, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { showDate } from "../../src/core/check/dates";
import { getBuiltinPlan, type Plan } from "../../src/core/plan";
import { quotaBar } from "../../src/core/summary";
import { CHART_TITLE, SHEET_CHART, unitQuotaBars } from "../../src/core/tally";
import { CHART_NAME } from "../../src/excel/chart";
import { OPTIONS_KEY } from "../../src/taskpane/state/settings-keys";
import type { ModelJson } from "./host/model-json";
import { ROOT, withPaneHost } from "./harness";
import { browserDate, guideShot, notVietnamese, shownDates } from "./guide-shots";
import { writtenTally } from "./province-scenario";

const SAMPLE = join(ROOT, "samples", "an-giang-2025-xa-my-hoa-hung.xlsx");
const PLAN = getBuiltinPlan("an-giang-2025") as Plan;
/** After the unit's own 15/11/2025 deadline: the late finding names two dates with days above 12. */
const REPORT_DATE = "2025-12-20";

test("under en-US the report date and the findings read dd/mm/yyyy, and the quota is a bar", async () => {
  await withPaneHost(
    SAMPLE,
    { locale: "en-US", prepare: (m) => m.settings.set(OPTIONS_KEY, { planId: PLAN.id, unitKind: "xa" }) },
    async ({ page }) => {
      expect(await browserDate(page)).toEqual(["en-US", "12/20/2025"]);
      const field = page.getByLabel("Ngày báo cáo");
      const today = await page.evaluate(() => {
        const d = new Date();
        return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map(String);
      });
      expect(await field.inputValue()).toBe(
        `${today[2].padStart(2, "0")}/${today[1].padStart(2, "0")}/${today[0]}`,
      );
      await field.fill(showDate(REPORT_DATE));
      // Plan 000 states no day for its annual report: the unit sets its own, typed dd/mm/yyyy.
      await page.getByLabel("Hạn nộp do đơn vị tự đặt").fill("15/11/2025");
      await page.getByTestId("check-button").click();
      await page.getByTestId("findings").waitFor();
      expect(await field.inputValue()).toBe("20/12/2025");

      const text = await page.locator("body").innerText();
      expect(text).toContain("Ngày báo cáo 20/12/2025 đã quá hạn");
      expect(text).toContain("hạn do đơn vị tự đặt (kế hoạch không ghi ngày): chậm nhất ngày 15/11/2025");
      expect(notVietnamese(shownDates(text))).toEqual([]);
      expect(text).not.toContain("12/20/2025");

      // The sample's one quota (tập thể + cá nhân + hộ gia đình ≥ 2, 7 put forward) as a bar.
      const bar = quotaBar({
        kind: "x",
        kinds: ["tap-the", "ca-nhan", "ho-gia-dinh"],
        min: 2,
        max: null,
        actual: 7,
        met: true,
      });
      const shown = page.locator("[data-testid=quota-lines] [data-testid=quota-bar]");
      await expect(shown.count()).resolves.toBe(1);
      await expect(shown.getAttribute("aria-label")).resolves.toBe(
        "Tập thể + Cá nhân + Hộ gia đình: đã đề nghị 7, chỉ tiêu 2",
      );
      const parts = await shown
        .locator("[data-part]")
        .evaluateAll((els) =>
          els.map((e) => [e.getAttribute("data-part"), Number(e.getAttribute("data-value"))]),
        );
      expect(parts).toEqual([
        ["quota", bar.target],
        ["submitted", 7],
      ]);
      const [quotaBox, submittedBox] = await Promise.all(
        ["quota", "submitted"].map((p) => shown.locator(`[data-part=${p}]`).boundingBox()),
      );
      // One scale: the quota of 2 is 2/7 of the 7 submitted.
      expect(Math.abs(quotaBox!.width / submittedBox!.width - 2 / 7)).toBeLessThan(0.02);

      await guideShot(page, "ngan-kiem-tra.png");
      await guideShot(page.getByTestId("findings"), "ngan-loi.png");
    },
  );
});

describe("the province tally in Excel under en-US", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tdkt-e2e-chart-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("shows each unit against its quota as bars and writes the chart into the workbook", async () => {
    const { registryPath, units, want } = await writtenTally(dir, REPORT_DATE);
    const bars = unitQuotaBars(want.consolidation.units);
    // Units short of their quota and units that met it (An Giang 2025 sets minimums only).
    expect(bars.some((b) => b.short > 0) && bars.some((b) => b.met)).toBe(true);

    await withPaneHost(registryPath, { locale: "en-US" }, async ({ page }) => {
      await page.getByRole("tab", { name: "Tổng hợp tỉnh" }).click();
      const view = page.getByTestId("province-view");
      await view.getByLabel("Ngày tổng hợp").fill(showDate(REPORT_DATE));
      await view.getByRole("button", { name: "Dùng danh mục trong sổ làm việc đang mở" }).click();
      await view.getByTestId("pane-message").filter({ hasText: "Đã đọc danh mục" }).waitFor();
      await view.getByTestId("units-input").setInputFiles(units);
      await view.getByTestId("province-results").waitFor();

      const shown = await view
        .locator("[data-testid=unit-quota-bars] [data-testid=quota-bar]")
        .evaluateAll((els) =>
          els.map((e) => ({
            met: e.getAttribute("data-met"),
            parts: Object.fromEntries(
              [...e.querySelectorAll("[data-part]")].map((p) => [
                p.getAttribute("data-part"),
                Number(p.getAttribute("data-value")),
              ]),
            ),
          })),
        );
      const nonZero = (o: Record<string, number>) =>
        Object.fromEntries(Object.entries(o).filter(([, v]) => v > 0));
      expect(shown).toEqual(
        bars.map((b) => ({
          met: String(b.met),
          parts: nonZero({ quota: b.target, submitted: b.actual - b.over, short: b.short, over: b.over }),
        })),
      );
      const text = await view.innerText();
      expect(text).toContain("Ngày tổng hợp: 20/12/2025");
      expect(notVietnamese(shownDates(text))).toEqual([]);
      await guideShot(view.getByTestId("unit-quota-bars"), "tinh-bieu-do-chi-tieu.png");
      await guideShot(page, "ngan-tong-hop-tinh.png");

      await view.getByTestId("write-tally").click();
      await view.getByTestId("pane-message").filter({ hasText: "Đã ghi các trang" }).waitFor();
      const model = await page.evaluate(() => window.__tdktHost.model() as ModelJson);
      const sheet = model.sheets.find((s) => s.name === SHEET_CHART)!;
      const data = want.sheets.find((s) => s.name === SHEET_CHART)!.chart!.data;
      expect(sheet.charts?.map((c) => [c.name, c.type, c.source, c.seriesBy, c.title])).toEqual([
        [CHART_NAME, "BarClustered", data, "Columns", CHART_TITLE],
      ]);
      expect(data.bottom - data.top).toBe(bars.length);
    });
  });
});
