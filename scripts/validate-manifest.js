/**
 * `npm run validate`: manifest.xml, the same manifest moved to an example host address (what
 * `--env ADDIN_URL=…` writes), and dist/manifest.xml when built, each checked offline with
 * xmllint against the schemas kept in test/manifest-schema/. Needs xmllint (Debian: libxml2-utils);
 * `npm test` does not.
 */
const { execFileSync } = require("node:child_process");
const { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { manifestFor } = require("./manifest");

const ROOT = join(__dirname, "..");
const SCHEMA = join(ROOT, "test", "manifest-schema", "OfficeAppManifestV1_1.xsd");
const EXAMPLE_URL = "https://tdkt.example.gov.vn/tdkt/";

/** Throws with xmllint's own message when `file` does not match the schema. */
function validate(file) {
  execFileSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { stdio: "inherit" });
}

function main() {
  const source = join(ROOT, "manifest.xml");
  const dir = mkdtempSync(join(tmpdir(), "tdkt-manifest-"));
  try {
    const deployed = join(dir, "manifest.xml");
    writeFileSync(deployed, manifestFor(readFileSync(source, "utf8"), EXAMPLE_URL));
    const built = join(ROOT, "dist", "manifest.xml");
    for (const file of [source, deployed, ...(existsSync(built) ? [built] : [])]) validate(file);
  } catch (e) {
    if (e.code === "ENOENT") console.error("Không tìm thấy xmllint: cài gói libxml2-utils (Debian/Ubuntu).");
    process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) main();

module.exports = { validate, SCHEMA };
