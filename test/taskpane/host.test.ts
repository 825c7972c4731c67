/** Which mode the pane boots in, with the Office globals of the Excel double or none at all. */
import { createWorkbook, installExcelGlobals } from "../excel-double";
import { detectHost, fileNameOf, isDarkColour } from "../../src/taskpane/state/host";

const g = globalThis as Record<string, unknown>;
let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function withOffice(patch: (office: Record<string, unknown>) => void): void {
  uninstall = installExcelGlobals(createWorkbook()).uninstall;
  patch(g.Office as Record<string, unknown>);
}

test("Excel when Office reports Excel, with the API check and the theme", async () => {
  withOffice((office) => {
    const context = office.context as Record<string, unknown>;
    context.officeTheme = { bodyBackgroundColor: "#262626" };
    (context.document as Record<string, unknown>).url = "C:\\Thi dua\\Danh s%C3%A1ch 2025.xlsx";
  });
  expect(await detectHost()).toEqual({
    kind: "excel",
    dark: true,
    apiSupported: true,
    fileName: "Danh sách 2025.xlsx",
  });
});

test("an Excel too old for ExcelApi 1.9 is still Excel, flagged as unsupported", async () => {
  withOffice((office) => {
    (office.context as Record<string, unknown>).requirements = { isSetSupported: () => false };
  });
  expect(await detectHost()).toEqual({ kind: "excel", dark: false, apiSupported: false, fileName: null });
});

test("file mode without Office or outside a host", async () => {
  expect(await detectHost()).toEqual({ kind: "file", reason: "no-office" });
  withOffice((office) => {
    office.onReady = () => Promise.resolve({ host: null, platform: null });
  });
  expect(await detectHost()).toEqual({ kind: "file", reason: "no-host" });
});

test("a slow Office start is waited for: the pane hears it is slow, then gets Excel, never file mode", async () => {
  let ready: (info: { host: string; platform: string }) => void = () => {};
  withOffice((office) => {
    office.onReady = () => new Promise((resolve) => (ready = resolve));
  });
  let slow = 0;
  let settled: unknown = "pending";
  const host = detectHost(() => slow++, 10).then((h) => (settled = h));
  await new Promise((r) => setTimeout(r, 50));
  expect([slow, settled]).toEqual([1, "pending"]);
  ready({ host: "Excel", platform: "OfficeOnline" });
  await host;
  expect(settled).toEqual({ kind: "excel", dark: false, apiSupported: true, fileName: null });
});

test("file names from a path or a URL", () => {
  expect(fileNameOf("https://contoso.sharepoint.com/Shared%20Documents/DS%20xa.xlsx?web=1")).toBe(
    "DS xa.xlsx",
  );
  expect(fileNameOf("/Users/an/Danh sach.xlsx")).toBe("Danh sach.xlsx");
  expect(fileNameOf("")).toBeNull();
  expect(fileNameOf(undefined)).toBeNull();
});

test("dark colours", () => {
  expect([isDarkColour("#FFFFFF"), isDarkColour("#1f1f1f"), isDarkColour(undefined)]).toEqual([
    false,
    true,
    false,
  ]);
});
