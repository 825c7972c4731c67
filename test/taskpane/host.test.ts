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

test("file mode without Office, outside a host, or when Office.js never gets ready", async () => {
  expect(await detectHost()).toEqual({ kind: "file", reason: "no-office" });
  withOffice((office) => {
    office.onReady = () => Promise.resolve({ host: null, platform: null });
  });
  expect(await detectHost()).toEqual({ kind: "file", reason: "no-host" });
  (g.Office as Record<string, unknown>).onReady = () => new Promise(() => undefined);
  expect(await detectHost(20)).toEqual({ kind: "file", reason: "timeout" });
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
