/**
 * "Tổng hợp tỉnh" inside Excel (browser, Excel double): the open workbook holds the registry of
 * units, the clerk picks the unit workbooks from disk, and the consolidated sheets are written into
 * the open workbook through the Office.js port, its own sheets untouched.
 */
import { showDate } from "../../src/core/check/dates";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { readSheetsOf } from "../../src/cli/read-file";
import { getBuiltinPlan } from "../../src/core/plan";
import { readRegistry, tallyProvince } from "../../src/core/tally";
import { scenario, writeScenario } from "../tally/generate-units";
import { OFFICE_JS_URL, startPaneHost, type PaneHost } from "./harness";

const TALLY_DATE = "2025-12-20";
let dir: string;
let host: PaneHost;
let units: string[];
let registryPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tdkt-e2e-excel-tally-"));
  const written = await writeScenario(dir, scenario());
  registryPath = written.registryPath;
  units = (await readdir(written.unitsDir)).sort().map((n) => join(written.unitsDir, n));
  host = await startPaneHost(registryPath);
});

afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

test("tallies picked files against the open workbook's registry and writes the sheets into it", async () => {
  const { page } = host;
  const before = await host.snapshot();
  await page.getByRole("tab", { name: "Tổng hợp tỉnh" }).click();
  const view = page.getByTestId("province-view");
  await view.getByLabel("Ngày tổng hợp").fill(showDate(TALLY_DATE));
  await view.getByRole("button", { name: "Dùng danh mục trong sổ làm việc đang mở" }).click();
  await view.getByTestId("pane-message").filter({ hasText: "Đã đọc danh mục" }).waitFor();
  await view.getByTestId("units-input").setInputFiles(units);
  await view.getByTestId("province-results").waitFor();
  await view.getByTestId("write-tally").click();
  await view.getByTestId("pane-message").filter({ hasText: "Đã ghi các trang" }).waitFor();

  const want = await tallyProvince(
    units.map((path) => ({ name: basename(path), readSheets: () => readSheetsOf(path) })),
    {
      registry: readRegistry(await readSheetsOf(registryPath)).units,
      plan: getBuiltinPlan("an-giang-2025")!,
      reportDate: TALLY_DATE,
    },
  );
  const after = await host.snapshot();
  expect(after.sheets).toEqual([...before.sheets, ...want.sheets.map((s) => s.name)]);
  for (const sheet of before.sheets) expect(after.values[sheet]).toEqual(before.values[sheet]);
  for (const sheet of want.sheets) {
    const written = after.values[sheet.name];
    const cells = sheet.cells.filter((c) => c.value !== null && c.value !== "");
    expect([sheet.name, Object.keys(written).length]).toEqual([sheet.name, cells.length]);
    for (const c of cells)
      expect([sheet.name, `R${c.row}C${c.col}`, written[`R${c.row}C${c.col}`]]).toEqual([
        sheet.name,
        `R${c.row}C${c.col}`,
        c.value,
      ]);
  }
  const origin = new URL(host.url).origin;
  expect(host.requests.filter((u) => !u.startsWith(origin + "/") && u !== OFFICE_JS_URL)).toEqual([]);
  expect(host.consoleErrors).toEqual([]);
});
