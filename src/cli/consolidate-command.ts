/**
 * `tdkt tong-hop FILE…|DIR`: the province clerk's tally from the command line. Each workbook is
 * opened on the ExcelJS port and checked (its own signed date is its report date), matched to the
 * registry of units (--danh-muc), then consolidated; one bad file never stops the run.
 *
 * Progress ("Đang đọc tệp 12/700: …") goes to stderr only when stderr is a terminal, as one line
 * rewritten in place: piped or logged runs get no progress noise, only the report.
 */
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Command } from "commander";
import { getBuiltinPlan, parsePlanText, unknownPlanMessage, type Plan } from "../core/plan";
import { checkWorkbook, unreadableFile } from "../core/run";
import {
  annotateReports,
  buildConsolidationSheets,
  consolidate,
  headerTextsOf,
  readRegistry,
  signedDate,
  unitQuotaText,
  quotaResult,
  type Consolidation,
  type RegistryUnit,
} from "../core/tally";
import { KIND_LABELS, UNIT_KIND_LABELS } from "../core/labels";
import { SUBJECT_KINDS, type FileReport } from "../core/types";
import { createWorkbook, openWorkbook } from "../workbook";

export interface ConsolidateOptions {
  keHoach?: string;
  danhMuc?: string;
  ngayBaoCao?: string;
  json?: boolean;
  xuat?: string;
}

export interface ConsolidateIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress is shown only then). */
  stderrIsTTY?: boolean;
  /** Today as ISO yyyy-mm-dd, for the default report date. */
  today?: () => string;
}

export const DEFAULT_PLAN = "an-giang-2025";
const STATUS_TEXT = { "da-nop": "Đã nộp", "chua-nop": "Chưa nộp", "loi-tep": "Lỗi tệp" } as const;

class UsageError extends Error {}

/** "31/12/2025" → "2025-12-31"; a real date only. */
export function parseDayMonthYear(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

async function loadPlan(spec: string | undefined): Promise<Plan> {
  const id = spec ?? DEFAULT_PLAN;
  const builtin = getBuiltinPlan(id);
  if (builtin) return builtin;
  if (!/\.json$/i.test(id)) throw new UsageError(unknownPlanMessage(id));
  let text: string;
  try {
    text = await readFile(id, "utf8");
  } catch {
    throw new UsageError(`Không đọc được tệp kế hoạch «${id}».`);
  }
  const parsed = parsePlanText(text, id);
  if (!parsed.ok) throw new UsageError(parsed.errors.join("\n"));
  return parsed.plan;
}

const collator = new Intl.Collator("vi");

/** Files as given; a folder becomes its .xlsx files (not Excel's "~$" lock files), in Vietnamese order. */
async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(input))
        .filter((n) => extname(n).toLowerCase() === ".xlsx" && !n.startsWith("~$"))
        .sort(collator.compare);
      files.push(...names.map((n) => join(input, n)));
    } else files.push(input);
  }
  return files;
}

async function loadRegistry(path: string, io: ConsolidateIo): Promise<RegistryUnit[]> {
  let sheets;
  try {
    const port = await openWorkbook(new Uint8Array(await readFile(path)), basename(path));
    sheets = await port.readSheets();
  } catch (e) {
    throw new UsageError(
      `Không đọc được danh mục đơn vị «${path}»: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const { units, findings } = readRegistry(sheets);
  for (const f of findings) io.stderr(`Danh mục đơn vị${f.cell ? ` (ô ${f.cell})` : ""}: ${f.message}\n`);
  if (units.length === 0) throw new UsageError(`Danh mục đơn vị «${path}» không có đơn vị nào đọc được.`);
  return units;
}

export interface ReadUnitFile {
  report: FileReport;
  headerTexts: string[];
}

/** One unit workbook opened and checked; an unreadable file gives a report with its error, never a throw. */
export async function readUnitFile(path: string, plan: Plan, tallyDate: string): Promise<ReadUnitFile> {
  const name = basename(path);
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(path));
  } catch {
    return {
      report: unreadableFile(path, `Không mở được tệp «${name}»: tệp không tồn tại hoặc không có quyền đọc.`),
      headerTexts: [],
    };
  }
  try {
    const sheets = await (await openWorkbook(data, name)).readSheets();
    // The date the unit signed its list is its report date; a list with none is dated by the tally.
    const report = checkWorkbook(path, sheets, plan, { reportDate: signedDate(sheets) ?? tallyDate });
    return { report, headerTexts: headerTextsOf(sheets, report.lists) };
  } catch (e) {
    return { report: unreadableFile(path, e instanceof Error ? e.message : String(e)), headerTexts: [] };
  }
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
      pad(STATUS_TEXT[u.status] + (u.late ? "*" : ""), 10),
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
  if (t) lines.push(`Chỉ tiêu toàn tỉnh: ${t.actual}/${t.min ?? t.max} — ${quotaResult(t)}.`);
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
    files: reports.map((r) => ({
      file: r.file,
      error: r.error,
      lists: r.lists.map((l) => ({
        sheet: l.sheet,
        headerRows: l.headerRows,
        columns: l.columns,
        encoding: l.encoding,
        counts: SUBJECT_KINDS.reduce(
          (acc, k) => ({ ...acc, [k]: l.records.filter((rec) => rec.kind === k).length }),
          {} as Record<string, number>,
        ),
        records: l.records.map((rec) => ({ row: rec.row, kind: rec.kind, fields: rec.fields })),
        findings: l.findings,
      })),
      findings: r.findings,
      quota: r.quota.map((q) => ({ kind: q.kind, min: q.min, max: q.max, actual: q.actual, met: q.met })),
    })),
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
    if (inputs.length === 0) throw new UsageError("Cần ít nhất một tệp .xlsx hoặc một thư mục chứa các tệp.");
    let tallyDate = (io.today ?? localToday)();
    if (options.ngayBaoCao !== undefined) {
      const iso = parseDayMonthYear(options.ngayBaoCao);
      if (iso === null)
        throw new UsageError(`Ngày báo cáo «${options.ngayBaoCao}» không hợp lệ: hãy ghi dạng dd/mm/yyyy.`);
      tallyDate = iso;
    }
    const plan = await loadPlan(options.keHoach);
    const registry = options.danhMuc !== undefined ? await loadRegistry(options.danhMuc, io) : null;
    const paths = await expandInputs(inputs);
    if (paths.length === 0) throw new UsageError("Không có tệp .xlsx nào để tổng hợp.");

    const read: ReadUnitFile[] = [];
    for (let i = 0; i < paths.length; i++) {
      if (io.stderrIsTTY) io.stderr(`\r\x1b[2KĐang đọc tệp ${i + 1}/${paths.length}: ${basename(paths[i])}`);
      read.push(await readUnitFile(paths[i], plan, tallyDate));
    }
    if (io.stderrIsTTY) io.stderr("\r\x1b[2K");

    const c = consolidate({
      reports: read.map((r) => r.report),
      headerTexts: read.map((r) => r.headerTexts),
      registry,
      plan,
      reportDate: tallyDate,
    });
    const reports = annotateReports(
      read.map((r) => r.report),
      c,
      plan,
    );
    io.stdout(
      options.json
        ? JSON.stringify(consolidationJson(plan, reports, c), null, 2) + "\n"
        : formatConsolidation(c, reports),
    );

    if (options.xuat !== undefined) {
      const out = createWorkbook();
      for (const sheet of buildConsolidationSheets(c, plan)) await out.writeSheet(sheet);
      await writeFile(options.xuat, await out.save());
      if (!options.json) io.stdout(`Đã ghi bảng tổng hợp vào ${options.xuat}.\n`);
    }

    if (reports.some((r) => r.error !== null)) return 2;
    const hasError = reports.some((r) =>
      [...r.findings, ...r.lists.flatMap((l) => l.findings)].some((f) => f.severity === "error"),
    );
    return hasError ? 1 : 0;
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
    .argument("<tệp-hoặc-thư-mục...>", "các tệp .xlsx của đơn vị, hoặc thư mục chứa chúng")
    .option("--ke-hoach <mã|tệp.json>", "kế hoạch áp dụng", DEFAULT_PLAN)
    .option("--danh-muc <tệp.xlsx>", 'danh mục đơn vị (trang "Danh mục đơn vị": tên, loại đơn vị, khối/cụm)')
    .option("--ngay-bao-cao <dd/mm/yyyy>", "ngày tổng hợp (mặc định: hôm nay)")
    .option("--json", "in báo cáo dạng JSON")
    .option("--xuat <tệp.xlsx>", "ghi bảng tổng hợp ra tệp Excel")
    .action(async (inputs: string[], options: ConsolidateOptions) => {
      done(await runConsolidate(inputs, options, io));
    });
}
