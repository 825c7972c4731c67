/**
 * The reporting unit and the options the chosen plan needs: đã phát động (plan 003), the report
 * date, the kỳ báo cáo, and the unit's own due date where the plan states no day for it.
 */
import { Dropdown, Field, Input, Option, Radio, RadioGroup } from "@fluentui/react-components";
import { UNIT_KIND_LABELS } from "../../core/labels";
import { DateInput } from "./DateInput";
import { undatedDeadline } from "../../core/check/deadline";
import type { Plan } from "../../core/plan";
import { PeriodField } from "./PeriodField";
import { UNIT_KINDS, type ReportPeriod, type UnitKind } from "../../core/types";

export interface UnitOptionsValue {
  unitName?: string;
  unitKind?: UnitKind;
  launched?: boolean;
  /** ISO yyyy-mm-dd. */
  reportDate: string;
  /** Kỳ báo cáo; the plan's default for the report date when absent. */
  period?: ReportPeriod;
  /** ISO due date the unit sets where the plan states no day. */
  dueDate?: string;
}

/** Whether the plan restricts award forms to units that launched the campaign. */
export function planAsksLaunched(plan: Plan): boolean {
  return plan.awardForms.some((f) => f.requiresLaunched);
}

const LAUNCHED_CHOICES = { unknown: "Chưa rõ", yes: "Đã phát động", no: "Chưa phát động" } as const;

export interface UnitOptionsProps {
  plan: Plan;
  value: UnitOptionsValue;
  onChange: (value: UnitOptionsValue) => void;
  disabled?: boolean;
}

export function UnitOptions({ plan, value, onChange, disabled }: UnitOptionsProps) {
  const launched = value.launched === undefined ? "unknown" : value.launched ? "yes" : "no";
  const undated = undatedDeadline(plan, value);
  return (
    <>
      <Field label="Tên đơn vị">
        <Input
          value={value.unitName ?? ""}
          disabled={disabled}
          placeholder="Ví dụ: UBND xã Mỹ Hòa Hưng"
          onChange={(_, d) => onChange({ ...value, unitName: d.value === "" ? undefined : d.value })}
        />
      </Field>
      <Field label="Loại đơn vị" hint="Dùng để đối chiếu chỉ tiêu của kế hoạch.">
        <Dropdown
          data-testid="unit-kind"
          placeholder="Chọn loại đơn vị"
          disabled={disabled}
          value={value.unitKind !== undefined ? UNIT_KIND_LABELS[value.unitKind] : ""}
          selectedOptions={value.unitKind !== undefined ? [value.unitKind] : []}
          onOptionSelect={(_, d) => onChange({ ...value, unitKind: d.optionValue as UnitKind })}
        >
          {UNIT_KINDS.map((k) => (
            <Option key={k} value={k}>
              {UNIT_KIND_LABELS[k]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {planAsksLaunched(plan) && (
        <Field label="Đơn vị đã phát động phong trào?">
          <RadioGroup
            layout="horizontal"
            value={launched}
            disabled={disabled}
            onChange={(_, d) =>
              onChange({ ...value, launched: d.value === "unknown" ? undefined : d.value === "yes" })
            }
          >
            {Object.entries(LAUNCHED_CHOICES).map(([k, label]) => (
              <Radio key={k} value={k} label={label} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <Field label="Ngày báo cáo">
        <DateInput
          value={value.reportDate}
          disabled={disabled}
          onChange={(iso) => onChange({ ...value, reportDate: iso })}
        />
      </Field>
      <PeriodField
        plan={plan}
        period={value.period}
        reportDate={value.reportDate}
        disabled={disabled}
        hint="Bảng Tổng hợp và hạn nộp theo kỳ này."
        onChange={(chosen) => onChange({ ...value, period: chosen })}
      />
      {undated !== null && (
        <Field
          label={`Hạn nộp «${undated.label}» (đơn vị tự đặt)`}
          hint="Kế hoạch không ghi ngày cho báo cáo này. Để trống thì không xét trễ hạn."
        >
          <DateInput
            aria-label="Hạn nộp do đơn vị tự đặt"
            value={value.dueDate ?? ""}
            optional
            disabled={disabled}
            onChange={(iso) => onChange({ ...value, dueDate: iso === "" ? undefined : iso })}
          />
        </Field>
      )}
    </>
  );
}
