/**
 * What a file is, from its first bytes, before any reader sees it: a reader fails on what it does
 * not know with a message no clerk understands ("End of data reached").
 */

/** The formats the port opens: .xlsx/.xlsm (a zip), Excel 97–2003 .xls (BIFF8 in OLE), .ods (a zip). */
export type WorkbookFormat = "xlsx" | "xls" | "ods";

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

/** For a workbook encrypted with a password (.xlsx in an OLE container, .xls with FILEPASS, .ods). */
export function passwordMessage(fileName: string): string {
  return (
    `Tệp «${fileName}» có mật khẩu nên không đọc được. ` +
    "Hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa trống) rồi lưu lại."
  );
}

/**
 * The Vietnamese reason the bytes cannot be a workbook, or null when they start like one (a zip
 * or an OLE container; whether it is whole is only known once it is unpacked: see
 * `brokenFileMessage`).
 */
export function unreadableReason(data: Uint8Array, fileName: string): string | null {
  const name = `«${fileName}»`;
  if (data.length === 0) return `Tệp ${name} trống (0 byte). Hãy kiểm tra lại tệp hoặc xin đơn vị gửi lại.`;
  if (startsWith(data, CFB_MAGIC)) {
    // Excel wraps a password-protected .xlsx in an OLE container with these two streams.
    if (containsUtf16(data, "EncryptionInfo") || containsUtf16(data, "EncryptedPackage"))
      return passwordMessage(fileName);
    return null;
  }
  if (startsWith(data, ZIP_MAGIC)) {
    const head = asciiPrefix(data, 120);
    // An OpenDocument text or presentation renamed: a zip, but no sheet in it.
    if (head.includes("application/vnd.oasis.opendocument") && !head.includes("opendocument.spreadsheet"))
      return notWorkbookZipMessage(fileName);
    return null;
  }
  if (looksLikeText(data)) {
    const head = asciiPrefix(data, 512).trimStart().toLowerCase();
    if (head.startsWith("<"))
      return (
        `Tệp ${name} là tệp HTML/XML mang đuôi Excel, không phải .xlsx thật. ` +
        "Hãy mở bằng Excel và lưu lại dưới dạng .xlsx."
      );
    return (
      `Tệp ${name} là tệp văn bản (CSV hoặc TXT) chứ không phải bảng tính .xlsx. ` +
      "Hãy mở bằng Excel và lưu lại dưới dạng .xlsx."
    );
  }
  return `Tệp ${name} không phải bảng tính Excel (.xlsx). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`;
}

/**
 * Which reader the bytes are for, once `unreadableReason` found nothing: an OLE container is an
 * .xls, a zip whose first entry says so is an .ods, any other zip an .xlsx/.xlsm.
 */
export function workbookFormat(data: Uint8Array): WorkbookFormat {
  if (startsWith(data, CFB_MAGIC)) return "xls";
  // The ODF package stores "mimetype" first and uncompressed, so its text is in the first bytes.
  if (asciiPrefix(data, 120).includes("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  return "xlsx";
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
