/**
 * The whole core on one workbook already in memory: read + normalise + every rule + quotas
 * (`checkWorkbook`) over the 100 000-row grid of bench/core-read.ts, several runs, median rate.
 * This is `core.rowsPerSecond` of the report; the read and check stages are measured apart too.
 */
import { getBuiltinPlan } from "../src/core/plan";
import { checkWorkbook } from "../src/core/run";
import { benchGrid } from "./core-read";

export async function benchCoreFull(): Promise<{ rowsPerSecond: number; rows: number; runs: number }> {
  const rows = 100_000;
  const runs = 5;
  const sheet = benchGrid(rows);
  const plan = getBuiltinPlan("an-giang-2025");
  if (plan === undefined) throw new Error("built-in plan an-giang-2025 is missing");
  const options = { unitKind: "xa" as const, reportDate: "2025-12-01" };
  const check = () => checkWorkbook("bench.xlsx", [sheet], plan, options);
  check(); // warm-up: JIT and caches
  const rates: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const report = check();
    const ms = performance.now() - t0;
    const checked = Object.values(report.counts).reduce((a, b) => a + b, 0);
    if (checked !== rows) throw new Error(`checked ${checked} of ${rows} rows`);
    rates.push(rows / (ms / 1000));
  }
  rates.sort((a, b) => a - b);
  return { rowsPerSecond: Math.round(rates[Math.floor(runs / 2)]), rows, runs };
}

// Runnable alone: npx tsx bench/core-full.ts
if (require.main === module) void benchCoreFull().then((r) => process.stdout.write(JSON.stringify(r) + "\n"));
