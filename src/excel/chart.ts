/**
 * The chart of a sheet the product writes (SheetModel.chart): a clustered bar chart over the
 * sheet's table, placed beside it. Writing the tally again replaces the chart, never adds one: the
 * sheet is written afresh each time (see write.ts).
 */
import type { SheetChart } from "../core/port";
import { a1, rangeAddress } from "./address";

/** The name of the product's chart on its sheet. */
export const CHART_NAME = "TroLyTdktChart";
/** Rows of the grid per bar pair, so a long list of units stays readable. */
const ROWS_PER_BAR = 1.5;
const MIN_ROWS = 16;
const COLUMNS = 9;

/**
 * Queues the chart on `sheet`, a sheet being written afresh (so it has no chart yet): no sync of
 * its own, it goes with the sheet's last batch.
 */
export function queueChart(sheet: Excel.Worksheet, chart: SheetChart): void {
  const source = sheet.getRange(rangeAddress(chart.data));
  const drawn = sheet.charts.add("BarClustered", source, "Columns");
  drawn.name = CHART_NAME;
  drawn.title.text = chart.title;
  const bars = chart.data.bottom - chart.data.top;
  const { row, col } = chart.anchor;
  drawn.setPosition(
    a1(row, col),
    a1(row + Math.max(MIN_ROWS, Math.ceil(bars * ROWS_PER_BAR)), col + COLUMNS),
  );
}
