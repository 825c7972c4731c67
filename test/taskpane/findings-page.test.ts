/** 10 000 findings: the list renders a page per code group, not every line. */
import { findingsPage, FINDINGS_PAGE, groupFindings } from "../../src/taskpane/state/groups";
import type { Finding } from "../../src/core/types";

const many: Finding[] = Array.from({ length: 10_000 }, (_, i) => ({
  code: i % 2 ? "missing-required" : "invalid-date",
  severity: "error",
  sheet: "Cá nhân",
  cell: `D${10 + i}`,
  row: 10 + i,
  field: "ngaySinh",
  message: "Thiếu",
}));

test("a page of 100 at first, 100 more per click, the rest counted", () => {
  expect(FINDINGS_PAGE).toBe(100);
  const [errors] = groupFindings(many);
  expect(errors.codes.map((c) => c.findings.length)).toEqual([5_000, 5_000]);
  const first = findingsPage(errors.codes[0].findings);
  expect([first.visible.length, first.rest]).toEqual([100, 4_900]);
  expect(first.visible[0].cell).toBe("D10");
  const more = findingsPage(errors.codes[0].findings, 200);
  expect([more.visible.length, more.rest, more.visible[199].cell]).toEqual([200, 4_800, "D408"]);
  // What the pane renders for 10 000 findings: two pages of 100 lines.
  const lines = groupFindings(many).flatMap((g) => g.codes.flatMap((c) => findingsPage(c.findings).visible));
  expect(lines).toHaveLength(200);
});
