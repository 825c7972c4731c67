/** Choose workbooks from disk: a file input (several at once) and a zone to drop them on. */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "center",
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

export interface FilePickerProps {
  label: string;
  hint: string;
  multiple?: boolean;
  disabled?: boolean;
  testId: string;
  onFiles(files: File[]): void;
}

export function FilePicker({ label, hint, multiple = true, disabled, testId, onFiles }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (!disabled && files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      className={over ? `${styles.zone} ${styles.over}` : styles.zone}
      data-testid={`${testId}-zone`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <Caption1>{hint}</Caption1>
      <input
        ref={input}
        type="file"
        hidden
        multiple={multiple}
        accept=".xlsx,.xlsm,.xls,.ods,.csv,.txt,.xml,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet"
        data-testid={testId}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so that picking the same files again runs again.
          e.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
