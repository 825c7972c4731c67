/**
 * Province tally throughput: n small unit workbooks (5–30 rows each) written to a temp folder
 * (generation is not timed), once per format: .xlsx (ExcelJS), and the same workbooks as .xls and
 * .ods (converted by SheetJS's writer: values only, which is what the tally reads). In the same run,
 * alternately: ExcelJS alone loading every .xlsx file in one thread (the floor, the same for every
 * format), and the whole tally as `tdkt tong-hop` does it on that format's files (read each file on
 * the worker threads, open it, read the lists, check; then match to the registry, consolidate, build
 * the sheets). ratioToParse = tally median / parse median. Goal: ≤ 1.0. The worker threads are
 * started in the warm-up round and kept, as a page keeps its Web Worker; under tsx each one
 * compiles the sources it loads, which the built CLI does not.
 * The machine may be shared: the parse's process CPU time is reported too (parseCpuMs); the
 * tally's CPU is spent in workers, which process.cpuUsage counts as well.
 *
 *   npx tsx bench/consolidate.ts [FILES] [ROUNDS]
 */
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readUnitsInParallel, WORKER_COUNT } from "../src/cli/parallel-units";
import { tallyUnits, type RegistryUnit } from "../src/core/tally";
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

type Format = "xlsx" | "xls" | "ods";
const FORMATS: Format[] = ["xlsx", "xls", "ods"];

export interface FormatResult {
  ratioToParse: number;
  /** The same over process CPU time (every thread), which a shared machine's waiting does not inflate. */
  cpuRatioToParse: number;
  filesPerSecond: number;
  consolidateMs: number;
  consolidateCpuMs: number;
}

/** The .xlsx bytes as the other format, through SheetJS's writer. */
function convert(bytes: Uint8Array, format: Format): Uint8Array {
  if (format === "xlsx") return bytes;
  const wb = XLSX.read(bytes, { type: "array", cellDates: false });
  return new Uint8Array(
    XLSX.write(wb, { type: "array", bookType: format === "xls" ? "biff8" : "ods" }) as ArrayBuffer,
  );
}

export async function benchConsolidate(
  n = 700,
  rounds = 5,
): Promise<{
  files: number;
  rounds: number;
  /** The .xlsx figure, as before formats were added. */
  ratioToParse: number;
  parseMs: number;
  parseCpuMs: number;
  /** Threads reading files: this one and the worker threads. */
  threads: number;
  formats: Record<Format, FormatResult>;
}> {
  const plan = testPlan();
  const made = Array.from({ length: n }, (_, i) => unitFile(i));
  const registry = made.map((m) => m.unit);
  const dir = await mkdtemp(join(tmpdir(), "tdkt-bench-tally-"));
  try {
    const paths: Record<Format, string[]> = { xlsx: [], xls: [], ods: [] };
    for (const format of FORMATS) await mkdir(join(dir, format), { recursive: true });
    for (const m of made) {
      const xlsx = new Uint8Array(await unitWorkbook(m.spec));
      for (const format of FORMATS) {
        const path = join(dir, format, m.spec.fileName.replace(/\.xlsx$/, `.${format}`));
        await writeFile(path, convert(xlsx, format));
        paths[format].push(path);
      }
    }

    const parse = async (): Promise<void> => {
      for (const p of paths.xlsx)
        await new ExcelJS.Workbook().xlsx.load((await readFile(p)) as unknown as ExcelJS.Buffer);
    };
    const tally = (format: Format) => async (): Promise<void> => {
      const units = await readUnitsInParallel(paths[format], { plan, reportDate: TALLY_DATE });
      const t = tallyUnits(units, { registry, plan, reportDate: TALLY_DATE });
      // A tally that lost files would be fast for the wrong reason.
      const c = t.consolidation;
      if (c.unmatchedFiles.length + c.missingUnits.length + n - c.totals.files !== 0)
        throw new Error(
          `${format}: ${c.unmatchedFiles.length} unmatched, ${c.missingUnits.length} missing, ${c.totals.files} read`,
        );
    };
    // Warm-up: JIT for every path, and the files in the page cache.
    await parse();
    for (const format of FORMATS) await tally(format)();

    /** Wall and CPU milliseconds of one pass. */
    const time = async (pass: () => Promise<void>): Promise<[number, number]> => {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await pass();
      const c = process.cpuUsage(c0);
      return [performance.now() - t0, (c.user + c.system) / 1000];
    };
    const parseRuns: [number, number][] = [];
    const tallyRuns: Record<Format, [number, number][]> = { xlsx: [], xls: [], ods: [] };
    for (let r = 0; r < rounds; r++) {
      parseRuns.push(await time(parse));
      for (const format of FORMATS) tallyRuns[format].push(await time(tally(format)));
    }
    const [p, pCpu] = [0, 1].map((i) => median(parseRuns.map((x) => x[i])));
    const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
    const formats = {} as Record<Format, FormatResult>;
    for (const format of FORMATS) {
      const [c, cCpu] = [0, 1].map((i) => median(tallyRuns[format].map((x) => x[i])));
      formats[format] = {
        ratioToParse: ratio(c, p),
        cpuRatioToParse: ratio(cCpu, pCpu),
        filesPerSecond: Math.round(n / (c / 1000)),
        consolidateMs: Math.round(c),
        consolidateCpuMs: Math.round(cCpu),
      };
    }
    return {
      files: n,
      rounds,
      ratioToParse: formats.xlsx.ratioToParse,
      parseMs: Math.round(p),
      parseCpuMs: Math.round(pCpu),
      threads: 1 + WORKER_COUNT,
      formats,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module)
  void benchConsolidate(Number(process.argv[2] ?? 700), Number(process.argv[3] ?? 5)).then((r) =>
    process.stdout.write(JSON.stringify({ consolidate: r }, null, 2) + "\n"),
  );
