/**
 * A template's placeholder rows ("Tên cá nhân", "Tên tập thể", a row marked "Dòng minh họa" or
 * "Ví dụ"): what the form asks for, not a nomination. An empty template reads as an empty list.
 */
import type { RecordFields } from "../types";
import { foldKey } from "./text";

const PLACEHOLDER_NAMES = new Set([
  "ten ca nhan",
  "ten tap the",
  "ten ho gia dinh",
  "ten don vi",
  "ten tap the ca nhan",
  "ho va ten",
  "ho ten",
  "ho va ten ca nhan",
  "nguyen van a",
  "nguyen thi b",
  "tran van b",
  "tran thi b",
  "le van c",
  "xxx",
  "x",
  "",
]);
const MARKER = /^(dong )?(minh hoa|vi du|mau)( \d+)?$|^(dong minh hoa|dong vi du|vi du|minh hoa)\b/;

/** First letters of the markers ("Dòng…", "Minh họa", "Ví dụ", "Mẫu", "(…"): most cells skip the regex. */
function mayBeMarker(v: string): boolean {
  switch (v.charCodeAt(0)) {
    case 68: // D
    case 100: // d
    case 77: // M
    case 109: // m
    case 86: // V
    case 118: // v
    case 40: // (
      return true;
    case 32:
      return mayBeMarker(v.trimStart());
    default:
      return false;
  }
}

/** Last words of the placeholder names ("Tên cá nhân", "Nguyễn Văn A"): a real name rarely ends so. */
const NAME_ENDS = ["nhân", "NHÂN", "thể", "THỂ", "đình", "ĐÌNH", "vị", "VỊ", "tên", "TÊN", "..", "…"];

function mayBePlaceholderName(ten: string): boolean {
  const last = ten.length - 1 - ten.lastIndexOf(" ");
  return last <= 1 || ten === "xxx" || NAME_ENDS.some((e) => ten.endsWith(e));
}

/** The name without a trailing number ("Tên cá nhân 2"), by char codes: no regex per record. */
function withoutNumber(name: string): string {
  let end = name.length;
  for (
    let c = name.charCodeAt(end - 1);
    end > 0 && ((c >= 48 && c <= 57) || c === 32);
    c = name.charCodeAt(--end - 1)
  );
  return end === name.length ? name : name.slice(0, end);
}

function isPlaceholderName(ten: string): boolean {
  if (ten.length > 30) return false;
  const bare = withoutNumber(ten);
  return mayBePlaceholderName(bare) && PLACEHOLDER_NAMES.has(foldKey(bare));
}

/**
 * Whether a row is a placeholder: its name is a label ("Tên cá nhân") or one of its cells (`row`,
 * the raw values) marks it as an example. Hot path: cheap letter tests before any folding.
 */
export function isPlaceholderRow(fields: RecordFields, row: readonly unknown[]): boolean {
  if (fields.ten !== undefined && isPlaceholderName(fields.ten)) return true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === "string" && v.length >= 3 && v.length <= 40 && mayBeMarker(v) && MARKER.test(foldKey(v)))
      return true;
  }
  return false;
}
