/**
 * Size of the pane's production JavaScript, gzipped: a fresh `webpack --mode production` build
 * into a temporary directory (dist/ is left to the e2e tests), then the scripts taskpane.html
 * loads up front (gzipBytes) and the chunks loaded on demand (lazyGzipBytes) summed separately.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = resolve(__dirname, "..");

export interface BundleResult {
  /** Gzipped bytes of the JS taskpane.html loads before the pane can run. */
  gzipBytes: number;
  /** Gzipped bytes of the JS chunks fetched later (file mode, ExcelJS). */
  lazyGzipBytes: number;
  initialFiles: Record<string, number>;
  lazyFiles: Record<string, number>;
}

/** Runs the production build into `out`; webpack's own output goes to stderr. */
function build(out: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn("npx", ["webpack", "--mode", "production", "--output-path", out], {
      cwd: ROOT,
      stdio: ["ignore", process.stderr, process.stderr],
    });
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? done() : fail(new Error(`webpack exited with code ${code}`))));
  });
}

/** The local scripts a page loads by <script src> (quoted or not: the built page is minified). */
export function scriptSources(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (!/^(https?:)?\/\//i.test(src)) out.push(src.replace(/^\.?\//, ""));
  }
  return out;
}

async function gzipSize(file: string): Promise<number> {
  return gzipSync(await readFile(file), { level: 9 }).length;
}

export async function benchBundle(): Promise<BundleResult> {
  const out = await mkdtemp(join(tmpdir(), "tdkt-bundle-"));
  try {
    await build(out);
    const initial = scriptSources(await readFile(join(out, "taskpane.html"), "utf8"));
    if (initial.length === 0) throw new Error("taskpane.html loads no local script");
    const scripts = (await readdir(out)).filter((f) => f.endsWith(".js"));
    const initialFiles: Record<string, number> = {};
    const lazyFiles: Record<string, number> = {};
    for (const f of scripts)
      (initial.includes(f) ? initialFiles : lazyFiles)[f] = await gzipSize(join(out, f));
    const missing = initial.filter((f) => !(f in initialFiles));
    if (missing.length > 0) throw new Error(`taskpane.html loads missing scripts: ${missing.join(", ")}`);
    const sum = (files: Record<string, number>): number => Object.values(files).reduce((a, b) => a + b, 0);
    return { gzipBytes: sum(initialFiles), lazyGzipBytes: sum(lazyFiles), initialFiles, lazyFiles };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

if (require.main === module) benchBundle().then((r) => console.log(JSON.stringify(r, null, 2)));
