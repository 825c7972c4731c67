/** The tally scenario's files written to disk, and the tally the core makes of them in Node (the CLI's way). */
import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { readSheetsOf } from "../../src/cli/read-file";
import { getBuiltinPlan } from "../../src/core/plan";
import { readRegistry, tallyProvince, type ProvinceTally } from "../../src/core/tally";
import { scenario, writeScenario } from "../tally/generate-units";

export interface WrittenTally {
  registryPath: string;
  /** The unit workbooks' paths, sorted. */
  units: string[];
  /** What the page must show for them against the An Giang 2025 plan. */
  want: ProvinceTally;
}

export async function writtenTally(dir: string, reportDate: string): Promise<WrittenTally> {
  const written = await writeScenario(dir, scenario());
  const units = (await readdir(written.unitsDir)).sort().map((n) => join(written.unitsDir, n));
  const want = await tallyProvince(
    units.map((path) => ({ name: basename(path), readSheets: () => readSheetsOf(path) })),
    {
      registry: readRegistry(await readSheetsOf(written.registryPath)).units,
      plan: getBuiltinPlan("an-giang-2025")!,
      reportDate,
    },
  );
  return { registryPath: written.registryPath, units, want };
}
