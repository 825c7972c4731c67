/**
 * `npm run demo`: every bundled sample through the pipeline the CLI uses — open on the ExcelJS port,
 * check against its plan, build the "Tổng hợp" sheet, write it to out/tong-hop-<sample>.xlsx — and
 * what came out, in Vietnamese.
 *
 *   node dist/node/cli/demo.js [SAMPLES_DIR] [OUT_DIR]
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { KIND_LABELS, UNIT_KIND_LABELS } from "../core/labels";
import { getBuiltinPlan } from "../core/plan";
import { checkWorkbook } from "../core/run";
import {
  buildSummarySheet,
  quotaBounds,
  quotaGap,
  quotaKinds,
  quotaVerdict,
  summaryData,
  type SummaryInput,
} from "../core/summary";
import { SUBJECT_KINDS, type UnitKind } from "../core/types";
import { createWorkbook, openWorkbook } from "../workbook";

/** A bundled sample and what its clerk would tell the pane (samples/README.md describes each). */
export interface DemoSample {
  file: string;
  plan: string;
  unitKind: UnitKind;
  unitName: string;
  /** ISO date the unit sends its list (the date it signed). */
  reportDate: string;
  launched?: boolean;
}

export const DEMO_SAMPLES: readonly DemoSample[] = [
  {
    file: "an-giang-2025-xa-my-hoa-hung.xlsx",
    plan: "an-giang-2025",
    unitKind: "xa",
    unitName: "UBND xã Mỹ Hòa Hưng",
    reportDate: "2025-11-10",
  },
  {
    file: "binh-dinh-2022-2025-doanh-nghiep-thuy-san.xlsx",
    plan: "binh-dinh-2022-2025",
    unitKind: "doanh-nghiep",
    unitName: "Công ty Cổ phần Thủy sản Hoài Nhơn",
    reportDate: "2025-11-05",
  },
  {
    file: "an-giang-dot-dac-biet-2025-so-nong-nghiep.xlsx",
    plan: "an-giang-dot-dac-biet-2025",
    unitKind: "so-ban-nganh",
    unitName: "Sở Nông nghiệp và Môi trường",
    reportDate: "2025-07-15",
    launched: true,
  },
  {
    file: "so-tttt-2022-2025-dien-hinh.xlsx",
    plan: "so-tttt-2022-2025",
    unitKind: "so-ban-nganh",
    unitName: "Sở Thông tin và Truyền thông",
    reportDate: "2025-12-15",
  },
];

export interface DemoResult {
  file: string;
  /** Where the summary was written, or null when the sample could not be processed. */
  out: string | null;
}

/** The lines printed for one checked sample. */
export function describeSample(sample: DemoSample, input: SummaryInput, out: string): string[] {
  const { report, plan } = input;
  const data = summaryData(input);
  const counts = SUBJECT_KINDS.map((k) => `${report.counts[k]} ${KIND_LABELS[k].toLowerCase()}`).join(", ");
  const quota =
    report.quota.length === 0
      ? ["  Chỉ tiêu: kế hoạch không đặt chỉ tiêu cho loại đơn vị này"]
      : report.quota.map((q) => {
          const gap = quotaGap(q);
          return `  Chỉ tiêu ${quotaKinds(q)}: ${q.actual}/${quotaBounds(q)} — ${quotaVerdict(q)}${gap ? ` (${gap})` : ""}`;
        });
  return [
    `Mẫu: ${sample.file}`,
    `  Kế hoạch: ${plan.id} — ${plan.title}`,
    `  Đơn vị: ${sample.unitName} (${UNIT_KIND_LABELS[sample.unitKind].toLowerCase()})`,
    `  Số lượng: ${counts} (tổng ${data.total})`,
    ...quota,
    `  Kết quả kiểm tra: ${data.bySeverity.error} lỗi, ${data.bySeverity.warning} cảnh báo, ${data.bySeverity.info} thông tin`,
    `  Đã ghi bảng tổng hợp vào: ${out}`,
  ];
}

export async function runDemo(
  samplesDir: string,
  outDir: string,
  print: (line: string) => void,
  samples: readonly DemoSample[] = DEMO_SAMPLES,
): Promise<DemoResult[]> {
  await mkdir(outDir, { recursive: true });
  const results: DemoResult[] = [];
  for (const sample of samples) {
    const plan = getBuiltinPlan(sample.plan);
    const path = join(samplesDir, sample.file);
    try {
      if (!plan) throw new Error(`không có kế hoạch «${sample.plan}»`);
      const sheets = await (
        await openWorkbook(new Uint8Array(await readFile(path)), sample.file)
      ).readSheets();
      const options = {
        unitKind: sample.unitKind,
        unitName: sample.unitName,
        reportDate: sample.reportDate,
        launched: sample.launched,
      };
      const input: SummaryInput = {
        report: checkWorkbook(sample.file, sheets, plan, options),
        plan,
        options,
        madeOn: sample.reportDate,
      };
      const book = createWorkbook();
      await book.writeSheet(buildSummarySheet(input));
      const out = join(outDir, `tong-hop-${basename(sample.file, ".xlsx")}.xlsx`);
      await writeFile(out, await book.save());
      describeSample(sample, input, out).forEach(print);
      results.push({ file: sample.file, out });
    } catch (error) {
      print(`Mẫu: ${sample.file}`);
      print(`  Không xử lý được: ${error instanceof Error ? error.message : String(error)}`);
      results.push({ file: sample.file, out: null });
    }
    print("");
  }
  return results;
}

async function main(): Promise<void> {
  const samplesDir = resolve(process.argv[2] ?? "samples");
  const outDir = resolve(process.argv[3] ?? "out");
  const results = await runDemo(samplesDir, outDir, (line) => process.stdout.write(`${line}\n`));
  const done = results.filter((r) => r.out !== null).length;
  process.stdout.write(`Đã lập ${done}/${results.length} bảng tổng hợp trong ${outDir}\n`);
  if (done < results.length) process.exitCode = 2;
}

if (require.main === module) void main();
