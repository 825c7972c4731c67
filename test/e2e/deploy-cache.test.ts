/**
 * docs/trien-khai.md tells the servers to cache hashed files for a year and never taskpane.html
 * or the tally worker (its name is fixed: the page starts it by URL): its nginx rules must match
 * every script the production build writes, the hashed ones long and the worker not at all.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, ROOT } from "./harness";

test("the long-cache rule of the deployment guide matches exactly the hashed files of dist/", async () => {
  const guide = await readFile(join(ROOT, "docs", "trien-khai.md"), "utf8");
  const rule = /location ~ "([^"]+)"/.exec(guide);
  expect(rule).not.toBeNull();
  const hashed = new RegExp(rule![1]);
  const files = (await readdir(DIST, { withFileTypes: true })).filter((f) => f.isFile()).map((f) => f.name);
  const scripts = files.filter((f) => /\.js(\.map|\.LICENSE\.txt)?$/.test(f));
  expect(scripts.length).toBeGreaterThanOrEqual(3);
  const worker = /location \^~ \/(tally-worker\.js) \{ add_header Cache-Control "no-cache"; \}/.exec(guide);
  expect(worker).not.toBeNull();
  const fixedName = (f: string) => f.startsWith(worker![1]);
  expect(scripts.filter((f) => !hashed.test(f) && !fixedName(f)).sort()).toEqual([]);
  expect(scripts.filter(fixedName).sort()).toEqual([
    "tally-worker.js",
    "tally-worker.js.LICENSE.txt",
    "tally-worker.js.map",
  ]);
  expect(files.filter((f) => hashed.test(f)).sort()).toEqual(scripts.filter((f) => !fixedName(f)).sort());
  for (const fixed of ["taskpane.html", "manifest.xml"]) {
    expect(files).toContain(fixed);
    expect(hashed.test(fixed)).toBe(false);
  }
});
