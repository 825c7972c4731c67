/**
 * The manifest for a host address against Microsoft's schema, offline (xmllint, Debian's
 * libxml2-utils — hence with the browser tests, not in `npm test`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./harness";

const { manifestFor } = require("../../scripts/manifest") as {
  manifestFor(xml: string, address: string): string;
};
const { validate } = require("../../scripts/validate-manifest") as { validate(file: string): void };

const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tdkt-schema-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, xml: string): string {
  const file = join(dir, name);
  writeFileSync(file, xml);
  return file;
}

it.each(["https://tdkt.example.gov.vn/", "https://sonoivu.angiang.gov.vn/tro-ly-tdkt"])(
  "the manifest for %s is valid against the schema",
  (address) => {
    expect(() => validate(write("deployed.xml", manifestFor(SOURCE, address)))).not.toThrow();
  },
);

it("the check rejects a manifest the schema does not allow", () => {
  // The schema allows only a dotted number as the version.
  const broken = SOURCE.replace("<Version>0.1.0.0</Version>", "<Version>mới</Version>");
  expect(() => validate(write("broken.xml", broken))).toThrow();
});
