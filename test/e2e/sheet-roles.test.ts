/**
 * The web page (file mode, no Office) names the sheets that are not lists and says, per list, what
 * decided who is a tập thể, cá nhân or hộ gia đình — the same lines the core gives for the file.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { readSheetsOf } from "../../src/cli/read-file";
import { kindSourceLine, readWorkbook, sheetRoleLine } from "../../src/core/read";
import { workbookBytes } from "../fixtures/build-fixtures";
import { openFileMode, type FileModePage } from "./harness";

let host: FileModePage | undefined;
let page: Page;
let dir: string;

beforeAll(async () => {
  host = await openFileMode();
  page = host.page;
  dir = await mkdtemp(join(tmpdir(), "tdkt-roles-"));
});

afterAll(async () => {
  await host?.close();
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
