/**
 * `kiem-tra` flags → what the core needs: the plan (built in or a JSON file) and the check options.
 * Every mistake is a `UsageError` with a Vietnamese message (exit code 2).
 */
import { readFile } from "node:fs/promises";
import { UNIT_KIND_LABELS } from "../core/labels";
import { getBuiltinPlan, parsePlanText, unknownPlanMessage, type Plan } from "../core/plan";
import { UNIT_KINDS, type CheckOptions, type UnitKind } from "../core/types";
import { DEFAULT_PLAN, parseDayMonthYear } from "./consolidate-command";

export class UsageError extends Error {}

/** The flags as commander hands them over. */
export interface CheckFlags {
  keHoach?: string;
  loaiDonVi?: string;
  tenDonVi?: string;
  daPhatDong?: boolean;
  chuaPhatDong?: boolean;
  ngayBaoCao?: string;
  json?: boolean;
  xuat?: string;
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

function unitKind(text: string): UnitKind {
  if ((UNIT_KINDS as readonly string[]).includes(text)) return text as UnitKind;
  const choices = UNIT_KINDS.map((k) => `  ${k} — ${UNIT_KIND_LABELS[k]}`).join("\n");
  throw new UsageError(`Loại đơn vị «${text}» không có. Hãy chọn một trong:\n${choices}`);
}

/** The check options of the flags; `today` is the ISO date used when --ngay-bao-cao is absent. */
export function checkOptions(flags: CheckFlags, today: string): CheckOptions {
  if (flags.daPhatDong && flags.chuaPhatDong)
    throw new UsageError("Chỉ dùng một trong hai: --da-phat-dong hoặc --chua-phat-dong.");
  let reportDate = today;
  if (flags.ngayBaoCao !== undefined) {
    const iso = parseDayMonthYear(flags.ngayBaoCao);
    if (iso === null)
      throw new UsageError(`Ngày báo cáo «${flags.ngayBaoCao}» không hợp lệ: hãy ghi dạng dd/mm/yyyy.`);
    reportDate = iso;
  }
  const options: CheckOptions = { reportDate };
  if (flags.loaiDonVi !== undefined) options.unitKind = unitKind(flags.loaiDonVi);
  if (flags.tenDonVi !== undefined) options.unitName = flags.tenDonVi;
  if (flags.daPhatDong) options.launched = true;
  if (flags.chuaPhatDong) options.launched = false;
  return options;
}
