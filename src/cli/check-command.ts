/**
 * `tdkt kiem-tra FILE…`: each workbook opened on the ExcelJS port and run through the core's one
 * entry point (checkDocument), so a nomination list and a media log are both checked; an unreadable
 * file is reported and the others still processed. Exit 0: no error findings; 1: error findings;
 * 2: a usage error or an unreadable file.
 */
import { writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { Command } from "commander";
import {
  checkDocument,
  defaultPlanFor,
  documentSummary,
  unreadableDocument,
  type CheckedDocument,
  type SummaryOutput,
} from "../core/document";
import { errorMessage } from "../core/run";
import type { Plan } from "../core/plan";
import type { SheetModel } from "../core/port";
import type { CheckOptions } from "../core/types";
import { createWorkbook } from "../workbook";
import { formatMediaReport } from "./format-media";
import { formatFileReport } from "./format-table";
import {
  checkOptions,
  DEFAULT_PLAN,
  loadPlan,
  loadProfiles,
  localToday,
  periodFlag,
  UsageError,
  type CheckFlags,
} from "./options";
import { openFile, readSheetsOf } from "./read-file";
import { checkReportJson, exitCode } from "./report-json";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today as ISO yyyy-mm-dd (the default report date); the machine's local date when absent. */
  today?: () => string;
}

export interface CheckedFile {
  path: string;
  doc: CheckedDocument;
  /** What --xuat writes for the file; null when it could not be read. */
  summary: SummaryOutput | null;
}

/**
 * One file checked; a file that cannot be opened gives a report carrying its error, never a throw.
 * `planChosen` false (no --ke-hoach): a media log is checked against the built-in media plan.
 */
export async function checkFile(
  path: string,
  chosen: Plan,
  options: CheckOptions,
  planChosen = true,
): Promise<CheckedFile> {
  let sheets;
  try {
    sheets = await readSheetsOf(path);
  } catch (e) {
    return { path, doc: unreadableDocument(path, chosen, errorMessage(e)), summary: null };
  }
  const plan = planChosen ? chosen : defaultPlanFor(sheets, chosen);
  const doc = checkDocument(path, sheets, plan, options);
  return { path, doc, summary: documentSummary(doc, sheets, plan, options) };
}

export function formatCheckReport(docs: readonly CheckedDocument[]): string {
  return docs
    .flatMap((d) => [
      ...(d.listType === "media" ? formatMediaReport(d.report) : formatFileReport(d.report)),
      "",
    ])
    .join("\n");
}

/** "out/tong-hop.xlsx" and "don-vi/xa-a.xlsx" → "out/tong-hop - xa-a.xlsx". */
function templateCopyPath(out: string, input: string): string {
  return join(dirname(out), `${basename(out, extname(out))} - ${basename(input, extname(input))}.xlsx`);
}

/**
 * Writes what --xuat asks for and returns the paths written. Our summary sheets ("Tổng hợp", or
 * "Tổng hợp tin bài" for a media log) go into one new workbook, numbered when there are several. A
 * clerk's template is filled in a copy of the clerk's own workbook (their file is never written):
 * that copy is `out` itself when it is the only output, else it is named after `out` and the file.
 */
export async function exportSummaries(
  out: string,
  files: readonly CheckedFile[],
  io: CliIo,
): Promise<string[]> {
  const sheets: SheetModel[] = [];
  const templates: { path: string; filled: Extract<SummaryOutput, { kind: "template" }> }[] = [];
  for (const f of files) {
    if (f.summary?.kind === "sheet") sheets.push(f.summary.sheet);
    else if (f.summary?.kind === "template") templates.push({ path: f.path, filled: f.summary });
  }
  const written: string[] = [];
  if (sheets.length > 0) {
    const book = createWorkbook();
    for (const [i, sheet] of sheets.entries())
      await book.writeSheet(sheets.length > 1 ? { ...sheet, name: `${sheet.name} ${i + 1}` } : sheet);
    await writeFile(out, await book.save());
    written.push(out);
  }
  for (const { path, filled } of templates) {
    const target = sheets.length === 0 && templates.length === 1 ? out : templateCopyPath(out, path);
    const book = await openFile(path);
    await book.writeCells(filled.sheet, filled.cells);
    await writeFile(target, await book.save());
    written.push(target);
    if (filled.unknown.length > 0)
      io.stderr(
        `Mẫu tổng hợp trong «${basename(path)}» (trang «${filled.sheet}») có tên thay thế không có giá trị, ` +
          `để nguyên: ${filled.unknown.map((n) => `{{${n}}}`).join(", ")}.\n`,
      );
  }
  return written;
}

export async function runCheck(paths: string[], flags: CheckFlags, io: CliIo): Promise<number> {
  try {
    if (paths.length === 0)
      throw new UsageError("Cần ít nhất một tệp bảng tính (.xlsx, .xlsm, .xls, .ods, .csv) để kiểm tra.");
    const options = checkOptions(flags, (io.today ?? localToday)());
    const plan = await loadPlan(flags.keHoach);
    const period = periodFlag(flags.kyBaoCao, plan);
    if (period !== undefined) options.period = period;
    const profiles = await loadProfiles(flags.cachDoc);
    if (profiles !== undefined) options.profiles = profiles;
    const files: CheckedFile[] = [];
    for (const path of paths) files.push(await checkFile(path, plan, options, flags.keHoach !== undefined));
    const docs = files.map((f) => f.doc);
    io.stdout(
      flags.json ? JSON.stringify(checkReportJson(plan, docs), null, 2) + "\n" : formatCheckReport(docs),
    );
    if (flags.xuat !== undefined) {
      const written = await exportSummaries(flags.xuat, files, io);
      if (written.length === 0) io.stderr(`Không ghi ${flags.xuat}: không có tệp nào đọc được.\n`);
      else if (!flags.json) for (const path of written) io.stdout(`Đã ghi bảng tổng hợp vào ${path}.\n`);
    }
    return exitCode(docs);
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
    .description(
      "Kiểm tra danh sách đề nghị khen thưởng, hoặc nhật ký tin bài tuyên truyền, trong các tệp .xlsx, .xlsm, .xls, .ods, .csv theo kế hoạch",
    )
    .argument("<tệp...>", "các tệp bảng tính (.xlsx, .xlsm, .xls, .ods, .csv) cần kiểm tra")
    .option(
      "--ke-hoach <mã|tệp.json>",
      `kế hoạch áp dụng: mã có sẵn hoặc tệp .json (mặc định: ${DEFAULT_PLAN}; nhật ký tin bài: an-giang-2021)`,
    )
    .option(
      "--loai-don-vi <loại>",
      "loại đơn vị gửi danh sách (để kiểm tra chỉ tiêu), ví dụ xa, so-ban-nganh",
    )
    .option("--ten-don-vi <tên>", "tên đơn vị gửi danh sách")
    .option("--da-phat-dong", "đơn vị đã phát động phong trào thi đua")
    .option("--chua-phat-dong", "đơn vị chưa phát động phong trào thi đua")
    .option("--ngay-bao-cao <dd/mm/yyyy>", "ngày gửi báo cáo (mặc định: hôm nay)")
    .option(
      "--ky-bao-cao <kỳ>",
      "kỳ báo cáo: nam-YYYY, 6-thang-YYYY, giai-doan hoặc dot (mặc định: năm của ngày báo cáo; kế hoạch đợt thi đua: dot)",
    )
    .option("--han-nop <dd/mm/yyyy>", "hạn nộp do đơn vị tự đặt, khi kế hoạch không ghi ngày cho kỳ báo cáo")
    .option("--json", "in báo cáo dạng JSON")
    .option(
      "--xuat <tệp.xlsx>",
      "ghi bảng tổng hợp ra tệp Excel (sổ có mẫu {{…}} của đơn vị: ghi bản sao đã điền mẫu)",
    )
    .option("--cach-doc <tệp.json>", "cách đọc đã sửa cho mẫu danh sách (xuất từ khung Trợ lý)")
    .action(async (files: string[], flags: CheckFlags) => {
      done(await runCheck(files, flags, io));
    });
}
