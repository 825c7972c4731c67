/** The Office.js host: the only module of the product that touches `Excel.*` and `Office.*`. */
export { createExcelPort, MERGED_AREAS_API, type ExcelRun } from "./port";
export { createOfficeSettings, type SettingsStore } from "./settings";
export { describeError } from "./errors";
export { excelErrorMessage, REQUIRED_EXCEL_API } from "./errors";
export { HIGHLIGHT_FILL, HIGHLIGHT_MARKER_FORMULA } from "./highlight";
