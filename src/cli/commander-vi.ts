/**
 * Commander in Vietnamese: its help titles and its parse errors are English strings with no
 * translation hook, so they are mapped here (help titles by name, errors by pattern).
 */
import type { Command } from "commander";

const TITLES: Record<string, string> = {
  "Usage:": "Cách dùng:",
  "Arguments:": "Tham số:",
  "Options:": "Tùy chọn:",
  "Commands:": "Lệnh:",
  "Global Options:": "Tùy chọn chung:",
};

const ERRORS: [RegExp, (...m: string[]) => string][] = [
  [
    /^error: unknown option '(.*?)'(?:\s*\(Did you mean (.*)\?\))?/,
    (o, s) => `Lỗi: không có tùy chọn «${o}»${s ? ` (có phải ý bạn là ${s}?)` : ""}.`,
  ],
  [
    /^error: unknown command '(.*?)'(?:\s*\(Did you mean (.*)\?\))?/,
    (c, s) => `Lỗi: không có lệnh «${c}»${s ? ` (có phải ý bạn là ${s}?)` : ""}.`,
  ],
  [/^error: missing required argument '(.*?)'/, (a) => `Lỗi: thiếu tham số «${a}».`],
  [/^error: option '(.*?)' argument missing/, (o) => `Lỗi: tùy chọn «${o}» cần một giá trị.`],
  [/^error: too many arguments.*/, () => "Lỗi: thừa tham số."],
];

/** A commander error line in Vietnamese (unknown ones are kept as they are). */
export function translateError(text: string): string {
  for (const [pattern, message] of ERRORS) {
    const m = pattern.exec(text.trim());
    if (m) return message(...m.slice(1)) + "\n";
  }
  return text;
}

/** Vietnamese help and errors, output to the given sinks, and no `process.exit` (the caller returns the code). */
export function localise(cmd: Command, io: { stdout(t: string): void; stderr(t: string): void }): Command {
  return cmd
    .usage(cmd.usage().replace("[options]", "[tùy chọn]").replace("[command]", "[lệnh]"))
    .helpOption("-h, --help", "Hiển thị trợ giúp")
    .configureHelp({ styleTitle: (title) => TITLES[title] ?? title })
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(translateError(text)),
    })
    .exitOverride();
}
