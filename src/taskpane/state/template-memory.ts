/**
 * A clerk's summary template stays reusable in Excel. Filling it replaces its `{{placeholders}}`
 * in place, so the pane remembers each placeholder cell with its text and what was written into
 * it. Next time the remembered cells that still hold what we wrote are read as their placeholders
 * again and filled anew; a cell the clerk has changed since is theirs and is left alone.
 */
import type { SheetCell } from "../../core/port";
import type { SheetGrid } from "../../core/types";
import type { SettingsStore } from "../../excel/settings";

export const TEMPLATE_KEY = "tdkt.template";

export interface RememberedCell {
  row: number;
  col: number;
  /** The placeholder text the clerk typed ("{{so_ca_nhan}}", "Tổng: {{tong}} người"). */
  text: string;
  /** What the product wrote over it. */
  written: string | number | null;
}

export interface RememberedTemplate {
  sheet: string;
  cells: RememberedCell[];
}

export function readTemplate(settings: SettingsStore): RememberedTemplate | null {
  const raw = settings.get(TEMPLATE_KEY);
  if (raw === null || typeof raw !== "object") return null;
  const { sheet, cells } = raw as { sheet?: unknown; cells?: unknown };
  if (typeof sheet !== "string" || !Array.isArray(cells)) return null;
  const kept = cells.filter(
    (c): c is RememberedCell =>
      c !== null &&
      typeof c === "object" &&
      Number.isInteger((c as RememberedCell).row) &&
      Number.isInteger((c as RememberedCell).col) &&
      typeof (c as RememberedCell).text === "string",
  );
  return { sheet, cells: kept };
}

/** The cell's value in a grid, "" when outside it. */
function valueAt(grid: SheetGrid, row: number, col: number): unknown {
  return grid.values[row - grid.originRow]?.[col - grid.originCol] ?? "";
}

/**
 * The sheets as the core should see them: the remembered template's filled cells show their
 * placeholders again. Grids are copied where changed, never modified.
 */
export function withRememberedPlaceholders(
  sheets: readonly SheetGrid[],
  memory: RememberedTemplate | null,
): SheetGrid[] {
  if (memory === null) return [...sheets];
  return sheets.map((grid) => {
    if (grid.name !== memory.sheet) return grid;
    const back = memory.cells.filter((c) => valueAt(grid, c.row, c.col) === (c.written ?? ""));
    if (back.length === 0) return grid;
    const bottom = Math.max(grid.originRow + grid.values.length - 1, ...back.map((c) => c.row));
    const right = Math.max(
      grid.originCol + Math.max(0, ...grid.values.map((r) => r.length)) - 1,
      ...back.map((c) => c.col),
    );
    const top = Math.min(grid.originRow, ...back.map((c) => c.row));
    const left = Math.min(grid.originCol, ...back.map((c) => c.col));
    const values = Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from({ length: right - left + 1 }, (_, c) => valueAt(grid, top + r, left + c)),
    );
    for (const c of back) values[c.row - top][c.col - left] = c.text;
    return { ...grid, values, originRow: top, originCol: left };
  });
}

/** What to remember after filling: every placeholder cell of the template with what it got. */
export function rememberTemplate(
  settings: SettingsStore,
  sheet: string,
  placeholders: readonly { row: number; col: number; text: string }[],
  written: readonly SheetCell[],
): void {
  const byCell = new Map(written.map((c) => [`${c.row},${c.col}`, c.value]));
  settings.set(TEMPLATE_KEY, {
    sheet,
    cells: placeholders
      .filter((p) => byCell.has(`${p.row},${p.col}`))
      .map((p) => ({
        row: p.row,
        col: p.col,
        text: p.text,
        written: byCell.get(`${p.row},${p.col}`) ?? null,
      })),
  });
}
