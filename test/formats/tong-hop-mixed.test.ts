/**
 * `tdkt tong-hop` on a folder mixing .xlsx, .xls and .ods (the same unit lists, every third file
 * saved as .xls and every third as .ods) gives the tally of the all-.xlsx folder; the files are
 * read on the worker threads and this thread together.
 */
import * as XLSX from "@e965/xlsx";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runConsolidate, type ConsolidateIo } from "../../src/cli/consolidate-command";
import { MIN_FILES_FOR_WORKERS } from "../../src/cli/parallel-units";
import { kindCounts, scenario, writeScenario } from "../tally/generate-units";

const S = scenario();
let dir: string;
let unitsDir: string;
let mixedDir: string;
let registryPath: string;
let planPath: string;

function io(): ConsolidateIo & { out: string } {
  const sink = {
    out: "",
    stdout: (t: string) => void (sink.out += t),
    stderr: () => undefined,
    stderrIsTTY: false,
  };
  return sink;
}

/** SheetJS's writer keeps values and number formats: what the tally reads. */
function saveAs(bytes: Uint8Array, format: "xls" | "ods"): Uint8Array {
  const wb = XLSX.read(bytes, { type: "array", cellNF: true });
  return new Uint8Array(
    XLSX.write(wb, { type: "array", bookType: format === "xls" ? "biff8" : "ods" }) as ArrayBuffer,
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tdkt-tong-hop-mixed-"));
  ({ unitsDir, registryPath } = await writeScenario(dir, S));
  planPath = join(dir, "ke-hoach.json");
  await writeFile(planPath, JSON.stringify(S.plan));
  mixedDir = join(dir, "hon-hop");
  await mkdir(mixedDir);
  const names = (await readdir(unitsDir)).sort();
  for (const [i, name] of names.entries()) {
    const bytes = new Uint8Array(await readFile(join(unitsDir, name)));
    const format = i % 3 === 1 ? "xls" : i % 3 === 2 ? "ods" : "xlsx";
    // The unreadable file of the scenario stays as it is, broken.
    const out =
      format === "xlsx" || S.files.find((f) => f.fileName === name)?.corrupt ? bytes : saveAs(bytes, format);
    await writeFile(join(mixedDir, name.replace(/\.xlsx$/, `.${format}`)), out);
  }
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("tallies a mixed folder as it tallies the same lists as .xlsx", async () => {
  expect((await readdir(mixedDir)).length).toBeGreaterThanOrEqual(MIN_FILES_FOR_WORKERS);
  const tally = async (folder: string) => {
    const sink = io();
    await runConsolidate(
      [folder],
      { keHoach: planPath, danhMuc: registryPath, ngayBaoCao: "20/12/2025", json: true },
      sink,
    );
    return JSON.parse(sink.out).consolidation;
  };
  const plain = await tally(unitsDir);
  const mixed = await tally(mixedDir);
  const formats = new Set((await readdir(mixedDir)).map((n) => n.slice(n.lastIndexOf("."))));
  expect([...formats].sort()).toEqual([".ods", ".xls", ".xlsx"]);
  // Everything but the files' own names: units, counts, quotas, statuses, totals, duplicates.
  const renamed = JSON.parse(
    JSON.stringify(mixed)
      .replaceAll(mixedDir, unitsDir)
      .replace(/\.(xls|ods)\b/g, ".xlsx"),
  );
  expect(renamed).toEqual(plain);
  // And that tally is the scenario's: every readable file, each record the generator wrote.
  expect(plain.totals.files).toBe(S.files.filter((f) => !f.corrupt).length);
  expect(plain.totals.byKind).toEqual(kindCounts(S.files));
}, 120_000);
