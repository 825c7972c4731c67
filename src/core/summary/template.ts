/**
 * A summary template the clerk made: any sheet with "{{ten}}" placeholders. Only the placeholder
 * cells are written; everything else in the sheet (layout, formulas, formatting) stays the clerk's.
 */
import type { SheetCell } from "../port";
import type { SheetGrid } from "../types";
import type { SummaryValues } from "./values";

export interface TemplateCell {
  /** 1-based sheet row and column. */
  row: number;
  col: number;
  text: string;
}

export interface SummaryTemplate {
  sheet: string;
  cells: TemplateCell[];
}

export interface FilledTemplate {
  /** One cell per placeholder cell whose text changes; no other cell. */
  cells: SheetCell[];
  /** Placeholder names with no value, in order of first appearance; left in the cells as written. */
  unknown: string[];
}

/** Names are letters, digits and "_"; spaces inside the braces and letter case are forgiven. */
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const HAS_PLACEHOLDER = /\{\{\s*[A-Za-z0-9_]+\s*\}\}/;
const ONLY_PLACEHOLDER = /^\s*\{\{\s*([A-Za-z0-9_]+)\s*\}\}\s*$/;

/** The first sheet holding at least one placeholder, with every placeholder cell, or null. */
export function findTemplate(sheets: readonly SheetGrid[]): SummaryTemplate | null {
  for (const sheet of sheets) {
    const cells: TemplateCell[] = [];
    sheet.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (typeof v === "string" && HAS_PLACEHOLDER.test(v))
          cells.push({ row: sheet.originRow + r, col: sheet.originCol + c, text: v });
      }),
    );
    if (cells.length > 0) return { sheet: sheet.name, cells };
  }
  return null;
}

/**
 * Substitutes the values. A cell that is exactly one placeholder of a number gets the number (so
 * the clerk's formulas can add it up); otherwise the text around placeholders is kept. The result
 * is always a value, never a formula, whatever it starts with.
 */
export function fillTemplate(template: SummaryTemplate, values: SummaryValues): FilledTemplate {
  const unknown: string[] = [];
  const lookup = (name: string): string | number | undefined => {
    const value = values[name.toLowerCase()];
    if (value === undefined && !unknown.includes(name)) unknown.push(name);
    return value;
  };
  const cells: SheetCell[] = [];
  for (const t of template.cells) {
    const only = ONLY_PLACEHOLDER.exec(t.text);
    if (only !== null) {
      const value = lookup(only[1]);
      if (value !== undefined) cells.push({ row: t.row, col: t.col, value });
      continue;
    }
    const text = t.text.replace(PLACEHOLDER, (whole, name: string) => {
      const value = lookup(name);
      return value === undefined ? whole : String(value);
    });
    if (text !== t.text) cells.push({ row: t.row, col: t.col, value: text });
  }
  return { cells, unknown };
}
