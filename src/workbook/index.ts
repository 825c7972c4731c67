/** The workbook port over ExcelJS, for the web page and the CLI. */
export { createWorkbook, ExcelJsWorkbook, HIGHLIGHT_COLORS, openWorkbook } from "./exceljs-workbook";
export { UnreadableWorkbookError } from "./detect";
export { MAX_WORKBOOK_ROWS } from "./size-limit";
