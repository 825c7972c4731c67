import { mkdir, writeFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { unitWorkbook, testPlan } from "../test/tally/generate-units";
import { unitFile } from "./consolidate";
import { readSheetsOf } from "../src/cli/read-file";
import { tallyProvince } from "../src/core/tally";
const dir = "/tmp/cli-bench-files";
(async () => {
  if (process.argv[2] === "gen") {
    await mkdir(dir, { recursive: true });
    for (let i = 0; i < 700; i++) { const m = unitFile(i); await writeFile(join(dir, m.spec.fileName), await unitWorkbook(m.spec)); }
    return;
  }
  const names = await readdir(dir);
  const registry = Array.from({ length: 700 }, (_, i) => unitFile(i).unit);
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now(); const c0 = process.cpuUsage();
    await tallyProvince(names.map((n) => ({ name: join(dir, n), readSheets: () => readSheetsOf(join(dir, n)) })), { registry, plan: testPlan(), reportDate: "2025-12-20" });
    const c = process.cpuUsage(c0);
    console.log(Math.round(performance.now() - t0), Math.round((c.user + c.system) / 1000));
  }
})();
