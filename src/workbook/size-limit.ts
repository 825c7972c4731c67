/**
 * The port's size limit. ExcelJS keeps every cell of a loaded workbook as an object, so a sheet of
 * a million rows would exhaust the memory of a clerk's PC (or a browser tab) before any message
 * could be shown. Before loading, the zip's central directory is read and, when the worksheets are
 * big enough to matter, their rows are counted by inflating the XML as a stream (memory bounded):
 * a workbook over `MAX_WORKBOOK_ROWS` is refused with a message naming the file and its sheets.
 * A zip whose parts would unpack to more than `MAX_UNPACKED_BYTES` (a zip bomb) is refused from
 * the directory alone. (.xls and .ods rows are counted by their own scans: biff-scan, ods-scan.)
 * Browser-safe: DataView, Blob and DecompressionStream only.
 */
import { attribute } from "./xml-text";

/** Rows (all sheets together) the port loads; far above any unit's list, and within memory. */
export const MAX_WORKBOOK_ROWS = 100_000;
/** Unpacked bytes of all a zip's parts together: 100 000 rows of wide text stay far below it. */
export const MAX_UNPACKED_BYTES = 400 * 1024 * 1024;
/** A row element is at least this many bytes of XML ("<row r="1">…</row>"): smaller sheets are not counted. */
const MIN_ROW_BYTES = 12;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** ZIP64 marks sizes it stores elsewhere with this value: only a file of gigabytes has it. */
const ZIP64_SIZE = 0xffffffff;

/** The entries of the zip's central directory, or null when it cannot be found (a broken zip). */
function centralDirectory(data: Uint8Array): ZipEntry[] | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(p + 28, true);
    entries.push({
      name: names.decode(data.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** Whether the zip's directory is whole: a zip cut short in copying has lost it (it sits at the end). */
export function isWholeZip(data: Uint8Array): boolean {
  return centralDirectory(data) !== null;
}

/** The entry's bytes as they come out of the zip, chunk by chunk; null when they cannot be read. */
function entryStream(data: Uint8Array, entry: ZipEntry): ReadableStream<Uint8Array> | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const p = entry.offset;
  if (p + 30 > data.length || view.getUint32(p, true) !== LOCAL) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > data.length) return null;
  // Bytes of an .xlsx file are never a SharedArrayBuffer.
  const raw = new Blob([data.subarray(start, end) as Uint8Array<ArrayBuffer>]).stream();
  if (entry.method === 0) return raw;
  if (entry.method === 8) return raw.pipeThrough(new DecompressionStream("deflate-raw"));
  return null;
}

async function entryText(data: Uint8Array, entry: ZipEntry | undefined): Promise<string> {
  const stream = entry === undefined ? null : entryStream(data, entry);
  return stream === null ? "" : new Response(stream).text();
}

/** Row elements in a worksheet's XML ("<row " or "<x:row "), counted without keeping the text. */
async function countRows(data: Uint8Array, entry: ZipEntry): Promise<number> {
  const stream = entryStream(data, entry);
  if (stream === null) return 0;
  const reader = stream.getReader();
  let rows = 0;
  let last4 = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return rows;
    for (let i = 0; i < value.length; i++) {
      const before = last4 >>> 24;
      const b = value[i];
      last4 = ((last4 << 8) | b) >>> 0;
      // "row" after "<" or ":" and before a space, ">" or "/" (not "rowBreaks", not "<rows").
      if (last4 >>> 8 === 0x726f77 && (before === 0x3c || before === 0x3a))
        if (b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d) rows++;
    }
  }
}

/** Sheet name of each worksheet part ("xl/worksheets/sheet1.xml" → "Danh sách"). */
async function sheetNames(data: Uint8Array, entries: ZipEntry[]): Promise<Map<string, string>> {
  const find = (name: string): ZipEntry | undefined => entries.find((e) => e.name === name);
  const workbook = await entryText(data, find("xl/workbook.xml"));
  const rels = await entryText(data, find("xl/_rels/workbook.xml.rels"));
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], "Id");
    const target = attribute(m[0], "Target");
    if (id === null || target === null) continue;
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    targets.set(id, path);
  }
  const names = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], "name");
    const id = attribute(m[0], "(?:\\w+:)?id");
    const path = id === null ? undefined : targets.get(id);
    if (name !== null && path !== undefined) names.set(path, name);
  }
  return names;
}

/** 1000000 → "1.000.000", as Vietnamese writes numbers. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** The message for a workbook over `max` rows; `biggest` names its largest sheets. */
export function tooManyRowsMessage(
  fileName: string,
  total: string,
  biggest: readonly { sheet: string; rows: number }[],
  max: number,
): string {
  const top = [...biggest]
    .filter((c) => c.rows > 0)
    .sort((a, b) => b.rows - a.rows)
    .slice(0, 3)
    .map((c) => `«${c.sheet}» ${formatCount(c.rows)} dòng`);
  const where = top.length > 0 ? ` (${top.join(", ")})` : "";
  return (
    `Tệp «${fileName}» quá lớn: ${total}${where}, ` +
    `vượt giới hạn ${formatCount(max)} dòng mỗi tệp mà Trợ lý đọc được. ` +
    "Hãy tách danh sách thành nhiều tệp nhỏ hơn hoặc xóa các dòng thừa rồi lưu lại."
  );
}

/** A zip whose parts unpack to more than `MAX_UNPACKED_BYTES` (or hide their sizes in ZIP64). */
function unpackedTooBig(entries: readonly ZipEntry[]): boolean {
  let bytes = 0;
  for (const e of entries) {
    if (e.uncompressedSize === ZIP64_SIZE) return true;
    bytes += e.uncompressedSize;
  }
  return bytes > MAX_UNPACKED_BYTES;
}

/**
 * The Vietnamese reason a workbook is too big to load, or null. Only workbooks whose worksheets
 * could hold `max` rows are inflated (as a stream); every other file costs one pass over the
 * central directory.
 */
export async function oversizeReason(
  data: Uint8Array,
  fileName: string,
  max: number = MAX_WORKBOOK_ROWS,
): Promise<string | null> {
  const entries = centralDirectory(data);
  if (entries === null) return null;
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name));
  // A zip bomb: a small file whose parts would fill the memory once unpacked.
  const bomb = unpackedTooBig(entries)
    ? tooManyRowsMessage(fileName, "hơn 400 MB dữ liệu khi giải nén", [], max)
    : null;
  const huge = sheets.some((e) => e.uncompressedSize === ZIP64_SIZE || e.compressedSize === ZIP64_SIZE);
  const bytes = sheets.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (!huge && bytes < max * MIN_ROW_BYTES) return bomb;
  const counts: { part: string; rows: number }[] = [];
  for (const e of sheets) counts.push({ part: e.name, rows: huge ? 0 : await countRows(data, e) });
  const total = counts.reduce((sum, c) => sum + c.rows, 0);
  if (!huge && total <= max) return bomb;
  const names = await sheetNames(data, entries);
  return tooManyRowsMessage(
    fileName,
    huge ? "hơn 4 GB dữ liệu" : `${formatCount(total)} dòng`,
    counts.map((c) => ({ sheet: names.get(c.part) ?? c.part, rows: c.rows })),
    max,
  );
}
