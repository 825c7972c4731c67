/**
 * The clerk's column mapping (chosen in the pane, remembered in the workbook) laid over the
 * reader's guesses: an overridden column takes the clerk's field or is left out, and a field the
 * clerk placed is no longer guessed for any other column.
 */
import type { FieldKey } from "../types";
import { fieldKeySchema } from "../plan/schema";
import { columnNumber } from "./address";
import { NOMINATION_HEADER, type HeaderVocabulary } from "./header";

// The plan schema already lists every field; typing the set as FieldKey keeps the two in step.
const FIELD_KEYS: ReadonlySet<string> = new Set<FieldKey>(fieldKeySchema.options);

/**
 * The nomination vocabulary for one sheet with `overrides` (column letter → field or null);
 * `originCol` is the sheet column of the grid's first column. Unknown letters and fields are
 * ignored: the mapping comes from a settings store the core cannot trust blindly.
 */
export function nominationVocabulary(
  overrides: Readonly<Record<string, FieldKey | null>> | undefined,
  originCol: number,
): HeaderVocabulary<FieldKey> {
  if (overrides === null || typeof overrides !== "object") return NOMINATION_HEADER;
  const byCol = new Map<number, { field: FieldKey } | null>();
  for (const [letter, field] of Object.entries(overrides)) {
    const n = columnNumber(letter.trim());
    if (n === null || n < originCol) continue;
    if (field === null) byCol.set(n - originCol, null);
    else if (typeof field === "string" && FIELD_KEYS.has(field)) byCol.set(n - originCol, { field });
  }
  if (byCol.size === 0) return NOMINATION_HEADER;
  const placed = new Set<string>();
  for (const m of byCol.values()) if (m !== null) placed.add(m.field);
  return {
    ...NOMINATION_HEADER,
    mapColumn(parts) {
      const guess = NOMINATION_HEADER.mapColumn(parts);
      return guess !== null && placed.has(guess.field) ? null : guess;
    },
    fixed: (col) => byCol.get(col),
    complete(columns, used) {
      NOMINATION_HEADER.complete?.(columns, used);
      // What completion adds (donVi beside "Chức vụ, đơn vị") must not undo the clerk's choice.
      for (let i = columns.length - 1; i >= 0; i--) {
        const fixed = byCol.get(columns[i].col);
        if (fixed !== undefined && fixed?.field !== columns[i].field) columns.splice(i, 1);
      }
    },
  };
}
