/** The kỳ báo cáo the clerk picks among the plan's periods (the plan's default for the date when none). */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { periodById, reportPeriods, resolvePeriod, type Plan } from "../../core/plan";
import type { ReportPeriod } from "../../core/types";

export interface PeriodFieldProps {
  plan: Plan;
  period: ReportPeriod | undefined;
  /** ISO day the default period is taken for. */
  reportDate: string;
  hint: string;
  disabled?: boolean;
  onChange: (period: ReportPeriod) => void;
}

export function PeriodField({ plan, period, reportDate, hint, disabled, onChange }: PeriodFieldProps) {
  const shown = resolvePeriod(plan, period, reportDate);
  return (
    <Field label="Kỳ báo cáo" hint={hint}>
      <Dropdown
        data-testid="report-period"
        disabled={disabled}
        value={shown.label}
        selectedOptions={[shown.id]}
        onOptionSelect={(_, d) => {
          const chosen = d.optionValue === undefined ? null : periodById(plan, d.optionValue);
          if (chosen !== null) onChange(chosen);
        }}
      >
        {reportPeriods(plan).map((p) => (
          <Option key={p.id} value={p.id}>
            {p.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
