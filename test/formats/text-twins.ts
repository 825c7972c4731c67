/**
 * A workbook's sheets written as the text formats Excel opens, the way exporting programs write
 * them: a web page saved as .xls (one table per sheet, merges as rowspan/colspan, line breaks as
 * <br>), an Excel 2003 XML spreadsheet, and CSV or tab-separated text of the first sheet. Every
 * value is written as the text Excel shows for it: a date as dd/mm/yyyy, a number as its digits.
 */
import type { SheetGrid } from "../../src/core/types";

function shown(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  return String(value);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The sheet's cells by 1-based row and column, as the grid holds them. */
function cellsOf(sheet: SheetGrid): { rows: number; cols: number; at(r: number, c: number): unknown } {
  const rows = sheet.originRow - 1 + sheet.values.length;
  const cols = sheet.originCol - 1 + Math.max(0, ...sheet.values.map((r) => r.length));
  return {
    rows,
    cols,
    at: (r, c) => sheet.values[r - sheet.originRow]?.[c - sheet.originCol] ?? null,
  };
}

function htmlTable(sheet: SheetGrid): string {
  const { rows, cols, at } = cellsOf(sheet);
  const merges = sheet.merges ?? [];
  const covered = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  const lines: string[] = [`<table border="1" cellspacing="0">`];
  for (let r = 1; r <= rows; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= cols; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const m = merges.find((x) => x.top === r && x.left === c);
      const span = m
        ? `${m.bottom > m.top ? ` rowspan="${m.bottom - m.top + 1}"` : ""}${m.right > m.left ? ` colspan="${m.right - m.left + 1}"` : ""}`
        : "";
      const text = escapeXml(shown(at(r, c))).replace(/\n/g, "<br/>");
      cells.push(
        `<td${span} style="mso-number-format:'\\@'">${text === "" ? "&nbsp;" : `<span>${text}</span>`}</td>`,
      );
    }
    lines.push(`<tr>${cells.join("")}</tr>`);
  }
  return `${lines.join("\n")}\n</table>`;
}

export function htmlBook(sheets: readonly SheetGrid[]): string {
  return (
    `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n` +
    `<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n` +
    `${sheets.map(htmlTable).join("\n<br/>\n")}\n</body></html>\n`
  );
}

export function xml2003Book(sheets: readonly SheetGrid[]): string {
  const worksheets = sheets.map((sheet) => {
    const { rows, cols, at } = cellsOf(sheet);
    const body: string[] = [];
    for (let r = 1; r <= rows; r++) {
      const cells: string[] = [];
      for (let c = 1; c <= cols; c++) {
        const text = shown(at(r, c));
        cells.push(
          `<Cell ss:Index="${c}"><Data ss:Type="String">${escapeXml(text).replace(/\n/g, "&#10;")}</Data></Cell>`,
        );
      }
      body.push(`<Row ss:Index="${r}">${cells.join("")}</Row>`);
    }
    return `<Worksheet ss:Name="${escapeXml(sheet.name)}"><Table>${body.join("\n")}</Table></Worksheet>`;
  });
  return (
    `<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n` +
    `<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n` +
    `${worksheets.join("\n")}\n</Workbook>\n`
  );
}

/** The first sheet as delimited text; a cell holding the separator, a quote or a line break is quoted. */
export function delimitedText(sheet: SheetGrid, separator: "," | ";" | "\t"): string {
  const { rows, cols, at } = cellsOf(sheet);
  const lines: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= cols; c++) {
      const text = shown(at(r, c));
      cells.push(/[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    }
    lines.push(cells.join(separator));
  }
  return lines.join("\r\n") + "\r\n";
}

/** UTF-16LE with its byte-order mark, as Excel's "Unicode Text (*.txt)" saves. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + 2 * i] = code & 0xff;
    out[3 + 2 * i] = code >> 8;
  }
  return out;
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Windows-1258 bytes, as Excel's CSV on Vietnamese Windows: "ư", "ơ", "ă", "â", "ê", "ô", "đ" have
 * their own bytes, the five tones are combining bytes after the letter ("ố" = "ô" + acute).
 */
export function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1258");
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  const byte = (ch: string): number => {
    const b = byChar.get(ch);
    if (b === undefined) throw new Error(`no Windows-1258 byte for «${ch}»`);
    return b;
  };
  const bytes: number[] = [];
  for (const ch of text.normalize("NFC")) {
    if (byChar.has(ch)) {
      bytes.push(byte(ch));
      continue;
    }
    const parts = ch.normalize("NFD");
    const tone = TONES.exec(parts)?.[0];
    bytes.push(byte(parts.replace(TONES, "").normalize("NFC")));
    if (tone !== undefined) bytes.push(byte(tone));
  }
  return Uint8Array.from(bytes);
}
