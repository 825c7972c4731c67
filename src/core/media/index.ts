/**
 * The press media log (Nhật ký tin bài tuyên truyền, plan 002): sheets → logs → rules and monthly
 * quotas → a media report and its summary sheet. Hosts call `checkMediaWorkbook` (and
 * `isMediaWorkbook` to decide whether a workbook is a media log rather than a nomination list).
 */
import type { Finding, SheetGrid } from "../types";
import { checkMediaLogs, type MediaCheckOptions, type MediaLateItem, type MediaQuotaStatus } from "./check";
import type { MediaLog } from "./model";
import { readMediaLogs } from "./read";
import type { MediaProfile } from "./schema";
import { themesForMonth, type MonthThemes } from "./themes";

export type { MediaField, MediaColumn, MediaItem, MediaLog } from "./model";
export type { MediaCheckOptions, MediaLateItem, MediaQuotaStatus } from "./check";
export type { MonthThemes } from "./themes";
export type {
  MediaProfile,
  MediaProfileInput,
  MediaOutlet,
  MediaQuota,
  MediaTheme,
  MediaType,
  Medium,
} from "./schema";
export { mediaProfileSchema, MEDIA_KINDS, DEFAULT_MEDIA_TYPES } from "./schema";
export { AN_GIANG_2021_MEDIA } from "./an-giang-2021";
export { readMediaLogs, isMediaWorkbook, sheetListType, MEDIA_HEADER_NOT_FOUND_MESSAGE } from "./read";
export { checkMediaLogs, deadlineFor, monthsToCheck, mediaNames } from "./check";
export { themesForMonth, monthsLabel, themeHeading } from "./themes";
export { mediaMatchers, monthOfValue, monthInText } from "./match";
export { mediaFieldForHeader, MEDIA_HEADER } from "./columns";
export { mediaSummarySheet, MEDIA_SUMMARY_SHEET } from "./summary";

/** The plan as the media check needs it (a `Plan` fits). */
export interface MediaPlan {
  id: string;
  title: string;
  media?: MediaProfile;
}

/** One media log workbook's result; the JSON shape is documented in docs/nhat-ky-tin-bai.md. */
export interface MediaReport {
  file: string;
  listType: "media";
  plan: string;
  /** Vietnamese message when the file could not be checked at all; then `logs` is empty. */
  error: string | null;
  logs: MediaLog[];
  /** Months whose quotas were checked, ascending. */
  months: number[];
  /** Each quota in each checked month. */
  quota: MediaQuotaStatus[];
  late: MediaLateItem[];
  /** The theme calendar for each checked month. */
  themes: MonthThemes[];
  /** Quota shortfalls: about the file, not a cell. */
  findings: Finding[];
}

export const NO_MEDIA_PROFILE_MESSAGE =
  "Kế hoạch đã chọn không có quy định về nhật ký tin bài (cơ quan báo chí, chỉ tiêu hằng tháng): " +
  'chọn kế hoạch có phần "media", ví dụ an-giang-2021.';

function emptyReport(file: string, plan: string, error: string | null): MediaReport {
  return {
    file,
    listType: "media",
    plan,
    error,
    logs: [],
    months: [],
    quota: [],
    late: [],
    themes: [],
    findings: [],
  };
}

/** The report of a media log that could not be opened: the message says why, in Vietnamese. */
export function unreadableMediaFile(file: string, plan: string, message: string): MediaReport {
  return emptyReport(file, plan, message);
}

/** One media log workbook through the whole core. Never throws on the grid. */
export function checkMediaWorkbook(
  file: string,
  sheets: SheetGrid[],
  plan: MediaPlan,
  options: MediaCheckOptions = {},
): MediaReport {
  const profile = plan.media;
  if (profile === undefined) return emptyReport(file, plan.id, NO_MEDIA_PROFILE_MESSAGE);
  const logs = readMediaLogs(sheets, profile);
  const result = checkMediaLogs(logs, profile, options);
  logs.forEach((log, i) => log.findings.push(...result.logFindings[i]));
  return {
    ...emptyReport(file, plan.id, null),
    logs,
    months: result.months,
    quota: result.quota,
    late: result.late,
    themes: result.months.map((m) => themesForMonth(profile, m)),
    findings: result.fileFindings,
  };
}

/** Every finding of a report, logs first (for a host's list and exit code). */
export function mediaFindings(report: MediaReport): Finding[] {
  return [...report.logs.flatMap((l) => l.findings), ...report.findings];
}

/** Whether the report blocks submission: an unreadable file or an `error` finding. */
export function mediaReportHasErrors(report: MediaReport): boolean {
  return report.error !== null || mediaFindings(report).some((f) => f.severity === "error");
}
