/**
 * The performance report: `npm run bench --silent` prints one JSON object on stdout, every
 * progress line on stderr. A part that fails reports `{ "error": "…" }` under its key and the
 * others still run (exit code 1 then). `--only excel,bundle` (or BENCH_ONLY=excel,bundle) runs a
 * subset. What each figure means: bench/README.md.
 */
type Json = Record<string, unknown>;

// Each part is imported when it runs: a part that does not even load (a broken harness, a
// missing build tool) fails under its own key instead of taking the whole report down.
const PARTS: Record<string, () => Promise<Json>> = {
  core: async () => {
    const full = await (await import("./core-full")).benchCoreFull();
    const read = await (await import("./core-read")).benchCoreRead();
    const check = await (await import("./core-check")).benchCoreCheck();
    return {
      rowsPerSecond: full.rowsPerSecond,
      readRowsPerSecond: read.rowsPerSecond,
      checkRowsPerSecond: check.rowsPerSecond,
      rows: full.rows,
    };
  },
  read: async () => ({ ...(await (await import("./read-accuracy")).benchReadAccuracy()) }),
  excel: async () => {
    const r = await (await import("./excel-syncs")).benchExcelSyncs();
    return { ...r };
  },
  consolidate: async () => ({ ...(await (await import("./consolidate")).benchConsolidate()) }),
  bundle: async () => ({ ...(await (await import("./bundle")).benchBundle()) }),
  profiles: async () => ({ ...(await (await import("./profiles")).benchProfiles()) }),
  pane: async () => ({ ...(await (await import("./pane")).benchPane()) }),
};

/** Parts named by `--only a,b`, `--only=a,b` or BENCH_ONLY; all of them by default. */
export function selectedParts(argv: readonly string[], env: string | undefined): string[] {
  const i = argv.findIndex((a) => a === "--only" || a.startsWith("--only="));
  const raw = i < 0 ? env : argv[i].startsWith("--only=") ? argv[i].slice("--only=".length) : argv[i + 1];
  if (raw === undefined || raw.trim() === "") return Object.keys(PARTS);
  const names = raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const unknown = names.filter((n) => !(n in PARTS));
  if (unknown.length > 0)
    throw new Error(`unknown part(s) ${unknown.join(", ")}; known: ${Object.keys(PARTS).join(", ")}`);
  return names;
}

async function main(): Promise<void> {
  const names = selectedParts(process.argv.slice(2), process.env.BENCH_ONLY);
  // stdout carries the JSON only: anything a part logs goes to stderr.
  const log = console.log;
  console.log = console.error;
  const report: Json = {};
  let failed = false;
  for (const name of names) {
    const t0 = performance.now();
    console.error(`bench: ${name}…`);
    try {
      report[name] = await PARTS[name]();
      console.error(`bench: ${name} done in ${Math.round(performance.now() - t0)} ms`);
    } catch (e) {
      failed = true;
      report[name] = { error: e instanceof Error ? e.message : String(e) };
      console.error(`bench: ${name} failed:`, e);
    }
  }
  console.log = log;
  console.log(JSON.stringify(report, null, 2));
  if (failed) process.exitCode = 1;
}

if (require.main === module)
  main().catch((e: unknown) => {
    console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  });
