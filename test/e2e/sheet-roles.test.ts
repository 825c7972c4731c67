/**
 * The web page (file mode, no Office) names the sheets that are not lists and says, per list, what
 * decided who is a tập thể, cá nhân or hộ gia đình — the same lines the core gives for the file.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { readSheetsOf } from "../../src/cli/read-file";
import { kindSourceLine, readWorkbook, sheetRoleLine } from "../../src/core/read";
import { workbookBytes } from "../fixtures/build-fixtures";
import { CHROMIUM_ARGS, serveDist } from "./harness";

let server: Server;
let browser: Browser;
let page: Page;
let dir: string;

beforeAll(async () => {
  server = await serveDist();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext();
  await context.route("**/*", (route) =>
    route
      .request()
      .url()
      .startsWith(origin + "/")
      ? route.continue()
      : route.abort("blockedbyclient"),
  );
  page = await context.newPage();
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("file-mode").waitFor();
  dir = await mkdtemp(join(tmpdir(), "tdkt-roles-"));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("shows each non-list sheet's role and each list's kind evidence in Vietnamese", async () => {
  const path = join(dir, "danh-sach-co-danh-muc.xlsx");
  const bytes = await workbookBytes({
    file: "danh-sach-co-danh-muc.xlsx",
    about: "",
    sheets: [
      {
        name: "Danh sách",
        rows: [
          ["STT", "Tên đơn vị, cá nhân", "Phân loại khen thưởng", "Tóm tắt thành tích"],
          [1, "Mỹ Thạnh", "TAPTHE", "Hoàn thành xuất sắc nhiệm vụ"],
          [2, "Lê Văn Tám", "CANHAN", "Hoàn thành xuất sắc nhiệm vụ"],
        ],
      },
      {
        name: "DANHMUC",
        rows: [
          ["Mã", "Hình thức khen thưởng"],
          ["BK", "Bằng khen"],
        ],
      },
    ],
  });
  await writeFile(path, bytes);
  const want = readWorkbook(await readSheetsOf(path));
  const view = page.getByTestId("file-check-view");
  await view.getByTestId("file-input").setInputFiles([path]);
  const roles = view.getByTestId("sheet-roles");
  await roles.waitFor();
  expect(await roles.locator("[data-testid=sheet-role]").allTextContents()).toEqual([
    "Trang «DANHMUC»: bảng mã tra cứu, không phải danh sách",
  ]);
  expect(want.sheets.filter((s) => s.role !== "list").map(sheetRoleLine)).toEqual([
    "Trang «DANHMUC»: bảng mã tra cứu, không phải danh sách",
  ]);
  expect(await roles.locator("[data-testid=kind-source]").allTextContents()).toEqual([
    `Trang «Danh sách», dòng tiêu đề 1: ${kindSourceLine(want.lists[0])}`,
  ]);
  expect(kindSourceLine(want.lists[0])).toBe("Đối tượng xác định theo cột «Phân loại khen thưởng»");
});
