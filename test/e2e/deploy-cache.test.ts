/**
 * docs/trien-khai.md tells the servers to cache hashed files for a year and never taskpane.html:
 * its nginx rule must match every script the production build writes, and nothing else.
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
  expect(scripts.filter((f) => !hashed.test(f))).toEqual([]);
  expect(files.filter((f) => hashed.test(f)).sort()).toEqual(scripts.sort());
  for (const fixed of ["taskpane.html", "manifest.xml"]) {
    expect(files).toContain(fixed);
    expect(hashed.test(fixed)).toBe(false);
  }
});
