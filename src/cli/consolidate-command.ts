/**
 * `tdkt tong-hop FILE…|DIR`: the province clerk's tally from the command line. The files are read
 * from disk and handed to the core's tally (src/core/tally), which checks each one (its own signed
 * date is its report date), matches it to the registry of units (--danh-muc) and consolidates;
 * one bad file never stops the run.
 *
 * Progress ("Đang đọc tệp 12/700: …") goes to stderr only when stderr is a terminal, as one line
 * rewritten in place: piped or logged runs get no progress noise, only the report.
 */
import { readdir, stat, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Command } from "commander";
import { KIND_LABELS, UNIT_KIND_LABELS } from "../core/labels";
import type { Plan } from "../core/plan";
import { quotaBounds, quotaOutcome } from "../core/summary";
import {
  readRegistry,
  STATUS_LABELS,
  tallyUnits,
  unitQuotaText,
  type Consolidation,
  type RegistryUnit,
} from "../core/tally";
import { SUBJECT_KINDS, type FileReport } from "../core/types";
import { createWorkbook } from "../workbook";
import {
  DEFAULT_PLAN,
  dueDateFlag,
  loadPlan,
  loadProfiles,
  localToday,
  periodFlag,
  reportDate,
  UsageError,
} from "./options";
import { errorMessage } from "../core/run";
import { readUnitsInParallel } from "./parallel-units";
import { readSheetsOf } from "./read-file";
import { exitCode, fileReportJson, nominationDocuments } from "./report-json";

export interface ConsolidateOptions {
  keHoach?: string;
  danhMuc?: string;
  ngayBaoCao?: string;
  kyBaoCao?: string;
  hanNop?: string;
  json?: boolean;
  xuat?: string;
  cachDoc?: string;
}

export interface ConsolidateIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress is shown only then). */
  stderrIsTTY?: boolean;
  /** Today as ISO yyyy-mm-dd, for the default report date. */
  today?: () => string;
}

const collator = new Intl.Collator("vi");

/** The workbook files a folder may hold; a folder may mix them. */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".ods"]);

/** Files as given; a folder becomes its workbook files (not Excel's "~$" lock files), in Vietnamese order. */
async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(input))
        .filter((n) => WORKBOOK_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith("~$"))
        .sort(collator.compare);
      files.push(...names.map((n) => join(input, n)));
    } else files.push(input);
  }
  return files;
}

async function loadRegistry(path: string, io: ConsolidateIo): Promise<RegistryUnit[]> {
  let sheets;
  try {
    sheets = await readSheetsOf(path);
  } catch (e) {
    throw new UsageError(`Không đọc được danh mục đơn vị «${path}»: ${errorMessage(e)}`);
  }
  const { units, findings } = readRegistry(sheets);
  for (const f of findings) io.stderr(`Danh mục đơn vị${f.cell ? ` (ô ${f.cell})` : ""}: ${f.message}\n`);
  if (units.length === 0) throw new UsageError(`Danh mục đơn vị «${path}» không có đơn vị nào đọc được.`);
  return units;
}

const BAR_WIDTH = 20;

/** "[██████░░░░░░░░░░░░░░]": the share of files already read. */
export function progressBar(done: number, total: number): string {
  const full = total > 0 ? Math.round((done / total) * BAR_WIDTH) : 0;
  return `[${"█".repeat(full)}${"░".repeat(BAR_WIDTH - full)}]`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** The tally as Vietnamese text for the terminal. */
export function formatConsolidation(c: Consolidation, reports: readonly FileReport[]): string {
  const lines: string[] = [];
  const nameWidth = Math.min(40, Math.max(10, ...c.units.map((u) => u.unit.length)));
  lines.push(`TỔNG HỢP ${c.units.length} ĐƠN VỊ — ${reports.length} tệp`);
  lines.push(
    `${pad("STT", 4)} ${pad("Đơn vị", nameWidth)} ${pad("Trạng thái", 10)} TT  CN  HGĐ  Lỗi  Chỉ tiêu`,
  );
  c.units.forEach((u, i) => {
    const cells = [
      pad(String(i + 1), 4),
      pad(u.unit, nameWidth),
      pad(STATUS_LABELS[u.status] + (u.late ? "*" : ""), 10),
      pad(String(u.counts["tap-the"]), 3),
      pad(String(u.counts["ca-nhan"]), 3),
      pad(String(u.counts["ho-gia-dinh"]), 4),
      pad(String(u.errors), 4),
      unitQuotaText(u.quota),
    ];
    lines.push(cells.join(" "));
  });
  if (c.units.some((u) => u.late)) lines.push("(*) trễ hạn");
  lines.push("");
  lines.push(
    "Toàn tỉnh: " + SUBJECT_KINDS.map((k) => `${KIND_LABELS[k]} ${c.totals.byKind[k]}`).join(", ") + ".",
  );
  const t = c.provinceTarget;
  if (t) lines.push(`Chỉ tiêu toàn tỉnh: ${t.actual}/${quotaBounds(t)} — ${quotaOutcome(t)}.`);
  if (c.missingUnits.length > 0)
    lines.push(`Chưa nộp (${c.missingUnits.length}): ${c.missingUnits.join("; ")}.`);
  if (c.unmatchedFiles.length > 0)
    lines.push(
      `Tệp không khớp đơn vị nào (${c.unmatchedFiles.length}): ${c.unmatchedFiles.map((f) => basename(f)).join("; ")}.`,
    );
  for (const r of reports) if (r.error !== null) lines.push(`Lỗi tệp ${basename(r.file)}: ${r.error}`);
  if (c.duplicates.length > 0) {
    lines.push(`Trùng lặp giữa các đơn vị (${c.duplicates.length}):`);
    for (const d of c.duplicates)
      lines.push(`  - ${d.name}: ${[...new Set(d.units.map((o) => o.unit))].join("; ")}`);
  }
  return lines.join("\n") + "\n";
}

/** The JSON report of DESIGN.md with its `consolidation` section. */
export function consolidationJson(plan: Plan, reports: readonly FileReport[], c: Consolidation): unknown {
  return {
    plan: plan.id,
    files: reports.map(fileReportJson),
    consolidation: {
      ...c,
      units: c.units.map((u) => ({ ...u, kindLabel: u.kind ? UNIT_KIND_LABELS[u.kind] : null })),
    },
  };
}

/** Runs `tong-hop`; resolves to the exit code (0 no errors, 1 error findings, 2 usage error or unreadable input). */
export async function runConsolidate(
  inputs: string[],
  options: ConsolidateOptions,
  io: ConsolidateIo,
): Promise<number> {
  try {
    if (inputs.length === 0)
      throw new UsageError(
        "Cần ít nhất một tệp bảng tính (.xlsx, .xlsm, .xls, .ods) hoặc một thư mục chứa các tệp.",
      );
    const tallyDate = reportDate(options.ngayBaoCao, (io.today ?? localToday)());
    const plan = await loadPlan(options.keHoach);
    const profiles = await loadProfiles(options.cachDoc);
    const registry = options.danhMuc !== undefined ? await loadRegistry(options.danhMuc, io) : null;
    const paths = await expandInputs(inputs);
    if (paths.length === 0)
      throw new UsageError("Không có tệp bảng tính (.xlsx, .xlsm, .xls, .ods) nào để tổng hợp.");

    // Read and checked on every core (worker threads); consolidated here.
    const period = periodFlag(options.kyBaoCao, plan);
    const dueDate = dueDateFlag(options.hanNop);
    const units = await readUnitsInParallel(
      paths,
      { plan, reportDate: tallyDate, period, dueDate, profiles },
      io.stderrIsTTY
        ? (p) =>
            io.stderr(
              `\r\x1b[2K${progressBar(p.current - 1, p.total)} Đang đọc tệp ${p.current}/${p.total}: ${basename(p.name)}`,
            )
        : undefined,
    );
    const tally = tallyUnits(units, { registry, plan, reportDate: tallyDate, period, dueDate });
    if (io.stderrIsTTY) io.stderr("\r\x1b[2K");
    const { consolidation: c, reports } = tally;
    io.stdout(
      options.json
        ? JSON.stringify(consolidationJson(plan, reports, c), null, 2) + "\n"
        : formatConsolidation(c, reports),
    );

    if (options.xuat !== undefined) {
      const out = createWorkbook();
      for (const sheet of tally.sheets) await out.writeSheet(sheet);
      await writeFile(options.xuat, await out.save());
      if (!options.json) io.stdout(`Đã ghi bảng tổng hợp vào ${options.xuat}.\n`);
    }
    return exitCode(nominationDocuments(reports));
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(e.message + "\n");
      return 2;
    }
    throw e;
  }
}

/** Adds `tong-hop` to the `tdkt` program; `done` receives the exit code. */
export function registerConsolidateCommand(
  program: Command,
  io: ConsolidateIo,
  done: (code: number) => void,
): Command {
  return program
    .command("tong-hop")
    .description("Tổng hợp danh sách của nhiều đơn vị thành bảng tổng hợp toàn tỉnh")
    .argument(
      "<tệp-hoặc-thư-mục...>",
      "các tệp bảng tính (.xlsx, .xlsm, .xls, .ods) của đơn vị, hoặc thư mục chứa chúng",
    )
    .option("--ke-hoach <mã|tệp.json>", "kế hoạch áp dụng", DEFAULT_PLAN)
    .option("--danh-muc <tệp.xlsx>", 'danh mục đơn vị (trang "Danh mục đơn vị": tên, loại đơn vị, khối/cụm)')
    .option("--ngay-bao-cao <dd/mm/yyyy>", "ngày tổng hợp (mặc định: hôm nay)")
    .option("--ky-bao-cao <kỳ>", "kỳ báo cáo: nam-YYYY, 6-thang-YYYY, giai-doan hoặc dot")
    .option("--han-nop <dd/mm/yyyy>", "hạn nộp do Sở Nội vụ đặt, khi kế hoạch không ghi ngày cho kỳ báo cáo")
    .option("--json", "in báo cáo dạng JSON")
    .option("--xuat <tệp.xlsx>", "ghi bảng tổng hợp ra tệp Excel")
    .option("--cach-doc <tệp.json>", "cách đọc đã sửa cho mẫu danh sách, áp dụng cho mọi tệp cùng mẫu")
    .action(async (inputs: string[], options: ConsolidateOptions) => {
      done(await runConsolidate(inputs, options, io));
    });
}
