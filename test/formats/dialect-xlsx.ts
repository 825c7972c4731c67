/**
 * A .xlsx written the way the Open XML SDK writes it, by hand (JSZip): every SpreadsheetML element
 * under the `x:` prefix, absolute part paths in the relationships, inline strings instead of a
 * shared-string table, and a shared formula whose cached results are saved. Excel opens such a
 * file; ExcelJS 4.4 refuses it.
 */
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export type DialectCell = string | number | { formula: string; result: number; shared?: string } | null;

export interface DialectSheet {
  name: string;
  rows: DialectCell[][];
  hiddenRows?: number[];
  merges?: string[];
  /** Font of the header row (row 1), by name. */
  headerFont?: string;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function column(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Shared formulas: the first cell of a group carries the text and the range, the others only the index. */
function cellXml(ref: string, cell: DialectCell, style: number, shared: Map<string, number>): string {
  const s = style > 0 ? ` s="${style}"` : "";
  if (cell === null) return "";
  if (typeof cell === "string")
    return `<x:c r="${ref}"${s} t="inlineStr"><x:is><x:t xml:space="preserve">${esc(cell)}</x:t></x:is></x:c>`;
  if (typeof cell === "number") return `<x:c r="${ref}"${s}><x:v>${cell}</x:v></x:c>`;
  if (cell.shared === undefined)
    return `<x:c r="${ref}"${s}><x:f>${esc(cell.formula)}</x:f><x:v>${cell.result}</x:v></x:c>`;
  const known = shared.get(cell.shared);
  if (known !== undefined)
    return `<x:c r="${ref}"${s}><x:f t="shared" si="${known}"/><x:v>${cell.result}</x:v></x:c>`;
  const si = shared.size;
  shared.set(cell.shared, si);
  return (
    `<x:c r="${ref}"${s}><x:f t="shared" ref="${cell.shared}" si="${si}">${esc(cell.formula)}</x:f>` +
    `<x:v>${cell.result}</x:v></x:c>`
  );
}

function sheetXml(sheet: DialectSheet): string {
  const shared = new Map<string, number>();
  const hidden = new Set(sheet.hiddenRows ?? []);
  const rows = sheet.rows
    .map((row, i) => {
      const r = i + 1;
      const style = r === 1 && sheet.headerFont !== undefined ? 1 : 0;
      const cells = row.map((cell, j) => cellXml(`${column(j)}${r}`, cell, style, shared)).join("");
      return `<x:row r="${r}"${hidden.has(r) ? ' hidden="1"' : ""}>${cells}</x:row>`;
    })
    .join("");
  const merges =
    sheet.merges && sheet.merges.length > 0
      ? `<x:mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<x:mergeCell ref="${m}"/>`).join("")}</x:mergeCells>`
      : "";
  return (
    `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}">` +
    `<x:sheetData>${rows}</x:sheetData>${merges}</x:worksheet>`
  );
}

function stylesXml(fonts: string[]): string {
  const fontXml = ["Calibri", ...fonts].map(
    (f) => `<x:font><x:sz val="11"/><x:name val="${esc(f)}"/></x:font>`,
  );
  const xfs = ['<x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  fonts.forEach((_f, i) =>
    xfs.push(`<x:xf numFmtId="0" fontId="${i + 1}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`),
  );
  return (
    `<?xml version="1.0" encoding="utf-8"?><x:styleSheet xmlns:x="${MAIN}">` +
    `<x:fonts count="${fontXml.length}">${fontXml.join("")}</x:fonts>` +
    '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
    '<x:borders count="1"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border></x:borders>' +
    '<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>' +
    `<x:cellXfs count="${xfs.length}">${xfs.join("")}</x:cellXfs></x:styleSheet>`
  );
}

/** The workbook as .xlsx bytes in the Open XML SDK's dialect; one header font for the whole book. */
export async function dialectXlsx(sheets: DialectSheet[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const fonts = [...new Set(sheets.flatMap((s) => (s.headerFont ? [s.headerFont] : [])))];
  if (fonts.length > 1) throw new Error("one header font per workbook");
  const overrides = sheets
    .map(
      (_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
    )
    .join("");
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>${overrides}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG}">` +
      `<Relationship Type="${REL}/officeDocument" Target="/xl/workbook.xml" Id="R1"/></Relationships>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG}">` +
      sheets
        .map(
          (_s, i) =>
            `<Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml" Id="R${i + 10}"/>`,
        )
        .join("") +
      `<Relationship Type="${REL}/styles" Target="/xl/styles.xml" Id="R2"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}"><x:sheets>` +
      sheets.map((s, i) => `<x:sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="R${i + 10}"/>`).join("") +
      "</x:sheets></x:workbook>",
  );
  zip.file("xl/styles.xml", stylesXml(fonts));
  sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
