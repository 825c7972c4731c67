/**
 * The weak matchers stay out of the tests: `toBeDefined`, `toBeTruthy` and `toBeFalsy` pass for
 * values a feature could get wrong (null, a wrong string, 0), so every test states the exact value.
 * Nothing is allowed: each former use had an exact value a human can derive from the fixture.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..");

/** The three forms, built from pieces so this file does not match itself. */
const WEAK = new RegExp(`\\.${"toBe"}(Defined|Truthy|Falsy)\\(\\s*\\)`, "g");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** "file:line: matcher" for every weak matcher in `text`. */
function weakMatchers(file: string, text: string): string[] {
  return [...text.matchAll(WEAK)].map((m) => {
    const line = text.slice(0, m.index).split("\n").length;
    return `${file}:${line}: ${m[0].slice(1)}`;
  });
}

describe("weak matchers in test/", () => {
  it("finds each of the three forms, with its line (the scan itself works)", () => {
    const sample = [
      "expect(a).toBe",
      "Defined();\nexpect(b).toBe",
      "Truthy( );\n\nexpect(c).not.toBe",
      "Falsy()",
    ];
    expect(weakMatchers("x.ts", sample.join(""))).toEqual([
      "x.ts:1: toBeDefined()",
      "x.ts:2: toBeTruthy( )",
      "x.ts:4: toBeFalsy()",
    ]);
  });

  it("appears in no test file", () => {
    const files = tsFiles(ROOT);
    // The scan must see the whole tree (some 120 files), not an empty folder.
    expect(files.length).toBeGreaterThan(100);
    const hits = files.flatMap((f) => weakMatchers(relative(ROOT, f), readFileSync(f, "utf8")));
    expect(hits).toEqual([]);
  });
});
