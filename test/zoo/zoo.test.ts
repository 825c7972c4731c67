/**
 * Every layout of the zoo, written as a real .xlsx, is read exactly: each sheet's role, each
 * record at its row with its kind, nothing else read as a record, no stray findings.
 */
import { zooLayouts } from "./layouts";
import { readLayout, scoreLayout } from "./score";

const layouts = zooLayouts();

describe("the layout zoo", () => {
  it("has at least 60 distinct layouts", () => {
    expect(layouts.length).toBeGreaterThanOrEqual(60);
    expect(new Set(layouts.map((l) => l.id)).size).toBe(layouts.length);
  });

  it.each(layouts.map((l) => [l.id, l] as const))("reads %s exactly", async (_id, layout) => {
    const score = scoreLayout(layout, await readLayout(layout));
    expect(score.problems).toEqual([]);
  });
});
