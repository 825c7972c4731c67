/**
 * One pass over an .xls (BIFF8) Workbook stream for what SheetJS CE does not give: the font of each
 * cell (TCVN3/VNI text is told by its .VnTime/VNI-Times font) and the number of rows, counted
 * before SheetJS builds a cell object for each (a 16-sheet × 65 536-row file is refused early).
 * Records: [MS-XLS] 2.3 (type u16, length u16, data).
 */

const BOF = 0x0809;
const EOF = 0x000a;
const FONT = 0x0031;
const XF = 0x00e0;
const FILEPASS = 0x002f;
const BOUNDSHEET = 0x0085;
/** Cell records whose data starts rw u16, col u16, ixfe u16 (BLANK is left out: no value). */
const CELLS = new Set([
  0x00fd /* LABELSST */, 0x0203 /* NUMBER */, 0x027e /* RK */, 0x0205 /* BOOLERR */, 0x0006 /* FORMULA */,
  0x0204 /* LABEL */, 0x00d6 /* RSTRING */,
]);
const MULRK = 0x00bd;

export interface BiffFont {
  name: string;
  bold: boolean;
  italic: boolean;
  /** Points. */
  size: number;
}

export interface BiffSheet {
  name: string;
  /** Distinct rows holding a value. */
  rows: number;
  /** Font index (into `BiffScan.fonts`) of each cell holding a value, by `row * 65536 + col` (0-based). */
  cellFonts: Map<number, number>;
}

export interface BiffScan {
  encrypted: boolean;
  fonts: BiffFont[];
  sheets: BiffSheet[];
}

/** ShortXLUnicodeString / XLUnicodeString body: `cch` characters after a flags byte at `p`. */
function unicodeString(data: Uint8Array, p: number, cch: number): string {
  const high = (data[p] & 1) === 1;
  let s = "";
  for (let i = 0, q = p + 1; i < cch && q < data.length; i++, q += high ? 2 : 1)
    s += String.fromCharCode(high ? data[q] | (data[q + 1] << 8) : data[q]);
  return s;
}

export function scanBiff(stream: Uint8Array): BiffScan {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const u16 = (p: number): number => (p + 2 <= stream.length ? view.getUint16(p, true) : 0);
  const fonts: BiffFont[] = [];
  const xfFont: number[] = [];
  const bounds: { name: string; offset: number; worksheet: boolean }[] = [];
  let encrypted = false;
  const records = (start: number, visit: (type: number, p: number, length: number) => boolean): void => {
    for (let p = start; p + 4 <= stream.length;) {
      const type = u16(p);
      const length = u16(p + 2);
      if (!visit(type, p + 4, length)) return;
      p += 4 + length;
    }
  };
  // The globals substream: fonts, cell formats, the sheets and where each starts.
  records(0, (type, p) => {
    if (type === FONT) {
      const weight = u16(p + 6);
      fonts.push({
        name: unicodeString(stream, p + 15, stream[p + 14]),
        bold: weight >= 700,
        italic: (u16(p + 2) & 2) !== 0,
        size: u16(p) / 20,
      });
      // [MS-XLS] 2.5.129: font index 4 is never written; the fifth FONT record is index 5.
      if (fonts.length === 4) fonts.push(fonts[0]);
    } else if (type === XF) xfFont.push(u16(p));
    else if (type === FILEPASS) encrypted = true;
    else if (type === BOUNDSHEET)
      bounds.push({
        name: unicodeString(stream, p + 7, stream[p + 6]),
        offset: view.getUint32(p, true),
        worksheet: stream[p + 5] === 0,
      });
    return type !== EOF;
  });
  const sheets: BiffSheet[] = [];
  if (encrypted) return { encrypted, fonts, sheets };
  for (const b of bounds) {
    if (!b.worksheet || b.offset >= stream.length || u16(b.offset) !== BOF) continue;
    const rows = new Set<number>();
    const cellFonts = new Map<number, number>();
    const note = (row: number, col: number, ixfe: number): void => {
      rows.add(row);
      const font = xfFont[ixfe];
      if (font !== undefined) cellFonts.set(row * 65536 + col, font);
    };
    records(b.offset, (type, p, length) => {
      if (CELLS.has(type)) note(u16(p), u16(p + 2), u16(p + 4));
      else if (type === MULRK)
        // rw, colFirst, then (ixfe u16, RK u32) per column, then colLast.
        for (let k = 0, q = p + 4; q + 6 <= p + length - 2; k++, q += 6) note(u16(p), u16(p + 2) + k, u16(q));
      return type !== EOF;
    });
    sheets.push({ name: b.name, rows: rows.size, cellFonts });
  }
  return { encrypted, fonts, sheets };
}
