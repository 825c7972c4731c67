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
const MARKER_START = new Set(["d", "D", "m", "M", "v", "V", "("]);
const NAME_START = new Set(["t", "T", "h", "H", "n", "N", "x", "X", "l", "L", "."]);

/**
 * Whether a row is a placeholder: its name is a label ("Tên cá nhân") or one of its cells (`row`,
 * the raw values) marks it as an example. Hot path: one first-letter test per short text cell.
 */
export function isPlaceholderRow(fields: RecordFields, row: readonly unknown[]): boolean {
  const ten = fields.ten;
  if (ten !== undefined && ten.length <= 30 && (ten.length <= 1 || NAME_START.has(ten[0])))
    if (PLACEHOLDER_NAMES.has(foldKey(ten).replace(/\s*\d+$/, ""))) return true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== "string" || v.length > 40 || v.length < 3) continue;
    const first = v.trimStart()[0];
    if (first !== undefined && MARKER_START.has(first) && MARKER.test(foldKey(v))) return true;
  }
  return false;
}
