/**
 * `npm run build -- --env ADDIN_URL=…`: the manifest webpack writes points every URL at the host
 * address. The schema check needs xmllint and lives with the browser tests (test/e2e/manifest-schema).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

// CommonJS modules shared with webpack.config.js.
const { manifestFor } = require("../../scripts/manifest") as {
  manifestFor(xml: string, address: string): string;
};
const webpackConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode?: string },
) => Promise<{ plugins: { constructor: { name: string }; patterns?: CopyPattern[] }[] }>;

interface CopyPattern {
  from: string;
  transform?: (content: Buffer, path: string) => string;
}

const SOURCE = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

/** Every http(s) URL of the manifest that Office loads (namespace URIs are names, not addresses). */
function loadedUrls(xml: string): string[] {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  return [...withoutComments.matchAll(/https?:\/\/[^"<\s]+/g)]
    .map((m) => m[0])
    .filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
}

function elementText(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g"))].map((m) => m[1]);
}

describe("manifest for a host address", () => {
  it("moves every URL of manifest.xml to the address, none left on localhost", () => {
    const before = loadedUrls(SOURCE);
    // The dev manifest loads its pane, icons and links from the dev server.
    expect(before.length).toBeGreaterThanOrEqual(8);
    expect(before.every((u) => u.startsWith("https://localhost:3000"))).toBe(true);

    const xml = manifestFor(SOURCE, "https://tdkt.example.gov.vn/");
    const after = loadedUrls(xml);
    expect(after).toHaveLength(before.length);
    expect(xml).not.toContain("localhost");
    for (const u of after)
      expect(u.startsWith("https://tdkt.example.gov.vn/") || u === "https://tdkt.example.gov.vn").toBe(true);
    expect(elementText(xml, "AppDomain")).toEqual(["https://tdkt.example.gov.vn"]);
    expect(xml).toContain('<SourceLocation DefaultValue="https://tdkt.example.gov.vn/taskpane.html"/>');
    expect(xml).toContain('DefaultValue="https://tdkt.example.gov.vn/assets/icon-80.png"');
  });

  it("keeps a path and adds its closing slash; the app domain is the origin", () => {
    const xml = manifestFor(SOURCE, "https://sonoivu.angiang.gov.vn/tro-ly-tdkt");
    expect(xml).toContain('"https://sonoivu.angiang.gov.vn/tro-ly-tdkt/taskpane.html"');
    expect(elementText(xml, "AppDomain")).toEqual(["https://sonoivu.angiang.gov.vn"]);
    expect(loadedUrls(xml).filter((u) => u.includes("/tro-ly-tdkt/"))).toHaveLength(
      loadedUrls(xml).length - 1,
    );
  });

  it("changes nothing else in the manifest", () => {
    const xml = manifestFor(SOURCE, "https://tdkt.example.gov.vn/");
    const strip = (s: string) => s.replace(/https:\/\/[^"<\s]+/g, "URL");
    expect(strip(xml)).toBe(strip(SOURCE));
  });

  it.each([
    ["http://tdkt.example.gov.vn/", "https://"],
    ["tdkt.example.gov.vn", "không phải một địa chỉ web đầy đủ"],
    ["https://tdkt.example.gov.vn/?v=2", "?"],
  ])("refuses %s in Vietnamese", (address, words) => {
    expect(() => manifestFor(SOURCE, address)).toThrow(words);
  });

  it("is what webpack copies to dist/manifest.xml for --env ADDIN_URL, and the dev manifest without it", async () => {
    const patternOf = async (env: Record<string, unknown>) => {
      const config = await webpackConfig(env, { mode: "production" });
      const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin");
      return copy?.patterns?.find((p) => p.from === "manifest.xml");
    };
    const deployed = await patternOf({ ADDIN_URL: "https://tdkt.example.gov.vn/" });
    expect(deployed?.transform?.(Buffer.from(SOURCE), "manifest.xml")).toBe(
      manifestFor(SOURCE, "https://tdkt.example.gov.vn/"),
    );
    expect((await patternOf({}))?.transform).toBeUndefined();
    await expect(webpackConfig({ ADDIN_URL: "http://x.gov.vn/" }, { mode: "production" })).rejects.toThrow(
      "https://",
    );
  });
});
