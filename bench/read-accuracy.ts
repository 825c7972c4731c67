/**
 * Reading accuracy on the layout zoo (test/zoo): every layout written as a real .xlsx, opened by
 * the product's port and read. `layoutAccuracy`: share of layouts read exactly (every sheet's role,
 * every record at its row with its kind, nothing else, no stray findings); `rowKindAccuracy`:
 * share of the zoo's records read at their row with their kind.
 */
import { zooLayouts } from "../test/zoo/layouts";
import { readLayout, scoreLayout } from "../test/zoo/score";

export async function benchReadAccuracy(): Promise<{
  layouts: number;
  layoutAccuracy: number;
  rowKindAccuracy: number;
  missed: string[];
}> {
  const layouts = zooLayouts();
  let exact = 0;
  let rows = 0;
  let rowsRight = 0;
  const missed: string[] = [];
  for (const layout of layouts) {
    const score = scoreLayout(layout, await readLayout(layout));
    if (score.exact) exact++;
    else missed.push(layout.id);
    rows += score.rows;
    rowsRight += score.rowsRight;
  }
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return {
    layouts: layouts.length,
    layoutAccuracy: round(exact / layouts.length),
    rowKindAccuracy: round(rows === 0 ? 1 : rowsRight / rows),
    missed,
  };
}
