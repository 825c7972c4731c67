/**
 * The browser test host: the production pane (dist/) served over a local http server, opened in
 * Debian's Chromium with Office.js replaced by the Excel double (test/e2e/host/office-stub.ts)
 * holding a fixture workbook. Nothing reaches the network: the Office.js URL is answered locally
 * and every other outside request is aborted (and recorded, so a test can assert there was none).
 *
 * Used by the e2e tests and by the benchmark:
 *
 *   const host = await startPaneHost("samples/x.xlsx");   // builds nothing; see ensureBuilt()
 *   console.log(host.interactiveMs);                      // navigation → "Kiểm tra" enabled
 *   await host.page.getByTestId("check-button").click();
 *   const wb = await host.snapshot();                     // the double's values, formats, selection
 *   await host.close();
 */
import { mkdtemp, readFile, rm, stat, readdir } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import webpack from "webpack";
import { modelFromXlsx } from "../excel-double/from-xlsx";
import type { ModelWorkbook } from "../excel-double/model";
import type { HostSnapshot } from "./host/office-stub";
import { modelToJson } from "./host/model-json";

export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const STUB_DIR = join(ROOT, "out", "e2e-host");
const STUB_FILE = join(STUB_DIR, "office-stub.js");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function runWebpack(config: webpack.Configuration): Promise<void> {
  return new Promise((done, fail) =>
    webpack(config, (error, stats) => {
      if (error) fail(error);
      else if (stats?.hasErrors()) fail(new Error(stats.toString("errors-only")));
      else done();
    }),
  );
}

async function newestMtime(path: string): Promise<number> {
  const s = await stat(path);
  if (!s.isDirectory()) return s.mtimeMs;
  const children = await readdir(path);
  const times = await Promise.all(children.map((c) => newestMtime(join(path, c))));
  return Math.max(s.mtimeMs, ...times);
}

async function mtimeOr(path: string, fallback: number): Promise<number> {
  return stat(path).then(
    (s) => s.mtimeMs,
    () => fallback,
  );
}

/** Builds the production pane when dist/ is missing or older than its sources, and the Office.js stub. */
export async function ensureBuilt(): Promise<void> {
  const sources = Math.max(
    ...(await Promise.all(
      ["src", "webpack.config.js", "assets", "manifest.xml"].map((p) => newestMtime(join(ROOT, p))),
    )),
  );
  if ((await mtimeOr(join(DIST, "taskpane.html"), -1)) < sources) {
    const makeConfig = require(join(ROOT, "webpack.config.js")) as (
      env: Record<string, unknown>,
      argv: { mode: string },
    ) => Promise<webpack.Configuration>;
    await runWebpack(await makeConfig({}, { mode: "production" }));
  }
  const stubSources = Math.max(
    sources,
    await newestMtime(join(ROOT, "test", "excel-double")),
    await newestMtime(join(__dirname, "host")),
  );
  if ((await mtimeOr(STUB_FILE, -1)) < stubSources)
    await runWebpack({
      mode: "production",
      entry: join(__dirname, "host", "office-stub.ts"),
      output: { path: STUB_DIR, filename: "office-stub.js" },
      devtool: false,
      resolve: { extensions: [".ts", ".js"] },
      module: {
        rules: [
          {
            test: /\.ts$/,
            exclude: /node_modules/,
            use: {
              loader: "ts-loader",
              options: {
                transpileOnly: true,
                compilerOptions: { module: "esnext", moduleResolution: "bundler" },
              },
            },
          },
        ],
      },
    });
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** dist/ over http on an ephemeral port of 127.0.0.1. */
export function serveDist(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = resolve(DIST, "." + path);
    if (!file.startsWith(DIST + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, { "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

export interface PaneHost {
  /** The pane page's URL. */
  url: string;
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested, in order (the stubbed Office.js URL included). */
  requests: string[];
  /** Console errors and CSP violations the page reported. */
  consoleErrors: string[];
  /** Milliseconds from navigation to the pane being ready ("Kiểm tra" enabled, by default). */
  interactiveMs: number;
  /** The workbook inside the page as it is now. */
  snapshot(): Promise<HostSnapshot>;
  close(): Promise<void>;
}

export interface PaneHostOptions {
  /** Changes the workbook before the page gets it (protect a sheet, pre-set settings…). */
  prepare?: (model: ModelWorkbook) => void;
  /** Plays an Excel that supports no Excel API requirement set (Office 2013/2016). */
  oldExcel?: boolean;
  /** When the pane counts as up; default: the "Kiểm tra" button enabled. */
  ready?: (page: Page) => Promise<unknown>;
  /** The browser's locale; default vi-VN. */
  locale?: string;
}

const CHECK_ENABLED = (page: Page) =>
  page.getByTestId("check-button").and(page.locator(":enabled")).waitFor();

/** Opens the built pane on a fixture .xlsx; call `ensureBuilt()` once beforehand. */
export async function startPaneHost(fixturePath: string, options: PaneHostOptions = {}): Promise<PaneHost> {
  const model = await modelFromXlsx(await readFile(fixturePath));
  options.prepare?.(model);
  const stub =
    `window.__TDKT_MODEL__ = ${JSON.stringify(modelToJson(model))};\n` +
    `window.__TDKT_OLD_EXCEL__ = ${options.oldExcel === true};\n` +
    (await readFile(STUB_FILE, "utf8"));
  const server = await serveDist();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = await mkdtemp(join(tmpdir(), "tdkt-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 420, height: 900 },
    locale: options.locale ?? "vi-VN",
  });
  const close = async (): Promise<void> => {
    await context.close();
    await new Promise((done) => server.close(done));
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL)
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: stub });
      if (url.startsWith(origin + "/")) return route.continue();
      return route.abort("blockedbyclient");
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    const url = `${origin}/taskpane.html`;
    const start = Date.now();
    await page.goto(url);
    await (options.ready ?? CHECK_ENABLED)(page);
    const interactiveMs = Date.now() - start;
    return {
      url,
      page,
      context,
      requests,
      consoleErrors,
      interactiveMs,
      snapshot: () => page.evaluate(() => window.__tdktHost.snapshot()),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Runs `test` on a pane opened on the fixture, and closes the pane (browser, server) whatever happens. */
export async function withPaneHost(
  fixturePath: string,
  options: PaneHostOptions,
  test: (host: PaneHost) => Promise<void>,
): Promise<void> {
  const host = await startPaneHost(fixturePath, options);
  try {
    await test(host);
  } finally {
    await host.close();
  }
}

/** The built pane opened as a plain web page (no Office.js: file mode), every foreign request refused. */
export interface FileModePage {
  page: Page;
  close(): Promise<void>;
}

export async function openFileMode(contextOptions: BrowserContextOptions = {}): Promise<FileModePage> {
  const server = await serveDist();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext(contextOptions);
  await context.route("**/*", (route) =>
    route
      .request()
      .url()
      .startsWith(origin + "/")
      ? route.continue()
      : route.abort("blockedbyclient"),
  );
  const page = await context.newPage();
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("file-mode").waitFor();
  return {
    page,
    close: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}
