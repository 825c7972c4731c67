/** Long work under way: a label and an indeterminate bar (or a determinate one when `value` is known). */
import { Field, ProgressBar } from "@fluentui/react-components";

export function Progress({ label, value }: { label: string; value?: number }) {
  return (
    <Field validationMessage={label} validationState="none" data-testid="pane-progress">
      <ProgressBar value={value} />
    </Field>
  );
}
