/** The plans a view offers: the built-in ones and any plan file the clerk loaded, with the one chosen. */
import { useState } from "react";
import { BUILTIN_PLANS, type Plan } from "../../core/plan";
import type { PaneMessage } from "../components/ErrorBar";
import type { PlanPickerProps } from "../components/PlanPicker";

export function usePlans(
  initialId: string,
  onMessage: (message: PaneMessage) => void,
): { plan: Plan; picker: Omit<PlanPickerProps, "disabled"> } {
  const [plans, setPlans] = useState<readonly Plan[]>(BUILTIN_PLANS);
  const [planId, setPlanId] = useState(initialId);
  const plan = plans.find((p) => p.id === planId) ?? plans[0];
  return {
    plan,
    picker: {
      plans,
      value: plan.id,
      onChange: setPlanId,
      onPlanFile: (p) => {
        setPlans([...plans.filter((x) => x.id !== p.id), p]);
        setPlanId(p.id);
        onMessage({ intent: "success", text: `Đã tải kế hoạch «${p.title}».` });
      },
      onPlanFileErrors: (file, lines) =>
        onMessage({
          intent: "error",
          title: `Tệp kế hoạch ${file} có lỗi`,
          text: "Hãy sửa các chỗ sau rồi tải lại:",
          lines,
        }),
    },
  };
}
