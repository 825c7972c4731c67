/**
 * `npm run demo`: every bundled sample through the pipeline `tdkt kiem-tra --xuat` uses — open on the
 * ExcelJS port, check against its plan (a nomination list or the media log), write its summary to
 * out/tong-hop-<sample>.xlsx — and what came out, in Vietnamese.
 *
 *   node dist/node/cli/demo.js [SAMPLES_DIR] [OUT_DIR]
 */
import { mkdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { documentFindings } from "../core/findings";
import { KIND_LABELS, UNIT_KIND_LABELS } from "../core/labels";
import type { MediaReport } from "../core/media";
import { getBuiltinPlan, type Plan } from "../core/plan";
import { quotaBounds, quotaKinds, quotaOutcome } from "../core/summary";
import { SUBJECT_KINDS, type CheckOptions, type FileReport, type UnitKind } from "../core/types";
import { checkFile, exportSummaries } from "./check-command";
import { severityCounts } from "./format-table";
import { errorMessage } from "../core/run";

/** A bundled sample and what its clerk would tell the pane (samples/README.md describes each). */
export interface DemoSample {
  file: string;
  plan: string;
  /** The unit that sent a nomination list; a media log has none. */
  unitKind?: UnitKind;
  unitName?: string;
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
  { file: "an-giang-2021-nhat-ky-tin-bai.xlsx", plan: "an-giang-2021", reportDate: "2021-05-10" },
];

export interface DemoResult {
  file: string;
  /** Where the summary was written, or null when the sample could not be processed. */
  out: string | null;
}

function nominationLines(sample: DemoSample, report: FileReport): string[] {
  const total = SUBJECT_KINDS.reduce((n, k) => n + report.counts[k], 0);
  const counts = SUBJECT_KINDS.map((k) => `${report.counts[k]} ${KIND_LABELS[k].toLowerCase()}`).join(", ");
  const unit = sample.unitKind ? ` (${UNIT_KIND_LABELS[sample.unitKind].toLowerCase()})` : "";
  return [
    `  Đơn vị: ${sample.unitName ?? "…"}${unit}`,
    `  Số lượng: ${counts} (tổng ${total})`,
    ...(report.quota.length === 0
      ? ["  Chỉ tiêu: kế hoạch không đặt chỉ tiêu cho loại đơn vị này"]
      : report.quota.map(
          (q) => `  Chỉ tiêu ${quotaKinds(q)}: ${q.actual}/${quotaBounds(q)} — ${quotaOutcome(q)}`,
        )),
  ];
}

function mediaLines(report: MediaReport): string[] {
  const items = report.logs.reduce((n, l) => n + l.items.length, 0);
  const met = report.quota.filter((q) => q.met).length;
  return [
    `  Nhật ký tin bài: ${items} tin bài, tháng ${report.months.join(", ")}`,
    `  Chỉ tiêu hằng tháng (cơ quan × loại × tháng): đạt ${met}/${report.quota.length}`,
    `  Tin bài gửi trễ: ${report.late.length}`,
  ];
}

/** Checks one sample and writes its summary; the lines to print, or a thrown reason. */
async function demoSample(sample: DemoSample, plan: Plan, path: string, out: string): Promise<string[]> {
  const options: CheckOptions = {
    unitKind: sample.unitKind,
    unitName: sample.unitName,
    reportDate: sample.reportDate,
    launched: sample.launched,
  };
  const checked = await checkFile(path, plan, options);
  const { doc } = checked;
  if (doc.report.error !== null) throw new Error(doc.report.error);
  let warnings = "";
  await exportSummaries(out, [checked], { stdout: () => undefined, stderr: (t) => void (warnings += t) });
  if (warnings !== "") throw new Error(warnings.trim());
  return [
    `Mẫu: ${sample.file}`,
    `  Kế hoạch: ${plan.id} — ${plan.title}`,
    ...(doc.listType === "media" ? mediaLines(doc.report) : nominationLines(sample, doc.report)),
    `  Kết quả kiểm tra: ${severityCounts(documentFindings(doc))}`,
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
    const out = join(outDir, `tong-hop-${basename(sample.file, ".xlsx")}.xlsx`);
    try {
      if (!plan) throw new Error(`không có kế hoạch «${sample.plan}»`);
      (await demoSample(sample, plan, join(samplesDir, sample.file), out)).forEach(print);
      results.push({ file: sample.file, out });
    } catch (error) {
      print(`Mẫu: ${sample.file}`);
      print(`  Không xử lý được: ${errorMessage(error)}`);
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
