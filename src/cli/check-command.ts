/**
 * `tdkt kiem-tra FILE…`: each workbook opened on the ExcelJS port and checked against the plan;
 * an unreadable file is reported and the others still processed. Exit 0: no error findings;
 * 1: error findings; 2: a usage error or an unreadable file.
 */
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import type { Plan } from "../core/plan";
import { checkWorkbook, unreadableFile } from "../core/run";
import { buildSummarySheet } from "../core/summary";
import type { CheckOptions, FileReport } from "../core/types";
import { createWorkbook, openWorkbook } from "../workbook";
import { DEFAULT_PLAN } from "./consolidate-command";
import { formatCheckReport } from "./format-table";
import { checkOptions, loadPlan, UsageError, type CheckFlags } from "./options";
import { checkReportJson } from "./report-json";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today as ISO yyyy-mm-dd (the default report date); the machine's local date when absent. */
  today?: () => string;
}

export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** One file checked; a file that cannot be opened gives a report carrying its error, never a throw. */
export async function checkFile(path: string, plan: Plan, options: CheckOptions): Promise<FileReport> {
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(path));
  } catch {
    return unreadableFile(
      path,
      `Không mở được tệp «${basename(path)}»: tệp không tồn tại hoặc không có quyền đọc.`,
    );
  }
  let sheets;
  try {
    sheets = await (await openWorkbook(data, basename(path))).readSheets();
  } catch (e) {
    return unreadableFile(path, e instanceof Error ? e.message : String(e));
  }
  return checkWorkbook(path, sheets, plan, options);
}

/** The "Tổng hợp" sheet of every readable file in one workbook (several files: numbered sheet names). */
export async function exportSummaries(
  out: string,
  reports: readonly FileReport[],
  plan: Plan,
  options: CheckOptions,
): Promise<void> {
  const book = createWorkbook();
  const readable = reports.filter((r) => r.error === null);
  for (const [i, report] of readable.entries()) {
    const sheet = buildSummarySheet({ report, plan, options, madeOn: options.reportDate });
    await book.writeSheet(readable.length > 1 ? { ...sheet, name: `${sheet.name} ${i + 1}` } : sheet);
  }
  await writeFile(out, await book.save());
}

export async function runCheck(files: string[], flags: CheckFlags, io: CliIo): Promise<number> {
  try {
    if (files.length === 0) throw new UsageError("Cần ít nhất một tệp .xlsx để kiểm tra.");
    const options = checkOptions(flags, (io.today ?? localToday)());
    const plan = await loadPlan(flags.keHoach);
    const reports: FileReport[] = [];
    for (const file of files) reports.push(await checkFile(file, plan, options));
    io.stdout(
      flags.json
        ? JSON.stringify(checkReportJson(plan, reports), null, 2) + "\n"
        : formatCheckReport(reports),
    );
    if (flags.xuat !== undefined) {
      if (reports.every((r) => r.error !== null))
        io.stderr(`Không ghi ${flags.xuat}: không có tệp nào đọc được.\n`);
      else {
        await exportSummaries(flags.xuat, reports, plan, options);
        if (!flags.json) io.stdout(`Đã ghi bảng tổng hợp vào ${flags.xuat}.\n`);
      }
    }
    if (reports.some((r) => r.error !== null)) return 2;
    const findings = reports.flatMap((r) => [...r.findings, ...r.lists.flatMap((l) => l.findings)]);
    return findings.some((f) => f.severity === "error") ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(e.message + "\n");
      return 2;
    }
    throw e;
  }
}

/** Adds `kiem-tra` to the `tdkt` program; `done` receives the exit code. */
export function registerCheckCommand(program: Command, io: CliIo, done: (code: number) => void): Command {
  return program
    .command("kiem-tra")
    .description("Kiểm tra danh sách đề nghị khen thưởng trong các tệp .xlsx theo kế hoạch")
    .argument("<tệp...>", "các tệp .xlsx cần kiểm tra")
    .option(
      "--ke-hoach <mã|tệp.json>",
      `kế hoạch áp dụng: mã có sẵn hoặc tệp .json (mặc định: ${DEFAULT_PLAN})`,
    )
    .option(
      "--loai-don-vi <loại>",
      "loại đơn vị gửi danh sách (để kiểm tra chỉ tiêu), ví dụ xa, so-ban-nganh",
    )
    .option("--ten-don-vi <tên>", "tên đơn vị gửi danh sách")
    .option("--da-phat-dong", "đơn vị đã phát động phong trào thi đua")
    .option("--chua-phat-dong", "đơn vị chưa phát động phong trào thi đua")
    .option("--ngay-bao-cao <dd/mm/yyyy>", "ngày gửi báo cáo (mặc định: hôm nay)")
    .option("--json", "in báo cáo dạng JSON")
    .option("--xuat <tệp.xlsx>", "ghi bảng tổng hợp ra tệp Excel")
    .action(async (files: string[], flags: CheckFlags) => {
      done(await runCheck(files, flags, io));
    });
}
