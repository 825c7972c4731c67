/**
 * What the pane remembers in the workbook (Office document settings, or any SettingsStore): the
 * clerk's column corrections and the options last used. Values are checked on the way in, since a
 * workbook's settings may have been written by an older version or edited by hand.
 */
import type { SettingsStore } from "../../excel/settings";
import { parsePlan, type Plan } from "../../core/plan";
import { fieldKeySchema, unitKindSchema } from "../../core/plan/schema";
import { storedProfiles, type ReadingProfile } from "../../core/read";
import type { ColumnOverrides, FieldKey, ReportPeriod, UnitKind } from "../../core/types";

export const OVERRIDES_KEY = "tdkt.columnOverrides";
export const OPTIONS_KEY = "tdkt.paneOptions";
/** The plan file the clerk loaded, kept whole: the workbook opens next time with the same plan. */
export const PLAN_FILE_KEY = "tdkt.planFile";
/** The clerk's reading profiles (one per layout): in the workbook in Excel, in the browser in file mode. */
export const PROFILES_KEY = "tdkt.readingProfiles";

export function readProfiles(settings: SettingsStore): ReadingProfile[] {
  return storedProfiles(settings.get(PROFILES_KEY));
}

export function readOverrides(settings: SettingsStore): ColumnOverrides {
  const raw = settings.get(OVERRIDES_KEY);
  const out: ColumnOverrides = {};
  if (raw === null || typeof raw !== "object") return out;
  for (const [sheet, columns] of Object.entries(raw as Record<string, unknown>)) {
    if (columns === null || typeof columns !== "object") continue;
    const kept: Record<string, FieldKey | null> = {};
    for (const [column, field] of Object.entries(columns as Record<string, unknown>)) {
      if (!/^[A-Z]{1,3}$/.test(column)) continue;
      if (field === null) kept[column] = null;
      else if (fieldKeySchema.safeParse(field).success) kept[column] = field as FieldKey;
    }
    if (Object.keys(kept).length > 0) out[sheet] = kept;
  }
  return out;
}

/** The pane's own choices, remembered so the next check starts where the clerk left off. */
export interface PaneOptions {
  planId: string;
  unitKind?: UnitKind;
  unitName?: string;
  launched?: boolean;
  /** Kỳ báo cáo; the plan's default for the report date when absent. */
  period?: ReportPeriod;
  /** ISO due date the unit sets where the plan states no day. */
  dueDate?: string;
}

const PERIOD_KINDS: readonly string[] = ["6-thang", "nam", "giai-doan", "dot"];

function isPeriod(v: unknown): v is ReportPeriod {
  if (v === null || typeof v !== "object") return false;
  const { kind, year } = v as Record<string, unknown>;
  return (
    typeof kind === "string" && PERIOD_KINDS.includes(kind) && (year === undefined || Number.isInteger(year))
  );
}

export function readPaneOptions(settings: SettingsStore, fallbackPlanId: string): PaneOptions {
  const raw = settings.get(OPTIONS_KEY);
  const o = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const out: PaneOptions = { planId: typeof o.planId === "string" ? o.planId : fallbackPlanId };
  if (unitKindSchema.safeParse(o.unitKind).success) out.unitKind = o.unitKind as UnitKind;
  if (typeof o.unitName === "string") out.unitName = o.unitName;
  if (typeof o.launched === "boolean") out.launched = o.launched;
  if (isPeriod(o.period)) out.period = o.period;
  if (typeof o.dueDate === "string" && /^\d{4}-\d{2}-\d{2}$/.test(o.dueDate)) out.dueDate = o.dueDate;
  return out;
}

/** The remembered plan file, if it still passes the schema. */
export function readPlanFile(settings: SettingsStore): Plan | null {
  const raw = settings.get(PLAN_FILE_KEY);
  if (raw === undefined) return null;
  const parsed = parsePlan(raw, PLAN_FILE_KEY);
  return parsed.ok ? parsed.plan : null;
}

/**
 * The plans the pane offers and the one it starts with. When the plan last used is gone (a plan
 * file not remembered, or one that no longer passes the schema), `fallback` says so: the pane tells
 * the clerk which plan it uses instead.
 */
export function startingPlans(
  settings: SettingsStore,
  builtin: readonly Plan[],
): { plans: Plan[]; options: PaneOptions; fallback: string | null } {
  const file = readPlanFile(settings);
  const plans = file === null ? [...builtin] : [...builtin.filter((p) => p.id !== file.id), file];
  const options = readPaneOptions(settings, builtin[0].id);
  if (plans.some((p) => p.id === options.planId)) return { plans, options, fallback: null };
  return {
    plans,
    options: { ...options, planId: plans[0].id },
    fallback:
      `Không tìm thấy kế hoạch «${options.planId}» dùng lần trước trong sổ làm việc này; ` +
      `Trợ lý đang dùng «${plans[0].title}». Hãy tải lại tệp kế hoạch nếu cần.`,
  };
}
