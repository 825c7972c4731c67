/**
 * One pass over an .ods's content.xml for what SheetJS CE does not give: hidden rows, hidden
 * sheets, the font of each cell (TCVN3/VNI text is told by its font), and the rows and cells the
 * sheets hold once ODF's repeat counts are expanded: a few kilobytes saying "this row 1 000 000
 * times" are refused here, before SheetJS builds a cell object for each.
 */
import { attribute } from "./xml-text";

export interface OdsSheet {
  name: string;
  hidden: boolean;
  /** 1-based rows hidden by the clerk, up to the last row holding a value. */
  hiddenRows: number[];
  /** Rows holding a value, repeats counted. */
  rows: number;
  /** Cells holding a value, repeats counted. */
  cells: number;
  /** Font name of each cell holding a value, by `row * 16384 + col` (0-based; first of repeated rows). */
  cellFonts: Map<number, string>;
}

const TAG =
  /<(\/?)table:(table-row|table-cell|covered-table-cell|table-column|table)(?=[\s/>])([^>]*?)(\/?)>/g;
const STYLE = /<style:(style|default-style)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/style:\1>)/g;
const FONT_FACE = /<style:font-face\b([^>]*?)\/?>/g;

interface CellStyle {
  parent: string | null;
  font: string | null;
}

/** Cell styles (named ones in styles.xml, automatic ones in content.xml) and hidden table styles. */
function readStyles(
  xml: string,
  faces: Map<string, string>,
  cells: Map<string, CellStyle>,
  hiddenTables: Set<string>,
): void {
  for (const m of xml.matchAll(FONT_FACE)) {
    const name = attribute(m[1], "style:name");
    const family = attribute(m[1], "svg:font-family");
    if (name !== null) faces.set(name, family === null ? name : family.replace(/^'(.*)'$/, "$1"));
  }
  for (const m of xml.matchAll(STYLE)) {
    const family = attribute(m[2], "style:family");
    const name = m[1] === "default-style" ? "" : attribute(m[2], "style:name");
    if (name === null) continue;
    const body = m[3] ?? "";
    if (family === "table" && /table:display="false"/.test(body)) hiddenTables.add(name);
    if (family !== "table-cell") continue;
    const text = /<style:text-properties\b[^>]*>/.exec(body)?.[0] ?? "";
    cells.set(name, {
      parent: attribute(m[2], "style:parent-style-name"),
      font: attribute(text, "style:font-name"),
    });
  }
}

export function scanOds(content: string, styles: string): OdsSheet[] {
  const faces = new Map<string, string>();
  const cellStyles = new Map<string, CellStyle>();
  const hiddenTables = new Set<string>();
  readStyles(styles, faces, cellStyles, hiddenTables);
  readStyles(content, faces, cellStyles, hiddenTables);
  const fonts = new Map<string, string | null>();
  const fontOf = (style: string): string | null => {
    let font = fonts.get(style);
    if (font !== undefined) return font;
    font = null;
    // A style without a font takes its parent's, then "Default"'s, then the default style's.
    const seen = new Set<string>();
    for (let s: string | null = style; s !== null && !seen.has(s);) {
      seen.add(s);
      const found = cellStyles.get(s);
      if (found?.font) {
        font = faces.get(found.font) ?? found.font;
        break;
      }
      s = found?.parent ?? (s === "Default" ? "" : s === "" ? null : "Default");
    }
    fonts.set(style, font);
    return font;
  };

  const sheets: OdsSheet[] = [];
  let sheet: OdsSheet | null = null;
  let columnStyles: { until: number; style: string | null }[] = [];
  let row = 0;
  let col = 0;
  let rowRepeat = 1;
  let rowHidden = false;
  let rowHasValue = false;
  let lastValueRow = 0;
  const hidden: [number, number][] = [];
  const closeRow = (): void => {
    if (sheet === null) return;
    if (rowHidden) hidden.push([row + 1, row + rowRepeat]);
    if (rowHasValue) {
      sheet.rows += rowRepeat;
      lastValueRow = row + rowRepeat;
    }
    row += rowRepeat;
  };
  const columnStyle = (c: number): string | null => columnStyles.find((s) => c < s.until)?.style ?? null;
  for (const m of content.matchAll(TAG)) {
    const [, closing, name, attrs, selfClosing] = m;
    if (name === "table") {
      if (closing === "" && sheet === null) {
        const tableName = attribute(attrs, "table:name");
        const style = attribute(attrs, "table:style-name");
        sheet = {
          name: tableName ?? "",
          hidden: style !== null && hiddenTables.has(style),
          hiddenRows: [],
          rows: 0,
          cells: 0,
          cellFonts: new Map(),
        };
        columnStyles = [];
        row = 0;
        lastValueRow = 0;
        hidden.length = 0;
      } else if (closing === "/" && sheet !== null) {
        for (const [from, to] of hidden)
          for (let r = from; r <= Math.min(to, lastValueRow); r++) sheet.hiddenRows.push(r);
        sheets.push(sheet);
        sheet = null;
      }
      continue;
    }
    if (sheet === null) continue;
    if (name === "table-column" && closing === "") {
      const from = columnStyles.length === 0 ? 0 : columnStyles[columnStyles.length - 1].until;
      const repeat = Number(attribute(attrs, "table:number-columns-repeated") ?? 1) || 1;
      columnStyles.push({ until: from + repeat, style: attribute(attrs, "table:default-cell-style-name") });
    } else if (name === "table-row") {
      if (closing === "/") {
        closeRow();
        continue;
      }
      rowRepeat = Number(attribute(attrs, "table:number-rows-repeated") ?? 1) || 1;
      const visibility = attribute(attrs, "table:visibility");
      rowHidden = visibility === "collapse" || visibility === "filter";
      rowHasValue = false;
      col = 0;
      if (selfClosing === "/") closeRow();
    } else if (closing === "") {
      const repeat = Number(attribute(attrs, "table:number-columns-repeated") ?? 1) || 1;
      if (name === "table-cell" && attribute(attrs, "office:value-type") !== null) {
        rowHasValue = true;
        sheet.cells += repeat * rowRepeat;
        const font = fontOf(attribute(attrs, "table:style-name") ?? columnStyle(col) ?? "Default");
        if (font !== null)
          for (let k = 0; k < Math.min(repeat, 16384); k++) sheet.cellFonts.set(row * 16384 + col + k, font);
      }
      col += repeat;
    }
  }
  return sheets;
}
