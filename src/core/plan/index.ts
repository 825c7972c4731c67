/**
 * Plan profiles: the five seed plans built in, and plan files a clerk loads (JSON text the host
 * has read; file I/O stays in the hosts). Every problem comes back as Vietnamese lines.
 */
import { issueLines, parseJsonText, planErrorMap } from "./errors";
import { planSchema, type Plan } from "./schema";
import { AN_GIANG_2021 } from "./seeds/an-giang-2021";
import { AN_GIANG_2025 } from "./seeds/an-giang-2025";
import { AN_GIANG_DOT_DAC_BIET_2025 } from "./seeds/an-giang-dot-dac-biet-2025";
import { BINH_DINH_2022_2025 } from "./seeds/binh-dinh-2022-2025";
import { SO_TTTT_2022_2025 } from "./seeds/so-tttt-2022-2025";

export * from "./schema";
export { periodById, reportPeriods, resolvePeriod, type ResolvedPeriod } from "./period";

export type PlanParseResult = { ok: true; plan: Plan } | { ok: false; errors: string[] };

/** Validates a plan object (defaults filled in); errors are "source: path — problem" lines. */
export function parsePlan(data: unknown, source: string): PlanParseResult {
  const result = planSchema.safeParse(data, { error: planErrorMap });
  if (result.success) return { ok: true, plan: result.data };
  return { ok: false, errors: issueLines(source, result.error.issues) };
}

/** Parses a plan file's text: JSON syntax errors are reported the same way as schema errors. */
export function parsePlanText(text: string, source: string): PlanParseResult {
  const json = parseJsonText(text, source);
  return json.ok ? parsePlan(json.data, source) : json;
}

function builtin(input: unknown): Plan {
  const result = parsePlan(input, "kế hoạch có sẵn");
  // A seed that fails its own schema is a programming error, caught by the tests.
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.plan;
}

/** The five seed plans, in seed order (000 … 004). */
export const BUILTIN_PLANS: readonly Plan[] = [
  AN_GIANG_2025,
  BINH_DINH_2022_2025,
  AN_GIANG_2021,
  AN_GIANG_DOT_DAC_BIET_2025,
  SO_TTTT_2022_2025,
].map(builtin);

const BY_ID = new Map(BUILTIN_PLANS.map((p) => [p.id, p]));

export function getBuiltinPlan(id: string): Plan | undefined {
  return BY_ID.get(id);
}

/** For a plan id that is neither built in nor a file: what the clerk can choose instead. */
export function unknownPlanMessage(id: string): string {
  const list = BUILTIN_PLANS.map((p) => `  ${p.id}: ${p.title}`).join("\n");
  return (
    `Không có kế hoạch «${id}». Hãy chọn một kế hoạch có sẵn:\n${list}\n` +
    "hoặc chỉ đường dẫn tới một tệp kế hoạch .json."
  );
}
