/** Which cells the annotated copy (and the pane) colour for a list of findings. */
import { highlightGroups } from "../../src/core/findings";
import type { Finding, Severity } from "../../src/core/types";

function finding(severity: Severity, sheet: string | null, cell: string | null): Finding {
  return { code: "missing-required", severity, sheet, cell, row: null, field: null, message: "…" };
}

describe("highlightGroups", () => {
  it("groups cells by sheet and severity, warnings first, an error winning over a warning on the same cell", () => {
    const groups = highlightGroups([
      finding("warning", "DS", "C7"),
      finding("error", "DS", "C7"),
      finding("error", "DS", "D9"),
      finding("warning", "DS", "E3"),
      finding("warning", "Cá nhân", "B5"),
      finding("error", "DS", "D9"),
    ]);
    expect(groups).toEqual([
      { sheet: "DS", severity: "warning", addresses: ["E3"] },
      { sheet: "Cá nhân", severity: "warning", addresses: ["B5"] },
      { sheet: "DS", severity: "error", addresses: ["C7", "D9"] },
    ]);
  });

  it("colours nothing for info findings or findings without a cell", () => {
    expect(
      highlightGroups([
        finding("info", "DS", "C7"),
        finding("error", null, null),
        finding("warning", "DS", null),
      ]),
    ).toEqual([]);
  });
});
