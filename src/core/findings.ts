/**
 * Every finding of a checked document, and the cells to colour for them: the pane, the web page
 * and the annotated copy highlight the same cells the same way.
 */
import type { CheckedDocument } from "./document";
import { mediaFindings } from "./media";
import type { HighlightGroup, HighlightSeverity } from "./port";
import { reportFindings } from "./report-findings";
import type { Finding } from "./types";

/** The findings of either list type: those of each list or log first, then those about the file. */
export function documentFindings(doc: CheckedDocument): Finding[] {
  if (doc.listType === "media") return mediaFindings(doc.report);
  return reportFindings(doc.report);
}

/**
 * The cells at fault, one group per sheet and severity. Info findings colour nothing; a cell with
 * an error and a warning is coloured as an error only. Warnings come first so that a host applying
 * the groups in order ends with errors on top.
 */
export function highlightGroups(findings: readonly Finding[]): HighlightGroup[] {
  const worst = new Map<string, Map<string, HighlightSeverity>>();
  for (const f of findings) {
    if (f.sheet === null || f.cell === null || f.severity === "info") continue;
    let cells = worst.get(f.sheet);
    if (!cells) worst.set(f.sheet, (cells = new Map()));
    if (cells.get(f.cell) !== "error") cells.set(f.cell, f.severity);
  }
  const groups: HighlightGroup[] = [];
  for (const severity of ["warning", "error"] as const)
    for (const [sheet, cells] of worst) {
      const addresses = [...cells].filter(([, s]) => s === severity).map(([cell]) => cell);
      if (addresses.length > 0) groups.push({ sheet, severity, addresses });
    }
  return groups;
}
