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

export const HIGHLIGHT_MARKER_FORMULA = '=AND(TRUE,"tdkt"="tdkt")';
export const HIGHLIGHT_FILL: Record<HighlightSeverity, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

interface SheetMarks {
  sheet: Excel.Worksheet;
  /** Our conditional formats on it (marker formula); the clerk's own are never listed. */
  ours: Excel.ConditionalFormat[];
}

/** Every sheet with its protection and our conditional formats: two syncs (sheets, formats). */
async function sheetMarks(context: Excel.RequestContext): Promise<SheetMarks[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  await context.sync();
  const found = worksheets.items.map((sheet) => {
    const formats = sheet.getRange().conditionalFormats;
    formats.load("items/customOrNullObject/rule/formula");
    return { sheet, formats };
  });
  await context.sync();
  return found.map(({ sheet, formats }) => ({
    sheet,
    ours: formats.items.filter(
      (f) =>
        !f.customOrNullObject.isNullObject && f.customOrNullObject.rule.formula === HIGHLIGHT_MARKER_FORMULA,
    ),
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
 * the two that find them. A protected or missing sheet is refused before anything changes.
 */
export async function addHighlights(
  context: Excel.RequestContext,
  groups: readonly HighlightGroup[],
): Promise<void> {
  const marks = await sheetMarks(context);
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

/** Removes our conditional formats from every sheet: three syncs (sheets, formats, delete). */
export async function removeHighlights(context: Excel.RequestContext): Promise<void> {
  await addHighlights(context, []);
}
