/**
 * Rules of a media log: every item has a title and a sent date, names an exemplar and reaches
 * Sở Nội vụ before the send-by day of its month; every outlet meets its monthly quotas.
 */
import { daysInMonth, isLate, isoDay, showDate } from "../check/dates";
import { isRealDate } from "../read/dates";
import { foldText } from "../read/text";
import type { Finding } from "../types";
import type { MediaField, MediaItem, MediaLog } from "./model";
import type { MediaOutlet, MediaProfile, MediaQuota, Medium } from "./schema";

export interface MediaCheckOptions {
  /**
   * Months whose quotas are checked, inclusive. Default: the months the log has items for
   * (a log kept up to March is not short for April).
   */
  months?: { from: number; to: number };
}

/** One quota in one month. */
export interface MediaQuotaStatus {
  month: number;
  outlet: string;
  outletName: string;
  media: Medium[];
  /** "báo in và báo điện tử". */
  mediaLabel: string;
  unit: string;
  required: number;
  actual: number;
  met: boolean;
}

export interface MediaLateItem {
  sheet: string;
  row: number;
  /** A1 of the sent-date cell. */
  cell: string | null;
  month: number;
  outlet: string | null;
  medium: Medium | null;
  title: string | null;
  sentOn: string;
  /** The first late day: the send-by day of the item's month (ISO). */
  deadline: string;
}

export interface MediaCheckResult {
  /** Findings per log, in log order (items first, by row). */
  logFindings: Finding[][];
  /** Quota shortfalls (no sheet, no cell). */
  fileFindings: Finding[];
  months: number[];
  quota: MediaQuotaStatus[];
  late: MediaLateItem[];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A note that names the clip sent ("kèm video clip", "đã gửi clip"). */
const CLIP = /\b(video|clip)\b/;
/** An address ("https://…", "www.…", "atv.vn/…"): the clip's link, not a note in the same column. */
const ADDRESS = /(:\/\/|\bwww\.|\b[a-z0-9-]+\.(vn|com|net|org|tv)\b)/i;

/** A "Đường dẫn / ghi chú" column holds links and notes alike ("gửi trễ"): only an address or a clip's mention counts. */
function showsClip(item: MediaItem): boolean {
  return [item.link, item.note].some((t) => t !== null && (ADDRESS.test(t) || CLIP.test(foldText(t))));
}

function isFullDate(s: string | null): s is string {
  const m = s === null ? null : ISO.exec(s);
  return m !== null && isRealDate(+m[1], +m[2], +m[3]);
}

/**
 * The first late day for an item of `month` sent on `sentOn`: the send-by day of that month, in the
 * year that puts it nearest the sent date (December's items sent in January belong to the year before).
 */
export function deadlineFor(month: number, sentOn: string, sendBeforeDay: number): string {
  const year = Number(sentOn.slice(0, 4));
  const sentMonth = Number(sentOn.slice(5, 7));
  const y = month - sentMonth > 6 ? year - 1 : month - sentMonth < -6 ? year + 1 : year;
  return isoDay(y, month, Math.min(sendBeforeDay, daysInMonth(y, month)));
}

/** Whether an item counts towards a quota: its medium is one of the quota's, or it has none and the quota covers all the outlet's media. */
function counts(item: MediaItem, q: MediaQuota, outlet: MediaOutlet): boolean {
  if (item.outlet !== q.outlet) return false;
  if (item.medium !== null) return q.media.includes(item.medium);
  return outlet.media.every((m) => q.media.includes(m));
}

function finding(
  code: Finding["code"],
  severity: Finding["severity"],
  sheet: string | null,
  cell: string | null,
  row: number | null,
  message: string,
): Finding {
  return { code, severity, sheet, cell, row, field: null, message };
}

export function mediaNames(profile: MediaProfile, media: readonly Medium[]): string {
  const names = media.map((m) => profile.mediaTypes.find((t) => t.id === m)?.name ?? m);
  return names.length <= 1
    ? names.join("")
    : `${names.slice(0, -1).join(", ")} và ${names[names.length - 1]}`;
}

/** Months to check: the clerk's range, else the months items count for, ascending. */
export function monthsToCheck(logs: readonly MediaLog[], options: MediaCheckOptions): number[] {
  if (options.months !== undefined) {
    const from = Math.max(1, Math.floor(options.months.from));
    const to = Math.min(12, Math.floor(options.months.to));
    const out: number[] = [];
    for (let m = from; m <= to; m++) out.push(m);
    return out;
  }
  const seen = new Set<number>();
  for (const log of logs) for (const item of log.items) if (item.month !== null) seen.add(item.month);
  return [...seen].sort((a, b) => a - b);
}

function itemFindings(
  log: MediaLog,
  item: MediaItem,
  profile: MediaProfile,
  outlets: ReadonlyMap<string, MediaOutlet>,
  late: MediaLateItem[],
): Finding[] {
  const out: Finding[] = [];
  const sheet = log.sheet;
  const row = item.row;
  const cell = (f: MediaField): string | null => item.cells[f] ?? item.cells.title ?? null;
  const label = item.title !== null ? `Tin bài "${item.title}"` : `Tin bài ở dòng ${row}`;
  const recipient = profile.recipient;

  if (item.title === null)
    out.push(
      finding(
        "missing-required",
        "error",
        sheet,
        cell("title"),
        row,
        `Dòng ${row} chưa ghi tiêu đề tin bài: ghi tên bài viết hoặc chương trình.`,
      ),
    );
  if (item.sentOn === null)
    out.push(
      finding(
        "missing-required",
        "error",
        sheet,
        item.cells.sentOn ?? null,
        row,
        `${label} chưa ghi ngày gửi ${recipient}: ghi ngày dạng dd/mm/yyyy.`,
      ),
    );
  else if (!isFullDate(item.sentOn))
    out.push(
      finding(
        "invalid-date",
        "error",
        sheet,
        cell("sentOn"),
        row,
        `Ngày gửi "${item.sentOn}" ở ô ${cell("sentOn")} không đọc được: ghi ngày dạng dd/mm/yyyy (ví dụ 20/03/2021).`,
      ),
    );
  if (item.publishedOn !== null && !isFullDate(item.publishedOn))
    out.push(
      finding(
        "invalid-date",
        "warning",
        sheet,
        cell("publishedOn"),
        row,
        `Ngày đăng, phát sóng "${item.publishedOn}" ở ô ${cell("publishedOn")} không đọc được: ghi ngày dạng dd/mm/yyyy.`,
      ),
    );
  if (item.monthText !== undefined)
    out.push(
      finding(
        "invalid-date",
        "error",
        sheet,
        cell("month"),
        row,
        `Tháng "${item.monthText}" ở ô ${cell("month")} không đọc được: ghi một tháng từ 1 đến 12 (ví dụ 3 hoặc "Tháng 3").`,
      ),
    );

  const outlet = item.outlet !== null ? outlets.get(item.outlet) : undefined;
  if (outlet === undefined) {
    const known = profile.outlets.map((o) => o.name).join(", ");
    out.push(
      item.outletText !== null
        ? finding(
            "missing-required",
            "warning",
            sheet,
            cell("outlet"),
            row,
            `Không nhận ra cơ quan báo chí "${item.outletText}": tin bài này không được tính vào chỉ tiêu của ${known}. ` +
              `Nếu là một trong các cơ quan đó, ghi đúng tên.`,
          )
        : finding(
            "missing-required",
            "error",
            sheet,
            cell("outlet"),
            row,
            `${label} chưa ghi cơ quan báo chí (${known}): chưa tính được vào chỉ tiêu.`,
          ),
    );
  } else if (item.medium === null) {
    const quotas = profile.quotas.filter((q) => q.outlet === outlet.id);
    if (quotas.length > 0 && !quotas.some((q) => counts(item, q, outlet))) {
      const allowed = mediaNames(profile, outlet.media);
      const what =
        item.mediumText !== null ? `Không nhận ra loại "${item.mediumText}"` : `${label} chưa ghi loại`;
      out.push(
        finding(
          "missing-required",
          "error",
          sheet,
          cell("medium"),
          row,
          `${what}: ghi một trong: ${allowed}.`,
        ),
      );
    }
  } else if (!outlet.media.includes(item.medium)) {
    out.push(
      finding(
        "missing-required",
        "warning",
        sheet,
        cell("medium"),
        row,
        `${outlet.name} không có loại ${mediaNames(profile, [item.medium])}: kiểm tra lại cột loại hoặc cơ quan báo chí.`,
      ),
    );
  }

  // "Đài … gửi bài viết kèm video-clip": the clip's link, or a note saying it went with the item.
  if (outlet?.withClip === true && !showsClip(item))
    out.push(
      finding(
        "missing-required",
        "warning",
        sheet,
        item.cells.link ?? item.cells.note ?? cell("title"),
        row,
        `${label} của ${outlet.name} chưa ghi video-clip gửi kèm (kế hoạch: gửi bài viết kèm video-clip): ` +
          "ghi đường dẫn video-clip, hoặc ghi chú «kèm video-clip».",
      ),
    );

  if (item.month !== null && isFullDate(item.sentOn)) {
    const deadline = deadlineFor(item.month, item.sentOn, profile.sendBeforeDay);
    // "Trước ngày 25 hàng tháng": the 25th itself is late, as in every deadline check.
    if (isLate(item.sentOn, deadline, true)) {
      late.push({
        sheet,
        row,
        cell: item.cells.sentOn ?? null,
        month: item.month,
        outlet: item.outlet,
        medium: item.medium,
        title: item.title,
        sentOn: item.sentOn,
        deadline,
      });
      out.push(
        finding(
          "media-late",
          "warning",
          sheet,
          cell("sentOn"),
          row,
          `${label} (tháng ${item.month}) gửi ngày ${showDate(item.sentOn)}: trễ hạn — phải gửi ${recipient} ` +
            `trước ngày ${showDate(deadline)}.`,
        ),
      );
    }
  }

  if (item.exemplar === null && log.columns.some((c) => c.field === "exemplar"))
    out.push(
      finding(
        "media-no-exemplar",
        "info",
        sheet,
        cell("exemplar"),
        row,
        `${label} chưa ghi gương điển hình được nêu: ghi tên tập thể, cá nhân điển hình mà tin bài giới thiệu.`,
      ),
    );
  return out;
}

function noExemplarColumn(log: MediaLog): Finding {
  const row = log.headerRows[0] ?? null;
  return finding(
    "media-no-exemplar",
    "info",
    log.sheet,
    null,
    row,
    'Nhật ký tin bài không có cột "Gương điển hình được nêu": thêm cột này để ghi tập thể, cá nhân điển hình ' +
      "mà mỗi tin bài giới thiệu.",
  );
}

function missingSentColumn(log: MediaLog, recipient: string): Finding {
  return finding(
    "missing-required",
    "error",
    log.sheet,
    null,
    log.headerRows[0] ?? null,
    `Nhật ký tin bài không có cột "Ngày gửi": thêm cột ghi ngày gửi ${recipient} để kiểm tra hạn gửi.`,
  );
}

/** Distinct items of a quota in a month: the same title in print and online is one article. */
function actualFor(items: readonly MediaItem[], month: number, q: MediaQuota, outlet: MediaOutlet): number {
  const keys = new Set<string>();
  for (const item of items) {
    if (item.month !== month || !counts(item, q, outlet)) continue;
    keys.add(item.title !== null ? foldText(item.title) : `#${item.row}`);
  }
  return keys.size;
}

export function checkMediaLogs(
  logs: readonly MediaLog[],
  profile: MediaProfile,
  options: MediaCheckOptions = {},
): MediaCheckResult {
  const outlets = new Map(profile.outlets.map((o) => [o.id, o]));
  const late: MediaLateItem[] = [];
  const logFindings = logs.map((log) => {
    if (log.columns.length === 0) return [];
    const out: Finding[] = [];
    if (!log.columns.some((c) => c.field === "sentOn")) out.push(missingSentColumn(log, profile.recipient));
    if (!log.columns.some((c) => c.field === "exemplar")) out.push(noExemplarColumn(log));
    for (const item of log.items) out.push(...itemFindings(log, item, profile, outlets, late));
    return out;
  });

  const months = monthsToCheck(logs, options);
  const items = logs.flatMap((l) => l.items);
  const quota: MediaQuotaStatus[] = [];
  const fileFindings: Finding[] = [];
  const hasLog = logs.some((l) => l.columns.length > 0);
  for (const month of hasLog ? months : []) {
    for (const q of profile.quotas) {
      const outlet = outlets.get(q.outlet);
      if (outlet === undefined) continue;
      const actual = actualFor(items, month, q, outlet);
      const status: MediaQuotaStatus = {
        month,
        outlet: outlet.id,
        outletName: outlet.name,
        media: [...q.media],
        mediaLabel: mediaNames(profile, q.media),
        unit: q.unit,
        required: q.perMonth,
        actual,
        met: actual >= q.perMonth,
      };
      quota.push(status);
      if (!status.met)
        fileFindings.push(
          finding(
            "media-quota-below-min",
            "error",
            null,
            null,
            null,
            `${outlet.name} – ${status.mediaLabel}, tháng ${month}: ${actual}/${q.perMonth} ${q.unit} — ` +
              `còn thiếu ${q.perMonth - actual} ${q.unit}.`,
          ),
        );
    }
  }
  return { logFindings, fileFindings, months, quota, late };
}
