/**
 * Which host the pane runs in. Excel when Office.js loaded and reports Excel; file mode otherwise:
 * no Office global (a plain browser) or Office without a host (the page opened outside Office).
 * Office that is slow to get ready is waited for, however long it takes: `onSlow` lets the pane say
 * so and offer file mode as the clerk's choice, never switching by itself (Excel on a busy PC can
 * take longer than any timeout, and file mode in Excel would leave the open workbook unchecked).
 */
import { REQUIRED_EXCEL_API } from "../../excel/errors";

export type PaneHost =
  | { kind: "excel"; dark: boolean; apiSupported: boolean; fileName: string | null }
  | { kind: "file"; reason: "no-office" | "no-host" };

/** How long Office.onReady may take before the pane tells the clerk it is still waiting. */
export const OFFICE_SLOW_AFTER_MS = 5000;

/** Office's theme is dark when its body background is dark (older hosts have no `isDarkTheme`). */
export function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (m === null) return false;
  const [r, g, b] = m.slice(1).map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

function officeTheme(): { bodyBackgroundColor?: string } | undefined {
  return (Office.context as { officeTheme?: { bodyBackgroundColor?: string } } | undefined)?.officeTheme;
}

/** "Danh sách 2025.xlsx" from the document's path or URL; null for a workbook never saved. */
export function fileNameOf(url: string | undefined): string | null {
  const last = (url ?? "").split(/[\\/]/).pop() ?? "";
  if (last === "") return null;
  try {
    return decodeURIComponent(last.split("?")[0]);
  } catch {
    return last;
  }
}

export async function detectHost(
  onSlow: () => void = () => {},
  slowAfterMs = OFFICE_SLOW_AFTER_MS,
): Promise<PaneHost> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return { kind: "file", reason: "no-office" };
  const timer = setTimeout(onSlow, slowAfterMs);
  const info = await Office.onReady().finally(() => clearTimeout(timer));
  if (info.host !== Office.HostType.Excel) return { kind: "file", reason: "no-host" };
  return {
    kind: "excel",
    dark: isDarkColour(officeTheme()?.bodyBackgroundColor),
    apiSupported: Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API),
    fileName: fileNameOf(Office.context.document?.url),
  };
}
