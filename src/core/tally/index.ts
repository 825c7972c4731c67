/** Counting and the province tally: per-unit counts, the registry, consolidation, its sheets. */
export { countKinds } from "./counts";
export { readRegistry, unitKindFromText, REGISTRY_SHEET, type RegistryUnit } from "./registry";
export { matchUnit, headerTextsOf } from "./match";
export {
  consolidate,
  annotateReports,
  type Consolidation,
  type ConsolidateInput,
  type ConsolidationTotals,
  type UnitTally,
  type SubmissionStatus,
  type Nominee,
  type GroupTally,
} from "./consolidate";
export { type CrossUnitDuplicate, type DuplicateOccurrence, type FileFinding } from "./duplicates";
export {
  buildConsolidationSheets,
  unitQuotaText,
  STATUS_LABELS,
  SHEET_PROVINCE,
  SHEET_UNITS,
  SHEET_DUPLICATES,
  SHEET_MISSING,
  SHEET_NOMINEES,
} from "./sheets";
export {
  quotaChartSheet,
  unitQuotaBars,
  SHEET_CHART,
  CHART_TITLE,
  CHART_FALLBACK_NOTE,
  type UnitQuotaBar,
} from "./quota-chart";
export { signedDate } from "./signed-date";
export {
  checkUnitWorkbook,
  readUnits,
  tallyProvince,
  tallyUnits,
  type UnitWorkbook,
  type UnitSource,
  type UnitSetup,
  type TallyProgress,
  type ProvinceTally,
  type ProvinceTallyOptions,
} from "./province";
