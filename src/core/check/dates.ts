/** Calendar arithmetic on ISO strings, and dates shown the way clerks write them (dd/mm/yyyy). */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseIsoDay(s: string): Ymd | null {
  const m = ISO_DAY.exec(s);
  return m === null ? null : { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

export function isoDay(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** "2025-07-31" → "31/07/2025"; a year or anything else is shown as is. */
export function showDate(iso: string): string {
  const p = parseIsoDay(iso);
  return p === null ? iso : `${pad2(p.d)}/${pad2(p.m)}/${p.y}`;
}

/** Whole days from `a` to `b` (both ISO days). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000);
}

/**
 * Whether something sent on `sent` misses the due day `due` (both ISO days). "Trước ngày N"
 * (`before`): day N itself is late; otherwise day N is the last day on time. Every deadline check
 * (lists, reports, the press's monthly items) decides lateness here, so they agree.
 */
export function isLate(sent: string, due: string, before: boolean): boolean {
  return before ? sent >= due : sent > due;
}

/** Days late: from the last day on time to `sent`. */
export function daysLate(sent: Ymd, due: Ymd, before: boolean): number {
  return daysBetween(due, sent) + (before ? 1 : 0);
}
