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

/** Whether a row is a placeholder: its name is a label or its cells mark it as an example. */
export function isPlaceholderRow(fields: RecordFields, texts: readonly string[]): boolean {
  if (fields.ten !== undefined && PLACEHOLDER_NAMES.has(foldKey(fields.ten).replace(/\s*\d+$/, "")))
    return true;
  for (const t of texts) if (t !== "" && t.length <= 40 && MARKER.test(foldKey(t))) return true;
  return false;
}
