/** The in-memory Excel double (browser-safe: no Node API). `from-xlsx.ts` is the Node-only loader. */
export * from "./model";
export { createStats, resetStats, FakeOfficeError, PAYLOAD_LIMIT_BYTES, type SyncStats } from "./context";
export {
  createExcelDouble,
  excelPortOver,
  createRequestContext,
  installExcelGlobals,
  DOUBLE_EXCEL_API,
  type ExcelDouble,
} from "./run";
