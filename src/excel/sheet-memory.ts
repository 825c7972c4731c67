/**
 * The sheet ids the port saw in its last batch, kept for the next one: a batch that knows them can
 * ask for what it needs on each sheet in the same sync that lists the sheets, instead of listing
 * first. Only a hint, never trusted: a batch using it still lists the sheets in that sync, loads what
 * a sheet added since needs in one more, and starts over from the listing when a remembered sheet is
 * gone (`ItemNotFound`).
 */
import { errorCode } from "./errors";

export interface SheetMemory {
  /** `Worksheet.id` of every sheet, as last seen; null before the first batch. */
  ids: string[] | null;
}

export function createSheetMemory(): SheetMemory {
  return { ids: null };
}

/** A sync failed because a sheet asked for by id (or name) no longer exists. */
export function sheetGone(e: unknown): boolean {
  return errorCode(e) === "ItemNotFound";
}
