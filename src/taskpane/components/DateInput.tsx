/**
 * A date field that reads and writes dd/mm/yyyy whatever the browser's locale (a native
 * `type="date"` input follows the OS locale: "12/20/2025" on an English Windows). The value
 * handed in and out is an ISO day; a half-typed date is kept on screen and reported only once
 * it is a real day.
 */
import { Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { showDate } from "../../core/check/dates";
import { normaliseDateText } from "../../core/read/dates";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface DateInputProps {
  /** ISO day "yyyy-mm-dd", or "" for none. */
  value: string;
  onChange: (iso: string) => void;
  disabled?: boolean;
  /** Allow clearing the field (onChange("")); otherwise an empty field keeps the last date. */
  optional?: boolean;
  "aria-label"?: string;
}

/** "20/12/2025", "20-12-2025", "20.12.2025" → "2025-12-20"; null when it is not a real day. */
export function parseVnDate(text: string): string | null {
  const iso = normaliseDateText(text.trim().replace(/[.-]/g, "/"));
  return ISO_DAY.test(iso) ? iso : null;
}

export function DateInput({ value, onChange, disabled, optional, ...aria }: DateInputProps) {
  const [text, setText] = useState(() => showDate(value));
  useEffect(() => {
    // Follow the value from outside unless the clerk is mid-way through typing the same day.
    setText((shown) => (parseVnDate(shown) === value ? shown : showDate(value)));
  }, [value]);
  const iso = parseVnDate(text);
  const invalid = text.trim() !== "" && iso === null;
  return (
    <Input
      {...aria}
      value={text}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      disabled={disabled}
      aria-invalid={invalid}
      onChange={(_, d) => {
        setText(d.value);
        const next = parseVnDate(d.value);
        if (next !== null) onChange(next);
        else if (optional === true && d.value.trim() === "") onChange("");
      }}
    />
  );
}
