/**
 * Province tally throughput: n small unit workbooks (5–30 rows each) written to a temp folder
 * (generation is not timed). In the same run, alternately: ExcelJS alone reading and loading every
 * file (the floor), and the whole tally as `tdkt tong-hop` does it (read the file, open it on the
 * port, read the lists, check, match to the registry, consolidate, build the sheets). The ratio of
 * the two medians says what the product adds on top of parsing. Goal: ratioToParse ≤ 1.2.
 * The machine may be shared: the same ratio over process CPU time (cpuRatioToParse) is reported
 * too, as it does not count the time spent waiting for a core.
 *
 *   npx tsx bench/consolidate.ts [FILES] [ROUNDS]
 */
import ExcelJS from "exceljs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSheetsOf } from "../src/cli/read-file";
import { tallyProvince, type RegistryUnit } from "../src/core/tally";
import { testPlan, unitWorkbook, type FileSpec, type RecordSpec } from "../test/tally/generate-units";

const FIELDS = ["Y tế", "Giáo dục và đào tạo", "Nông nghiệp", "An sinh xã hội"];
const TALLY_DATE = "2025-12-20";

export function unitFile(i: number): { spec: FileSpec; unit: RegistryUnit } {
  const name = `Xã Số ${i + 1} Hòa Bình`;
  const rows = 5 + ((i * 7) % 26);
  const records: RecordSpec[] = [];
  for (let k = 0; k < rows; k++)
    records.push(
      k % 5 === 0
        ? { kind: "tap-the", name: `Tổ ${k} ${name}`, linhVuc: FIELDS[k % 4] }
        : {
            kind: "ca-nhan",
            name: `Nguyễn Văn ${i}-${k}`,
            birth: `${(k % 28) + 1}/0${(k % 9) + 1}/19${60 + (k % 40)}`,
            gender: k % 2 === 0 ? "Nam" : "Nữ",
            chucVu: "Giáo viên",
            linhVuc: FIELDS[k % 4],
          },
    );
  return {
    spec: {
      fileName: `UBND_xa_So_${i + 1}_Hoa_Binh.xlsx`,
      unit: name,
      titleLines: ["UBND TỈNH AN GIANG", `ỦY BAN NHÂN DÂN ${name.toUpperCase()}`],
      signed: { day: 20, month: 11, year: 2025 },
      records,
    },
    unit: { name, kind: "xa", group: null },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export async function benchConsolidate(
  n = 700,
  rounds = 5,
): Promise<{
  files: number;
  rounds: number;
  ratioToParse: number;
  cpuRatioToParse: number;
  filesPerSecond: number;
  parseMs: number;
  consolidateMs: number;
  parseCpuMs: number;
  consolidateCpuMs: number;
}> {
  const plan = testPlan();
  const made = Array.from({ length: n }, (_, i) => unitFile(i));
  const registry = made.map((m) => m.unit);
  const dir = await mkdtemp(join(tmpdir(), "tdkt-bench-tally-"));
  try {
    await mkdir(dir, { recursive: true });
    const paths = made.map((m) => join(dir, m.spec.fileName));
    for (const [i, m] of made.entries()) await writeFile(paths[i], await unitWorkbook(m.spec));

    const parse = async (): Promise<void> => {
      for (const p of paths)
        await new ExcelJS.Workbook().xlsx.load((await readFile(p)) as unknown as ExcelJS.Buffer);
    };
    const tally = async (): Promise<void> => {
      const t = await tallyProvince(
        paths.map((p) => ({ name: p, readSheets: () => readSheetsOf(p) })),
        { registry, plan, reportDate: TALLY_DATE },
      );
      // A tally that lost files would be fast for the wrong reason.
      const c = t.consolidation;
      if (c.unmatchedFiles.length + c.missingUnits.length + n - c.totals.files !== 0)
        throw new Error(
          `${c.unmatchedFiles.length} unmatched, ${c.missingUnits.length} missing, ${c.totals.files} read`,
        );
    };
    // Warm-up: JIT for both paths, and the files in the page cache.
    await parse();
    await tally();

    /** Wall and CPU milliseconds of one pass. */
    const time = async (pass: () => Promise<void>): Promise<[number, number]> => {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await pass();
      const c = process.cpuUsage(c0);
      return [performance.now() - t0, (c.user + c.system) / 1000];
    };
    const parseRuns: [number, number][] = [];
    const tallyRuns: [number, number][] = [];
    for (let r = 0; r < rounds; r++) {
      parseRuns.push(await time(parse));
      tallyRuns.push(await time(tally));
    }
    const [p, pCpu] = [0, 1].map((i) => median(parseRuns.map((x) => x[i])));
    const [c, cCpu] = [0, 1].map((i) => median(tallyRuns.map((x) => x[i])));
    const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
    return {
      files: n,
      rounds,
      ratioToParse: ratio(c, p),
      cpuRatioToParse: ratio(cCpu, pCpu),
      filesPerSecond: Math.round(n / (c / 1000)),
      parseMs: Math.round(p),
      consolidateMs: Math.round(c),
      parseCpuMs: Math.round(pCpu),
      consolidateCpuMs: Math.round(cCpu),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module)
  void benchConsolidate(Number(process.argv[2] ?? 700), Number(process.argv[3] ?? 5)).then((r) =>
    process.stdout.write(JSON.stringify({ consolidate: r }, null, 2) + "\n"),
  );
