/**
 * What both commands take from their flags: the plan (built in or a JSON file), dates, and the
 * check options. Every mistake is a `UsageError` with a Vietnamese message (exit code 2).
 */
import { readFile } from "node:fs/promises";
import { UNIT_KIND_LABELS } from "../core/labels";
import {
  getBuiltinPlan,
  parsePlanText,
  periodById,
  reportPeriods,
  unknownPlanMessage,
  type Plan,
} from "../core/plan";
import { UNIT_KINDS, type CheckOptions, type ReportPeriod, type UnitKind } from "../core/types";
import { parseProfilesText, type ReadingProfile } from "../core/read";

export class UsageError extends Error {}

export const DEFAULT_PLAN = "an-giang-2025";

/** The flags of `kiem-tra` as commander hands them over. */
export interface CheckFlags {
  keHoach?: string;
  loaiDonVi?: string;
  tenDonVi?: string;
  daPhatDong?: boolean;
  chuaPhatDong?: boolean;
  ngayBaoCao?: string;
  /** Kỳ báo cáo: "nam-2025", "6-thang-2025", "giai-doan", "dot". */
  kyBaoCao?: string;
  /** The unit's own due date (dd/mm/yyyy) where the plan states none. */
  hanNop?: string;
  json?: boolean;
  xuat?: string;
  cachDoc?: string;
}

/** Today on this machine as ISO yyyy-mm-dd (the default report date). */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** "31/12/2025" → "2025-12-31"; a real date only. */
export function parseDayMonthYear(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The --ngay-bao-cao date as ISO, or `today` when the flag is absent. */
export function reportDate(flag: string | undefined, today: string): string {
  if (flag === undefined) return today;
  const iso = parseDayMonthYear(flag);
  if (iso === null) throw new UsageError(`Ngày báo cáo «${flag}» không hợp lệ: hãy ghi dạng dd/mm/yyyy.`);
  return iso;
}

/** --han-nop as ISO, or undefined when absent. */
export function dueDateFlag(flag: string | undefined): string | undefined {
  if (flag === undefined) return undefined;
  const iso = parseDayMonthYear(flag);
  if (iso === null) throw new UsageError(`Hạn nộp «${flag}» không hợp lệ: hãy ghi dạng dd/mm/yyyy.`);
  return iso;
}

/** --ky-bao-cao as a period of the plan, or undefined (the plan's default) when absent. */
export function periodFlag(flag: string | undefined, plan: Plan): ReportPeriod | undefined {
  if (flag === undefined) return undefined;
  const period = periodById(plan, flag);
  if (period !== null) return period;
  const choices = reportPeriods(plan)
    .map((p) => `  ${p.id} — ${p.label}`)
    .join("\n");
  throw new UsageError(
    `Kỳ báo cáo «${flag}» không có trong kế hoạch «${plan.id}». Hãy chọn một trong:\n${choices}`,
  );
}

/** A built-in plan id, or a path to a plan file (JSON). */
export async function loadPlan(spec: string | undefined): Promise<Plan> {
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

/** The reading profiles of --cach-doc (none without the flag); a malformed file stops the run. */
export async function loadProfiles(path: string | undefined): Promise<ReadingProfile[] | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(`Không đọc được tệp cách đọc «${path}».`);
  }
  const parsed = parseProfilesText(text, path);
  if (!parsed.ok) throw new UsageError(`Tệp cách đọc «${path}» có lỗi:\n${parsed.errors.join("\n")}`);
  return parsed.profiles;
}

function unitKind(text: string): UnitKind {
  if ((UNIT_KINDS as readonly string[]).includes(text)) return text as UnitKind;
  const choices = UNIT_KINDS.map((k) => `  ${k} — ${UNIT_KIND_LABELS[k]}`).join("\n");
  throw new UsageError(`Loại đơn vị «${text}» không có. Hãy chọn một trong:\n${choices}`);
}

/** The check options of the flags; `today` is the ISO date used when --ngay-bao-cao is absent. */
export function checkOptions(flags: CheckFlags, today: string): CheckOptions {
  if (flags.daPhatDong && flags.chuaPhatDong)
    throw new UsageError("Chỉ dùng một trong hai: --da-phat-dong hoặc --chua-phat-dong.");
  const options: CheckOptions = { reportDate: reportDate(flags.ngayBaoCao, today) };
  if (flags.loaiDonVi !== undefined) options.unitKind = unitKind(flags.loaiDonVi);
  if (flags.tenDonVi !== undefined) options.unitName = flags.tenDonVi;
  if (flags.daPhatDong) options.launched = true;
  if (flags.chuaPhatDong) options.launched = false;
  const due = dueDateFlag(flags.hanNop);
  if (due !== undefined) options.dueDate = due;
  return options;
}
