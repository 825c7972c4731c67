/**
 * Which host the pane runs in. Excel when Office.js loaded and reports Excel; file mode otherwise:
 * no Office global (a plain browser), Office without a host (the page opened outside Office), or
 * Office.js that never became ready (its CDN unreachable).
 */
import { REQUIRED_EXCEL_API } from "../../excel/errors";

export type PaneHost =
  | { kind: "excel"; dark: boolean; apiSupported: boolean; fileName: string | null }
  | { kind: "file"; reason: "no-office" | "no-host" | "timeout" };

/** How long Office.onReady may take before the pane gives up on Excel and opens file mode. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

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

export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<PaneHost> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return { kind: "file", reason: "no-office" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const info = await Promise.race([Office.onReady(), timeout]);
  clearTimeout(timer);
  if (info === null) return { kind: "file", reason: "timeout" };
  if (info.host !== Office.HostType.Excel) return { kind: "file", reason: "no-host" };
  return {
    kind: "excel",
    dark: isDarkColour(officeTheme()?.bodyBackgroundColor),
    apiSupported: Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API),
    fileName: fileNameOf(Office.context.document?.url),
  };
}
