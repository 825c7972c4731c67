/**
 * Makes the .xls and .ods twins of the fixture workbooks with LibreOffice, as a clerk's office
 * would save them: test/formats/files/ (committed, so the tests need no LibreOffice). Run again
 * after changing a fixture in test/fixtures/build-fixtures.ts (needs `soffice`:
 * `apt-get install -y libreoffice-calc-nogui`).
 *
 *   npx tsx test/formats/convert-fixtures.ts
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildFixtures, WORKBOOK_FIXTURES } from "../fixtures/build-fixtures";

export const FORMAT_FILES_DIR = resolve(__dirname, "files");

/**
 * The fixtures converted. Left out: 09 (LibreOffice recalculates its formulas on saving, so its
 * cached results and error values are not the ones the .xlsx holds).
 */
export const CONVERTED = WORKBOOK_FIXTURES.filter((f) => !f.file.startsWith("09-"));

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "tdkt-formats-"));
  try {
    await buildFixtures(dir);
    const inputs = CONVERTED.map((f) => join(dir, f.file));
    for (const format of ["xls", "ods"])
      execFileSync(
        "soffice",
        ["--headless", "--convert-to", format, "--outdir", FORMAT_FILES_DIR, ...inputs],
        {
          stdio: "inherit",
        },
      );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
