/** A button that opens a JSON file from disk (plan file, reading profiles) and hands over its text. */
import { Button } from "@fluentui/react-components";
import { useRef } from "react";

export interface JsonFileButtonProps {
  label: string;
  /** data-testid of the hidden file input (tests set the file on it). */
  testId: string;
  onText: (text: string, fileName: string) => void;
  disabled?: boolean;
}

export function JsonFileButton({ label, testId, onText, disabled }: JsonFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const load = async (file: File | undefined): Promise<void> => {
    if (file !== undefined) onText(await file.text(), file.name);
  };
  return (
    <>
      <Button appearance="subtle" size="small" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid={testId}
        onChange={(e) => {
          void load(e.target.files?.[0]);
          // Cleared so the same file can be picked again after it was fixed.
          e.target.value = "";
        }}
      />
    </>
  );
}
