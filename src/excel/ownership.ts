/**
 * The sheets the product created, as the Excel host records them in the document settings: by
 * sheet id (ExcelApi 1.1; it stays the same when the sheet is renamed or moved), under the name
 * the product wanted for it. Any other sheet is the clerk's.
 */
import { foldSheetName } from "../core/port";
import type { SettingsStore } from "./settings";

export const OWNED_SHEETS_KEY = "tdkt.ownedSheets";

/** Sheet id by the folded name the product wanted ("tổng hợp" → "{…}"). */
export type OwnedSheets = Record<string, string>;

export function readOwned(settings: SettingsStore): OwnedSheets {
  const raw = settings.get(OWNED_SHEETS_KEY);
  const out: OwnedSheets = {};
  if (raw === null || typeof raw !== "object") return out;
  for (const [name, id] of Object.entries(raw as Record<string, unknown>))
    if (typeof id === "string") out[name] = id;
  return out;
}

export function recordOwned(settings: SettingsStore, wanted: string, id: string): void {
  settings.set(OWNED_SHEETS_KEY, { ...readOwned(settings), [foldSheetName(wanted)]: id });
}
