/**
 * Highlights as conditional formats, not cell fills. A conditional format sits on top of the
 * clerk's own formatting without changing it, so removing ours restores the sheet exactly, even
 * after the clerk edited the cells meanwhile; saving and restoring fills
 * (getCellProperties/setCellProperties) would have to read every cell's format first and would
 * overwrite the clerk's later edits on restore. Ours carry a marker formula that is always true.
 */
import type { HighlightGroup, HighlightSeverity } from "../core/port";
import { compactAddresses, packAddresses } from "./address";
import { officeLikeError } from "./errors";
import { foldSheetName } from "../core/port";
import { sheetGone, type SheetMemory } from "./sheet-memory";

export const HIGHLIGHT_MARKER_FORMULA = '=AND(TRUE,"tdkt"="tdkt")';
export const HIGHLIGHT_FILL: Record<HighlightSeverity, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

interface SheetMarks {
  sheet: Excel.Worksheet;
  /** Our conditional formats on it (marker formula); the clerk's own are never listed. */
  ours: Excel.ConditionalFormat[];
}

const MARK_PATHS = "items/customOrNullObject/rule/formula";

/** The formats of the whole sheet, queued for loading with what tells ours apart. */
function queueFormats(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const formats = sheet.getRange().conditionalFormats;
  formats.load(MARK_PATHS);
  return formats;
}

function oursAmong(formats: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return formats.items.filter(
    (f) =>
      !f.customOrNullObject.isNullObject && f.customOrNullObject.rule.formula === HIGHLIGHT_MARKER_FORMULA,
  );
}

/**
 * Every sheet with its protection and our conditional formats, always from the current listing.
 * The formats of the sheets `memory` knows ride in the listing's sync (one sync); a sheet added
 * since costs one more; a remembered sheet deleted since fails that sync (ItemNotFound) and the
 * listing is done alone first (two syncs, as without a memory).
 */
async function sheetMarks(context: Excel.RequestContext, memory: SheetMemory): Promise<SheetMarks[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name,items/protection/protected");
  const early = new Map((memory.ids ?? []).map((id) => [id, queueFormats(worksheets.getItem(id))]));
  try {
    await context.sync();
  } catch (e) {
    if (early.size === 0 || !sheetGone(e)) throw e;
    memory.ids = null;
    return sheetMarks(context, memory);
  }
  const late = new Map(
    worksheets.items.filter((s) => !early.has(s.id)).map((s) => [s.id, queueFormats(s)] as const),
  );
  if (late.size > 0) await context.sync();
  memory.ids = worksheets.items.map((s) => s.id);
  return worksheets.items.map((sheet) => ({
    sheet,
    ours: oursAmong(early.get(sheet.id) ?? (late.get(sheet.id) as Excel.ConditionalFormatCollection)),
  }));
}

function protectedSheet(sheet: Excel.Worksheet): Error {
  return officeLikeError("AccessDenied", `The sheet "${sheet.name}" is protected.`, {
    accessReason: "sheet-protected",
    sheet: sheet.name,
  });
}

/**
 * Replaces our marks: the earlier ones go (on every sheet, so a cell fixed since is no longer
 * coloured and formats do not pile up click after click) and the new ones come, in one sync after
 * the one (two without a memory of the sheets) that finds them. A protected or missing sheet is
 * refused before anything changes.
 */
export async function addHighlights(
  context: Excel.RequestContext,
  groups: readonly HighlightGroup[],
  memory: SheetMemory,
): Promise<void> {
  const marks = await sheetMarks(context, memory);
  const active = groups.filter((g) => g.addresses.length > 0);
  const byName = new Map(marks.map((m) => [foldSheetName(m.sheet.name), m]));
  const targets = new Map<string, Excel.Worksheet>();
  for (const g of active) {
    const m = byName.get(foldSheetName(g.sheet));
    if (m === undefined)
      throw officeLikeError("ItemNotFound", `The sheet "${g.sheet}" does not exist.`, { sheet: g.sheet });
    targets.set(g.sheet, m.sheet);
  }
  const touched = marks.filter((m) => m.ours.length > 0 || [...targets.values()].includes(m.sheet));
  const locked = touched.find((m) => m.sheet.protection.protected);
  if (locked !== undefined) throw protectedSheet(locked.sheet);
  if (touched.length === 0) return;
  for (const m of marks) for (const f of m.ours) f.delete();
  // Added formats take the top priority: warnings first, so errors end up on top of them.
  const ordered = [...active].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "warning" ? -1 : 1,
  );
  for (const g of ordered) {
    const sheet = targets.get(g.sheet) as Excel.Worksheet;
    for (const address of packAddresses(compactAddresses(g.addresses))) {
      const format = sheet.getRanges(address).conditionalFormats.add("Custom");
      format.custom.rule.formula = HIGHLIGHT_MARKER_FORMULA;
      format.custom.format.fill.color = HIGHLIGHT_FILL[g.severity];
    }
  }
  await context.sync();
}

/** Removes our conditional formats from every sheet: two syncs (sheets with formats, delete), three without a memory. */
export async function removeHighlights(context: Excel.RequestContext, memory: SheetMemory): Promise<void> {
  await addHighlights(context, [], memory);
}
