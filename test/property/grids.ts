/**
 * Generated clerk workbooks for the "nothing lost" properties: small grids of every kind of value a
 * unit's file holds (Vietnamese text in Unicode, NFD, TCVN3 and VNI, formula-like text, numbers,
 * dates, booleans, error values, blanks), the clerk's own formatting, merges, sometimes a list
 * header, and cells to highlight beyond the findings.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { a1 } from "../../src/core/read/address";
import type { CellRange } from "../../src/core/types";
import { toTcvn3 } from "../fixtures/build-fixtures";

export type ClerkValue = null | string | number | boolean | Date | { error: string };

export interface ClerkStyle {
  fill?: string;
  bold?: boolean;
  color?: string;
  numFmt?: string;
  border?: boolean;
}

export interface ClerkGrid {
  /** rows[i][j] is sheet cell (i + 1, j + 1). */
  rows: ClerkValue[][];
  styles: (ClerkStyle | null)[][];
  merges: CellRange[];
  /** A1 addresses highlighted on top of the findings' cells. */
  extra: string[];
}

const NAMES = [
  "Nguyễn Văn An",
  "Trần Thị Hương",
  "Đặng Quốc Việt",
  "Hộ ông Lê Văn Sáu",
  "Trường THCS Mỹ Hòa",
];
const LABELS = [
  "STT",
  "Họ và tên",
  "Năm sinh",
  "Ngày, tháng, năm sinh",
  "Chức vụ",
  "Đơn vị công tác",
  "Loại",
  "I. TẬP THỂ",
  "II. CÁ NHÂN",
  "Người lập biểu",
  "(1)",
  "Tổng cộng: 2 tập thể",
  "Tập thể",
  "CN",
];
const ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?"];
const PALETTE = ["#FFFF00", "#92D050", "#FFC7CE", "#D9E1F2", "#000000"];

/** Drops what an .xlsx cannot carry (XML 1.0 control characters) or XML parsers rewrite (CR). */
function xmlSafe(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && c !== 9 && c !== 10) || c === 0xfffe || c === 0xffff) continue;
    out += ch;
  }
  return out;
}

/**
 * The legacy-encoded texts the generator writes (TCVN3 of every name, three VNI names typed by
 * hand), each with the Unicode text it stands for: what a reader must give back.
 */
export const LEGACY_TEXT: ReadonlyMap<string, string> = new Map([
  ...NAMES.map((name): [string, string] => [toTcvn3(name), name]),
  ["Nguyeãn Vaên An", "Nguyễn Văn An"],
  ["Traàn Thò Hoàng", "Trần Thị Hồng"],
  ["Hoaøng Vaên Tuù", "Hoàng Văn Tú"],
]);
const VNI_TEXTS = [...LEGACY_TEXT.keys()].slice(NAMES.length);

const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }).map(xmlSafe),
  fc.string({ maxLength: 10 }).map(xmlSafe),
  fc.constantFrom(...NAMES, ...LABELS),
  fc.constantFrom(...NAMES).map((s) => s.normalize("NFD")),
  fc.constantFrom(...NAMES).map(toTcvn3),
  fc.constantFrom(...VNI_TEXTS),
  fc.tuple(fc.constantFrom("=", "+", "-", "@"), fc.string({ maxLength: 10 })).map(([p, s]) => xmlSafe(p + s)),
  fc.constantFrom('=HYPERLINK("http://vi-du.vn","hồ sơ")', "=1+1", "+84 912 345 678", "-", "@ten"),
  fc.constantFrom(" 05/03/1980 ", "1978", "năm 1975", "31/02/1980", "{{so_ca_nhan}}x"),
);

/** A day between 1900-03-01 and 2099-12-31 at UTC midnight (what a date cell holds). */
const day: fc.Arbitrary<Date> = fc
  .integer({ min: Date.UTC(1900, 2, 1) / 86400000, max: Date.UTC(2099, 11, 31) / 86400000 })
  .map((d) => new Date(d * 86400000));

export const clerkValue: fc.Arbitrary<ClerkValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: text },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: day },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
);

const clerkStyle: fc.Arbitrary<ClerkStyle | null> = fc.option(
  fc.record(
    {
      fill: fc.constantFrom(...PALETTE),
      bold: fc.boolean(),
      color: fc.constantFrom(...PALETTE),
      numFmt: fc.constantFrom("0.00", "dd/mm/yyyy", "@", "#,##0"),
      border: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  { freq: 2 },
);

/** Non-overlapping merges inside a grid of `height` × `width` (overlapping candidates dropped). */
function mergesIn(height: number, width: number): fc.Arbitrary<CellRange[]> {
  const rect = fc
    .record({
      top: fc.integer({ min: 1, max: height }),
      left: fc.integer({ min: 1, max: width }),
      h: fc.integer({ min: 0, max: 2 }),
      w: fc.integer({ min: 0, max: 2 }),
    })
    .map(({ top, left, h, w }) => ({
      top,
      left,
      bottom: Math.min(height, top + h),
      right: Math.min(width, left + w),
    }));
  return fc.array(rect, { maxLength: 3 }).map((all) => {
    const kept: CellRange[] = [];
    // A single cell is no merge (and a filter could never pass on a 1 × 1 grid).
    for (const m of all)
      if (
        (m.bottom > m.top || m.right > m.left) &&
        !kept.some((k) => k.top <= m.bottom && m.top <= k.bottom && k.left <= m.right && m.left <= k.right)
      )
        kept.push(m);
    return kept;
  });
}

const HEADER_ROW: ClerkValue[] = ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Quê quán", "Thành tích"];

export const clerkGrid: fc.Arbitrary<ClerkGrid> = fc
  .record({
    height: fc.integer({ min: 1, max: 7 }),
    width: fc.integer({ min: 1, max: 6 }),
    header: fc.boolean(),
  })
  .chain(({ height, width, header }) =>
    fc.record({
      rows: fc
        .array(fc.array(clerkValue, { minLength: width, maxLength: width }), {
          minLength: height,
          maxLength: height,
        })
        // Half the grids carry a list header so that lists, records and their findings occur.
        .map((rows) => (header ? [HEADER_ROW.slice(0, Math.max(width, 3)), ...rows] : rows)),
      styles: fc.array(fc.array(clerkStyle, { minLength: width, maxLength: width }), {
        minLength: height + 1,
        maxLength: height + 1,
      }),
      merges: mergesIn(height + (header ? 1 : 0), width),
      extra: fc.array(
        fc
          .tuple(fc.integer({ min: 1, max: height + 2 }), fc.integer({ min: 1, max: width + 1 }))
          .map(([r, c]) => a1(r, c)),
        { maxLength: 4 },
      ),
    }),
  );

/** The clerk's sheet: values, formatting and merges written with ExcelJS as Excel would save them. */
export function writeClerkSheet(ws: ExcelJS.Worksheet, grid: ClerkGrid): void {
  grid.rows.forEach((row, i) =>
    row.forEach((value, j) => {
      const style = grid.styles[i]?.[j] ?? null;
      if (value === null && style === null) return;
      const cell = ws.getCell(i + 1, j + 1);
      if (value !== null) cell.value = value as ExcelJS.CellValue;
      if (value instanceof Date) cell.numFmt = "dd/mm/yyyy";
      if (style === null) return;
      if (style.fill)
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill.slice(1)}` } };
      if (style.bold !== undefined || style.color)
        cell.font = {
          bold: style.bold,
          ...(style.color && { color: { argb: `FF${style.color.slice(1)}` } }),
        };
      if (style.numFmt) cell.numFmt = style.numFmt;
      if (style.border) {
        const thin = { style: "thin" as const };
        cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      }
    }),
  );
  for (const m of grid.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
}

/** Every cell's value and style of every sheet (plain data, for deep equality), and the merges. */
export function snapshot(
  book: ExcelJS.Workbook,
): Record<string, { cells: Record<string, unknown>; merges: string[] }> {
  const out: Record<string, { cells: Record<string, unknown>; merges: string[] }> = {};
  book.eachSheet((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        // A merged cell shows its master's value: record where it points, not a copy.
        const value =
          cell.type === ExcelJS.ValueType.Merge
            ? { master: cell.master.address }
            : cell.value instanceof Date
              ? { date: cell.value.getTime() }
              : cell.value;
        const style = JSON.parse(JSON.stringify(cell.style ?? {})) as Record<string, unknown>;
        if (value === null && Object.keys(style).length === 0) return;
        cells[cell.address] = { value, style };
      }),
    );
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort();
    out[ws.name] = { cells, merges };
  });
  return out;
}
