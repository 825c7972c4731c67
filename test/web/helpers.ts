/** Shared by the web tests and the file-mode e2e test: local files as sources, and reading workbooks back. */
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { HighlightGroup } from "../../src/core/port";
import type { FileSource } from "../../src/web/file-source";
import { FINDINGS_SHEET } from "../../src/web/findings-sheet";
import { HIGHLIGHT_COLORS } from "../../src/workbook";
import { FIXTURES_DIR } from "../fixtures/build-fixtures";

export const SAMPLES_DIR = resolve(__dirname, "../../samples");

export function pathSource(path: string): FileSource {
  return { name: basename(path), read: async () => new Uint8Array(await readFile(path)) };
}

export const fixture = (name: string): string => join(FIXTURES_DIR, name);
export const sample = (name: string): string => join(SAMPLES_DIR, name);

export async function loadBook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

/** Every non-empty cell of a sheet: address → value as ExcelJS reads it (formulas with their result). */
export function sheetValues(ws: ExcelJS.Worksheet): Map<string, ExcelJS.CellValue> {
  const out = new Map<string, ExcelJS.CellValue>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== ExcelJS.ValueType.Merge) out.set(cell.address, cell.value);
    }),
  );
  return out;
}

/** A cell's solid fill colour as "#RRGGBB", or null when it has none. */
export function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill;
  if (fill?.type !== "pattern" || fill.pattern !== "solid") return null;
  const argb = fill.fgColor?.argb;
  return argb ? `#${argb.slice(-6)}` : null;
}

/**
 * The annotated copy against the original: the same sheets in the same order plus the findings
 * sheet, every value identical, each highlighted cell filled in its severity's colour, every
 * other cell with the fill it had. Returns the annotated workbook for further checks.
 */
export async function expectAnnotated(
  original: Uint8Array,
  annotated: Uint8Array,
  groups: readonly HighlightGroup[],
  findingsSheetName = FINDINGS_SHEET,
): Promise<ExcelJS.Workbook> {
  const before = await loadBook(original);
  const after = await loadBook(annotated);
  expect(after.worksheets.map((w) => w.name)).toEqual([
    ...before.worksheets.map((w) => w.name),
    findingsSheetName,
  ]);
  const colour = new Map<string, string>();
  for (const g of groups)
    for (const a of g.addresses) colour.set(`${g.sheet}!${a}`, HIGHLIGHT_COLORS[g.severity]);
  for (const ws of before.worksheets) {
    const copy = after.getWorksheet(ws.name)!;
    const values = sheetValues(ws);
    expect([ws.name, sheetValues(copy)]).toEqual([ws.name, values]);
    const cells = new Set([
      ...values.keys(),
      ...[...colour.keys()]
        .filter((k) => k.startsWith(`${ws.name}!`))
        .map((k) => k.slice(ws.name.length + 1)),
    ]);
    for (const address of cells) {
      const expected = colour.get(`${ws.name}!${address}`) ?? fillOf(ws.getCell(address));
      expect([ws.name, address, fillOf(copy.getCell(address))]).toEqual([ws.name, address, expected]);
    }
  }
  return after;
}
