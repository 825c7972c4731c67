/** Shared by the workbook port tests: fixture files, expected grids, and the XML inside a saved .xlsx. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { a1 } from "../../src/core/read/address";
import { openWorkbook, type ExcelJsWorkbook } from "../../src/workbook";
import { FIXTURES_DIR, type FixtureSheet } from "../fixtures/build-fixtures";

export async function fixtureBytes(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(FIXTURES_DIR, file)));
}

export async function openFixture(file: string): Promise<ExcelJsWorkbook> {
  return openWorkbook(await fixtureBytes(file), file);
}

/**
 * The grid a sheet must read as: plain values as written, dates as the Date written, every other
 * cell as the fixture's `special` entry says (a missing entry fails the test).
 */
export function expectedGrid(spec: FixtureSheet): {
  values: unknown[][];
  originRow: number;
  originCol: number;
} {
  const cells: { r: number; c: number; v: unknown }[] = [];
  spec.rows.forEach((row, i) =>
    row.forEach((raw, j) => {
      if (raw === null || raw === undefined) return;
      const address = a1(i + 1, j + 1);
      let v: unknown = raw;
      if (typeof raw === "object" && !(raw instanceof Date)) {
        if ("date" in raw) v = raw.date;
        else if (spec.special && address in spec.special) v = spec.special[address];
        else throw new Error(`fixture ${spec.name}: no expected value for ${address}`);
      }
      if (v !== null) cells.push({ r: i + 1, c: j + 1, v });
    }),
  );
  if (cells.length === 0) return { values: [], originRow: 1, originCol: 1 };
  const top = Math.min(...cells.map((x) => x.r));
  const left = Math.min(...cells.map((x) => x.c));
  const bottom = Math.max(...cells.map((x) => x.r));
  const right = Math.max(...cells.map((x) => x.c));
  const values = Array.from({ length: bottom - top + 1 }, () =>
    new Array<unknown>(right - left + 1).fill(null),
  );
  for (const { r, c, v } of cells) values[r - top][c - left] = v;
  return { values, originRow: top, originCol: left };
}

/** The XML of one part of a saved .xlsx ("xl/workbook.xml", "xl/worksheets/sheet1.xml"…). */
export async function xlsxPart(data: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const file = zip.file(part);
  if (file === null) throw new Error(`no ${part} in the saved workbook`);
  return file.async("string");
}

/** The `<c>` element of one cell in a sheet's XML. */
export function cellXml(sheetXml: string, address: string): string {
  const m = new RegExp(`<c r="${address}"[^>]*?(/>|>.*?</c>)`).exec(sheetXml);
  if (m === null) throw new Error(`no cell ${address}`);
  return m[0];
}
