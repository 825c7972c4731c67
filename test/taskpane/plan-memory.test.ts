/** A plan file the clerk loaded opens again with the workbook; a plan that is gone is named, not hidden. */
import { BUILTIN_PLANS, getBuiltinPlan, type Plan } from "../../src/core/plan";
import { createMemorySettings } from "../../src/taskpane/state/memory-settings";
import { OPTIONS_KEY, PLAN_FILE_KEY, startingPlans } from "../../src/taskpane/state/settings-keys";

const seed = getBuiltinPlan("an-giang-2025") as Plan;
const own: Plan = { ...seed, id: "xa-hoa-binh-2026", title: "Kế hoạch thi đua xã Hòa Bình 2026" };

test("the remembered plan file is offered again and stays chosen", () => {
  const settings = createMemorySettings({
    [PLAN_FILE_KEY]: JSON.parse(JSON.stringify(own)),
    [OPTIONS_KEY]: { planId: "xa-hoa-binh-2026", unitKind: "xa" },
  });
  const start = startingPlans(settings, BUILTIN_PLANS);
  expect(start.plans.map((p) => p.id)).toEqual([...BUILTIN_PLANS.map((p) => p.id), "xa-hoa-binh-2026"]);
  expect(start.options).toEqual({ planId: "xa-hoa-binh-2026", unitKind: "xa" });
  expect(start.fallback).toBeNull();
});

test("a plan no longer in the workbook: the pane says which plan it uses instead", () => {
  const settings = createMemorySettings({ [OPTIONS_KEY]: { planId: "xa-hoa-binh-2026" } });
  const start = startingPlans(settings, BUILTIN_PLANS);
  expect(start.options.planId).toBe(BUILTIN_PLANS[0].id);
  expect(start.fallback).toBe(
    `Không tìm thấy kế hoạch «xa-hoa-binh-2026» dùng lần trước trong sổ làm việc này; Trợ lý đang dùng «${BUILTIN_PLANS[0].title}». Hãy tải lại tệp kế hoạch nếu cần.`,
  );
});

test("a remembered plan file that no longer passes the schema is not used", () => {
  const settings = createMemorySettings({
    [PLAN_FILE_KEY]: { id: "hong", title: 3 },
    [OPTIONS_KEY]: { planId: "hong" },
  });
  const start = startingPlans(settings, BUILTIN_PLANS);
  expect(start.plans.map((p) => p.id)).toEqual(BUILTIN_PLANS.map((p) => p.id));
  expect(start.fallback).toBe(
    `Không tìm thấy kế hoạch «hong» dùng lần trước trong sổ làm việc này; Trợ lý đang dùng «${BUILTIN_PLANS[0].title}». Hãy tải lại tệp kế hoạch nếu cần.`,
  );
});
