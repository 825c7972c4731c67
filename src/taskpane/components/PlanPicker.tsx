/** The plan: one of the built-in seeds, or a plan file (JSON) the clerk loads; its problems listed in Vietnamese. */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { parsePlanText, type Plan } from "../../core/plan";
import { JsonFileButton } from "./JsonFileButton";

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
  const selected = plans.find((p) => p.id === value);
  const load = (text: string, file: string): void => {
    const result = parsePlanText(text, file);
    if (result.ok) onPlanFile(result.plan);
    else onPlanFileErrors(file, result.errors);
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
      <JsonFileButton label="Tải tệp kế hoạch…" testId="plan-file" disabled={disabled} onText={load} />
    </Field>
  );
}
