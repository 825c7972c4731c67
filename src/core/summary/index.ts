/** The unit's summary as data: the "Tổng hợp" sheet, template values, and filling a clerk's template. */
export { buildSummarySheet, SUMMARY_SHEET } from "./sheet";
export { summaryData, type SummaryInput, type SummaryData, type CodeCount } from "./data";
export { summaryValues, NO_QUOTA, type SummaryValues } from "./values";
export {
  findTemplate,
  fillTemplate,
  type SummaryTemplate,
  type TemplateCell,
  type FilledTemplate,
} from "./template";
export {
  CATEGORY_ROWS,
  CATEGORY_NOTES,
  METHOD_ROWS,
  methodOf,
  categoryCounts,
  emptyCategoryCounts,
  isEnterprise,
  personLevel,
  type CategoryCode,
  type CategoryCounts,
  type PersonLevel,
} from "./categories";
export { fieldCounts, fieldMatcher, FIELD_REST_LABEL, type FieldCount } from "./fields";
export { FINDING_CODE_LABELS, SEVERITY_LABELS, SEVERITIES } from "./finding-labels";
export { quotaBounds, quotaGap, quotaKinds, quotaOutcome, quotaVerdict } from "./quota-text";
export { quotaBar, type QuotaBar } from "./quota-bar";
export { SheetBuilder, STYLES } from "./layout";
export {
  table0603,
  awardColumns,
  OTHER_FORM_COLUMN,
  type AwardColumn,
  type Table0603,
  type Table0603Row,
} from "./table-0603";
export { writeTable0603 } from "./section-categories";
