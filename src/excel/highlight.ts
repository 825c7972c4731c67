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

export const HIGHLIGHT_MARKER_FORMULA = '=AND(TRUE,"tdkt"="tdkt")';
export const HIGHLIGHT_FILL: Record<HighlightSeverity, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

/** One sync whatever the number of cells: a conditional format per packed address list. */
export async function addHighlights(
  context: Excel.RequestContext,
  groups: readonly HighlightGroup[],
): Promise<void> {
  const active = groups.filter((g) => g.addresses.length > 0);
  if (active.length === 0) return;
  const worksheets = context.workbook.worksheets;
  const sheets = new Map<string, Excel.Worksheet>();
  for (const g of active) if (!sheets.has(g.sheet)) sheets.set(g.sheet, worksheets.getItem(g.sheet));
  // A batch is not a transaction: operations before a failing one stay applied. A net-zero probe
  // (add then delete a format) on every target sheet comes first, so a protected or missing sheet
  // fails the batch before any highlight is written anywhere.
  for (const sheet of sheets.values()) sheet.getRange("A1").conditionalFormats.add("Custom").delete();
  // Added formats take the top priority: warnings first, so errors end up on top of them.
  const ordered = [...active].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "warning" ? -1 : 1,
  );
  for (const g of ordered) {
    const sheet = sheets.get(g.sheet) as Excel.Worksheet;
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
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  await context.sync();

  const found = worksheets.items.map((sheet) => {
    const formats = sheet.getRange().conditionalFormats;
    formats.load("items/customOrNullObject/rule/formula");
    return { sheet, formats };
  });
  await context.sync();

  const marked = found
    .map(({ sheet, formats }) => ({
      sheet,
      ours: formats.items.filter(
        (f) =>
          !f.customOrNullObject.isNullObject &&
          f.customOrNullObject.rule.formula === HIGHLIGHT_MARKER_FORMULA,
      ),
    }))
    .filter((m) => m.ours.length > 0);
  if (marked.length === 0) return;
  const locked = marked.find((m) => m.sheet.protection.protected);
  if (locked !== undefined)
    throw officeLikeError("AccessDenied", `The sheet "${locked.sheet.name}" is protected.`);
  for (const m of marked) for (const f of m.ours) f.delete();
  await context.sync();
}
