/**
 * Plan-file problems as Vietnamese lines a clerk can act on: "source: path.to.field — what is wrong".
 * Common issues get plain wording here; anything rarer falls back to zod's Vietnamese locale.
 * The map is passed per parse, never set globally (other zod users keep their own messages).
 */
import { z } from "zod";

const viFallback = z.locales.vi().localeError;

const TYPE_NAMES: Record<string, string> = {
  string: "chuỗi ký tự",
  number: "số",
  int: "số nguyên",
  boolean: "true hoặc false",
  object: "đối tượng { … }",
  array: "danh sách [ … ]",
  null: "null",
  undefined: "để trống",
};

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && !Number.isFinite(v)) return "NaN";
  return typeof v;
}

function shown(v: unknown): string {
  return typeof v === "string" ? `"${v}"` : String(v);
}

export const planErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type": {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `thiếu, phải có (${expected})`;
      const got = typeOf(issue.input);
      const value = typeof issue.input === "object" && issue.input !== null ? "" : ` (${shown(issue.input)})`;
      return `phải là ${expected}, không phải ${TYPE_NAMES[got] ?? got}${value}`;
    }
    case "invalid_value":
      return `giá trị ${shown(issue.input)} không được phép; chọn một trong: ${issue.values.map(shown).join(", ")}`;
    case "too_small":
      if (issue.origin === "string") return "không được để trống";
      if (issue.origin === "array") return `cần ít nhất ${String(issue.minimum)} phần tử`;
      return `phải ${issue.inclusive ? "≥" : ">"} ${String(issue.minimum)}`;
    case "too_big":
      if (issue.origin === "array") return `tối đa ${String(issue.maximum)} phần tử`;
      return `phải ${issue.inclusive ? "≤" : "<"} ${String(issue.maximum)}`;
    default:
      return viFallback(issue);
  }
};

/** "quotas[0].min", "required.tap-the[2]"; the whole file when the path is empty. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += (out === "" ? "" : ".") + String(key);
  }
  return out === "" ? "(toàn bộ tệp)" : out;
}

/** One line per problem; an unknown key gets its own line at its own path. */
export function issueLines(source: string, issues: readonly z.core.$ZodIssue[]): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        lines.push(
          `${source}: ${formatPath([...issue.path, key])} — trường này không có trong mẫu kế hoạch (gõ sai tên?)`,
        );
    } else lines.push(`${source}: ${formatPath(issue.path)} — ${issue.message}`);
  }
  return lines;
}

/** Where a JSON syntax error sits, as "dòng L, cột C", from the engine's character position. */
function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  return `dòng ${line}, cột ${position - lineStart + 1}`;
}

/** A JSON.parse failure in Vietnamese: engines word it in English and differently, so only the position is kept. */
export function jsonSyntaxLine(source: string, text: string, error: unknown): string {
  if (text.trim() === "") return `${source}: (toàn bộ tệp) — tệp trống, không có nội dung JSON`;
  const message = error instanceof Error ? error.message : "";
  const at = /position (\d+)/.exec(message);
  if (at !== null) {
    const pos = Number(at[1]);
    const ch = text.charAt(pos);
    const what = ch === "" ? "tệp kết thúc đột ngột" : `ký tự «${ch}» không đúng chỗ`;
    return `${source}: ${lineAndColumn(text, pos)} — lỗi cú pháp JSON: ${what} (thiếu dấu phẩy, ngoặc hoặc dấu nháy?)`;
  }
  const token = /Unexpected token '([^'])'/.exec(message);
  if (token !== null) {
    const ch = token[1] === "\n" ? "xuống dòng" : token[1];
    return `${source}: (toàn bộ tệp) — lỗi cú pháp JSON: ký tự «${ch}» không đúng chỗ (thiếu dấu nháy?)`;
  }
  if (/end of (JSON )?input/i.test(message))
    return `${source}: (cuối tệp) — lỗi cú pháp JSON: tệp kết thúc đột ngột (thiếu dấu đóng } hoặc ]?)`;
  return `${source}: (toàn bộ tệp) — lỗi cú pháp JSON, không đọc được tệp kế hoạch`;
}

/**
 * A JSON file's text parsed, or its syntax error as one Vietnamese line. `body` is the text without
 * the byte-order mark Notepad on Windows writes (JSON.parse rejects it), for locating lines later.
 */
export function parseJsonText(
  text: string,
  source: string,
): { ok: true; data: unknown; body: string } | { ok: false; errors: string[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, data: JSON.parse(body) as unknown, body };
  } catch (error) {
    return { ok: false, errors: [jsonSyntaxLine(source, body, error)] };
  }
}
