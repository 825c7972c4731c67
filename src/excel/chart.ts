/**
 * The chart of a sheet the product writes (SheetModel.chart): a clustered bar chart over the
 * sheet's table, placed beside it. Writing the tally again replaces the chart, never adds one.
 */
import type { SheetChart } from "../core/port";
import { a1, rangeAddress } from "./address";

/** The product's chart on a sheet, found again by this name when the sheet is rewritten. */
export const CHART_NAME = "TroLyTdktChart";
/** Rows of the grid per bar pair, so a long list of units stays readable. */
const ROWS_PER_BAR = 1.5;
const MIN_ROWS = 16;
const COLUMNS = 9;

/** Two syncs: one to find the previous chart, one to draw the new one. */
export async function drawChart(
  context: Excel.RequestContext,
  sheetName: string,
  chart: SheetChart,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const previous = sheet.charts.getItemOrNullObject(CHART_NAME);
  previous.load("name");
  await context.sync();
  if (!previous.isNullObject) previous.delete();

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
  await context.sync();
}
