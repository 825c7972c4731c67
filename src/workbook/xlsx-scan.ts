/**
 * What SheetJS CE leaves out of an .xlsx, in one pass over each worksheet's tags (any namespace
 * prefix): the font of each cell (CE keeps a cell's fill, not its font: styles.xml's cell formats
 * and fonts, then each `<c s="…">`) and the hidden rows (CE reads them only with `cellStyles`,
 * which also makes a stub of every styled empty cell and costs a fifth of the parse).
 */
import type { WorkBook } from "@e965/xlsx";
import type { FontSpec } from "./sheetjs-book";
import { partText, type SheetJs } from "./sheetjs";
import { columnNumber } from "../core/read/address";
import { attribute } from "./xml-text";

const P = "(?:[\\w.-]+:)?";

function section(xml: string, name: string): string {
  return new RegExp(`<${P}${name}\\b[^>]*>([\\s\\S]*?)</${P}${name}>`).exec(xml)?.[1] ?? "";
}

function fontsOf(styles: string): FontSpec[] {
  const fonts: FontSpec[] = [];
  for (const m of section(styles, "fonts").matchAll(
    new RegExp(`<${P}font\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}font>)`, "g"),
  )) {
    const body = m[1] ?? "";
    const flag = (tag: string): boolean => {
      const t = new RegExp(`<${P}${tag}\\b([^>]*)/?>`).exec(body);
      return t !== null && !/val="(0|false)"/.test(t[1]);
    };
    const size = new RegExp(`<${P}sz\\b[^>]*val="([^"]*)"`).exec(body)?.[1];
    fonts.push({
      name: new RegExp(`<${P}name\\b[^>]*val="([^"]*)"`).exec(body)?.[1] ?? "",
      bold: flag("b"),
      italic: flag("i"),
      size: size === undefined ? undefined : Number(size),
    });
  }
  return fonts;
}

/** 0-based column of the letters. */
function column(letters: string): number {
  return (columnNumber(letters) ?? 0) - 1;
}

/** Part path of each sheet, in SheetNames order (relationship targets may be absolute). */
function sheetParts(x: SheetJs, zip: unknown, wb: WorkBook): (string | null)[] {
  const book =
    (wb as unknown as { Directory?: { workbooks?: string[] } }).Directory?.workbooks?.[0] ??
    "/xl/workbook.xml";
  const dir = book.slice(0, book.lastIndexOf("/") + 1);
  const rels = partText(x, zip, `${dir}_rels/${book.slice(dir.length)}.rels`);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(new RegExp(`<${P}Relationship\\b[^>]*>`, "g"))) {
    const id = attribute(m[0], "Id");
    const target = attribute(m[0], "Target");
    if (id !== null && target !== null) targets.set(id, target.startsWith("/") ? target : dir + target);
  }
  return (wb.Workbook?.Sheets ?? []).map((s) => targets.get((s as { id?: string }).id ?? "") ?? null);
}

export interface XlsxSheetScan {
  /** The font of a cell (0-based row and column) that has a style. */
  fontAt(r: number, c: number): FontSpec | undefined;
  /** 1-based. */
  hiddenRows: number[];
}

export function scanXlsxSheets(x: SheetJs, zip: unknown, wb: WorkBook): XlsxSheetScan[] {
  const styles = partText(
    x,
    zip,
    (wb as unknown as { Directory?: { styles?: string[] } }).Directory?.styles?.[0] ?? "/xl/styles.xml",
  );
  const fonts = fontsOf(styles);
  const xfFont = [...section(styles, "cellXfs").matchAll(new RegExp(`<${P}xf\\b[^>]*>`, "g"))].map((m) =>
    Number(attribute(m[0], "fontId") ?? 0),
  );
  return sheetParts(x, zip, wb).map((part) => {
    const byCell = new Map<number, number>();
    const hiddenRows: number[] = [];
    if (part !== null) {
      let row = -1;
      let col = -1;
      for (const m of partText(x, zip, part).matchAll(new RegExp(`<${P}(row|c)\\b([^>]*?)(/?)>`, "g"))) {
        const ref = attribute(m[2], "r");
        if (m[1] === "row") {
          row = ref === null ? row + 1 : Number(ref) - 1;
          col = -1;
          if (/^(1|true)$/.test(attribute(m[2], "hidden") ?? "")) hiddenRows.push(row + 1);
          continue;
        }
        const cell = ref === null ? null : /^([A-Z]+)(\d+)$/.exec(ref);
        col = cell === null ? col + 1 : column(cell[1]);
        if (cell !== null) row = Number(cell[2]) - 1;
        const s = attribute(m[2], "s");
        // A self-closed cell holds no value; a cell without `s` has no style of its own.
        if (m[3] === "/" || s === null) continue;
        const font = xfFont[Number(s)];
        if (font !== undefined) byCell.set(row * 16384 + col, font);
      }
    }
    return {
      hiddenRows,
      fontAt: (r: number, c: number) => {
        const font = byCell.get(r * 16384 + c);
        return font === undefined ? undefined : fonts[font];
      },
    };
  });
}
