/** The workbook port over ExcelJS (and SheetJS for reading .xls, .ods), for the web page and the CLI. */
export { createWorkbook, ExcelJsWorkbook, HIGHLIGHT_COLORS } from "./exceljs-workbook";
export { openWorkbook, readWorkbookSheets } from "./open";
export { UnreadableWorkbookError, type WorkbookFormat } from "./detect";
export { MAX_WORKBOOK_ROWS } from "./size-limit";
