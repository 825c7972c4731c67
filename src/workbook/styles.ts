/** The port's small `CellStyle` → ExcelJS style parts, laid over what a cell already has. */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../core/port";

/** "#RRGGBB" → ExcelJS ARGB (opaque). */
export function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}

export function solidFill(hex: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/**
 * A new style object: ExcelJS shares one style object between every cell loaded with the same
 * style id, so a cell's style is replaced, never mutated, or its neighbours would change too.
 */
export function withStyle(
  base: Partial<ExcelJS.Style>,
  style: CellStyle,
  numFmt?: string,
): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = { ...base };
  if (numFmt !== undefined) out.numFmt = numFmt;
  const font: Partial<ExcelJS.Font> = { ...base.font };
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.size !== undefined) font.size = style.size;
  if (style.color !== undefined) font.color = { argb: argb(style.color) };
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.size !== undefined ||
    style.color !== undefined
  )
    out.font = font;
  if (style.fill !== undefined) out.fill = solidFill(style.fill);
  if (style.align !== undefined || style.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { vertical: "middle", ...base.alignment };
    if (style.align !== undefined) alignment.horizontal = style.align;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    out.alignment = alignment;
  }
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return out;
}
