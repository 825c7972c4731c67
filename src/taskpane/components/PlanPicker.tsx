/** The plan: one of the built-in seeds, or a plan file (JSON) the clerk loads; its problems listed in Vietnamese. */
import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { useRef } from "react";
import { parsePlanText, type Plan } from "../../core/plan";

export interface PlanPickerProps {
  /** Built-in plans and any plan file loaded in this session. */
  plans: readonly Plan[];
  value: string;
  onChange: (planId: string) => void;
  /** A plan file that passed the schema. */
  onPlanFile: (plan: Plan) => void;
  /** A plan file that did not: one Vietnamese line per problem. */
  onPlanFileErrors: (file: string, lines: string[]) => void;
  disabled?: boolean;
}

export function PlanPicker({
  plans,
  value,
  onChange,
  onPlanFile,
  onPlanFileErrors,
  disabled,
}: PlanPickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const selected = plans.find((p) => p.id === value);
  const load = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    const result = parsePlanText(await file.text(), file.name);
    if (result.ok) onPlanFile(result.plan);
    else onPlanFileErrors(file.name, result.errors);
  };
  return (
    <Field label="Kế hoạch thi đua">
      <Dropdown
        data-testid="plan-picker"
        value={selected?.title ?? ""}
        selectedOptions={[value]}
        disabled={disabled}
        onOptionSelect={(_, data) => data.optionValue !== undefined && onChange(data.optionValue)}
      >
        {plans.map((p) => (
          <Option key={p.id} value={p.id} text={p.title}>
            {p.title}
          </Option>
        ))}
      </Dropdown>
      <Button appearance="subtle" size="small" disabled={disabled} onClick={() => input.current?.click()}>
        Tải tệp kế hoạch…
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="plan-file"
        onChange={(e) => {
          void load(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
    </Field>
  );
}
