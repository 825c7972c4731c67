/**
 * What a file is, from its first bytes, before any reader sees it: a reader fails on what it does
 * not know with a message no clerk understands ("End of data reached").
 */

/**
 * The formats the port opens: .xlsx/.xlsm (a zip), Excel 97–2003 .xls (BIFF8 in OLE), .ods (a zip),
 * and the text Excel opens as a workbook (see text-book.ts).
 */
export type WorkbookFormat = "xlsx" | "xls" | "ods" | TextFormat;

/** A web page, an Excel 2003 XML spreadsheet, or CSV / tab-separated text. */
export type TextFormat = "html" | "xml2003" | "csv";

/** The names Excel opens each text format under: a page as .xls, not as .xlsx (Excel refuses that). */
const TEXT_NAMES: Record<TextFormat, RegExp> = {
  html: /\.(xls|htm|html)$/i,
  xml2003: /\.(xls|xml)$/i,
  csv: /\.(csv|txt|tsv|xls)$/i,
};

/** Thrown by `openWorkbook` when the bytes are not a readable workbook; the message is for the clerk. */
export class UnreadableWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableWorkbookError";
  }
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b]; // "PK": local file header, or the end record of an empty zip

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return data.length >= magic.length && magic.every((b, i) => data[i] === b);
}

/** Whether `text` occurs in the bytes as UTF-16LE (how OLE directory entries store stream names). */
function containsUtf16(data: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= data.length; i++) {
    if (data[i] !== first || data[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++)
      if (data[i + 2 * k] !== text.charCodeAt(k) || data[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

function asciiPrefix(data: Uint8Array, length: number): string {
  let s = "";
  for (let i = 0; i < Math.min(length, data.length); i++) s += String.fromCharCode(data[i]);
  return s;
}

/** Plain text: no NUL and few control characters in the first bytes (CSV, TXT, HTML, XML). */
function looksLikeText(data: Uint8Array): boolean {
  const n = Math.min(data.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i];
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= n / 100;
}

/**
 * The text of the bytes: by their byte-order mark (UTF-8, UTF-16 as Excel's "Unicode Text"), else
 * UTF-8 when it decodes cleanly, else Windows-1258, the code page Excel's CSV uses on Vietnamese
 * Windows. NFC, since 1258 spells "ố" as "ô" plus a combining accent.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
  }
}

function hasUtf16Bom(data: Uint8Array): boolean {
  return (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
}

/** What a text file holds, from its first characters; null for text with no table in it. */
export function textFormatOf(head: string): TextFormat | null {
  const text = head.trimStart();
  const lower = text.toLowerCase();
  if (text.startsWith("<")) {
    if (lower.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "xml2003";
    return /<table[\s>]/.test(lower) ? "html" : null;
  }
  // A line of cells: comma, semicolon (the Vietnamese Excel list separator) or tab between them.
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  return /[,;\t]/.test(firstLine) ? "csv" : null;
}

/** For a workbook encrypted with a password (.xlsx in an OLE container, .xls with FILEPASS, .ods). */
export function passwordMessage(fileName: string): string {
  return (
    `Tệp «${fileName}» có mật khẩu nên không đọc được. ` +
    "Hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa trống) rồi lưu lại."
  );
}

/**
 * Which reader the bytes are for, or the Vietnamese reason they cannot be a workbook: an OLE
 * container is an .xls, a zip whose first entry says so an .ods, any other zip an .xlsx/.xlsm,
 * text with a table in it its text format (under a name Excel opens it by). Whether a container
 * is whole is only known once it is unpacked: see `brokenFileMessage`.
 */
export function detectWorkbook(
  data: Uint8Array,
  fileName: string,
): { format: WorkbookFormat } | { reason: string } {
  const name = `«${fileName}»`;
  if (data.length === 0)
    return { reason: `Tệp ${name} trống (0 byte). Hãy kiểm tra lại tệp hoặc xin đơn vị gửi lại.` };
  if (startsWith(data, CFB_MAGIC)) {
    // Excel wraps a password-protected .xlsx in an OLE container with these two streams.
    if (containsUtf16(data, "EncryptionInfo") || containsUtf16(data, "EncryptedPackage"))
      return { reason: passwordMessage(fileName) };
    return { format: "xls" };
  }
  if (startsWith(data, ZIP_MAGIC)) {
    const head = asciiPrefix(data, 120);
    // The ODF package stores "mimetype" first and uncompressed, so its text is in the first bytes.
    if (head.includes("application/vnd.oasis.opendocument.spreadsheet")) return { format: "ods" };
    // An OpenDocument text or presentation renamed: a zip, but no sheet in it.
    if (head.includes("application/vnd.oasis.opendocument"))
      return { reason: notWorkbookZipMessage(fileName) };
    return { format: "xlsx" };
  }
  if (!hasUtf16Bom(data) && !looksLikeText(data))
    return {
      reason: `Tệp ${name} không phải bảng tính Excel (.xlsx). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
    };
  // A page may carry its styles and scripts before the table: a megabyte is looked at.
  const head = decodeText(data.subarray(0, 1 << 20)).trimStart();
  const text = textFormatOf(head);
  if (text !== null && TEXT_NAMES[text].test(fileName)) return { format: text };
  const markup = head.startsWith("<");
  if (text === null && !markup && TEXT_NAMES.csv.test(fileName))
    return {
      reason:
        `Tệp ${name} không có dữ liệu dạng bảng (các ô cách nhau bởi dấu phẩy, dấu chấm phẩy hoặc tab). ` +
        "Hãy kiểm tra lại tệp hoặc xin đơn vị gửi lại.",
    };
  if (markup)
    return {
      reason:
        `Tệp ${name} là tệp HTML/XML mang đuôi Excel, không phải .xlsx thật. ` +
        "Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
    };
  return {
    reason:
      `Tệp ${name} là tệp văn bản (CSV hoặc TXT) chứ không phải bảng tính .xlsx. ` +
      "Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
  };
}

/** For a file that no reader can unpack (cut short in copying or sending, or damaged). */
export function brokenFileMessage(fileName: string): string {
  return (
    `Tệp «${fileName}» bị hỏng hoặc chưa được chép đầy đủ nên không đọc được. ` +
    "Hãy xin đơn vị gửi lại tệp, hoặc mở bằng Excel để sửa rồi lưu lại."
  );
}

/** For a whole OLE container that holds no workbook stream (a Word 97–2003 .doc renamed). */
export function notWorkbookOleMessage(fileName: string): string {
  return (
    `Tệp «${fileName}» không chứa bảng tính Excel nào (có thể là tài liệu Word hoặc tệp khác đổi đuôi). ` +
    "Hãy kiểm tra đã gửi đúng tệp danh sách chưa."
  );
}

/** For a whole zip that is not a workbook (a .docx renamed, a zip of files). */
export function notWorkbookZipMessage(fileName: string): string {
  return (
    `Tệp «${fileName}» là tệp nén nhưng không chứa bảng tính Excel nào. ` +
    "Hãy kiểm tra đã gửi đúng tệp danh sách .xlsx chưa."
  );
}
