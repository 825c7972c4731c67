/**
 * Birth dates as clerks write them → ISO "yyyy-mm-dd" or "yyyy". Anything not understood (or an
 * impossible date such as 31/02/1980) keeps the clerk's text: the check stage reports it.
 */
import { foldText } from "./text";

function pad(n: number, w: number): string {
  const s = String(n);
  return s.length >= w ? s : "0".repeat(w - s.length) + s;
}

function iso(y: number, m: number, d: number): string {
  return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether (y, m, d) is a real calendar date. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m !== 2) return d <= DAYS_IN_MONTH[m - 1];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (leap ? 29 : 28);
}

/** Years a number may stand for on its own (a serial this small would be 1902–1905). */
const MIN_YEAR = 1000;
const MAX_YEAR = 2200;
/** 9999-12-31, Excel's last serial. */
const MAX_SERIAL = 2958465;

/** Birth dates repeat across a long list: one string per day, no new Date per cell. */
const CACHE_SIZE = 50_000;
const isoBySerial = new Map<number, string>();

/** A list's birth dates repeat: one string per calendar date, shared by every record holding it. */
const isoByDate = new Map<number, string>();

function cachedIso(y: number, m: number, d: number): string {
  const key = (y * 100 + m) * 100 + d;
  const hit = isoByDate.get(key);
  if (hit !== undefined) return hit;
  const s = iso(y, m, d);
  if (isoByDate.size < CACHE_SIZE) isoByDate.set(key, s);
  return s;
}

/**
 * Excel 1900-system serial → ISO date. Excel counts the fictitious 29/02/1900 as serial 60, so
 * serials after it are one day ahead of a real calendar; serial 60 itself gives "1900-02-29",
 * which is what Excel shows (the check stage finds it invalid).
 */
export function serialToIso(serial: number): string {
  const day = Math.floor(serial);
  const hit = isoBySerial.get(day);
  if (hit !== undefined) return hit;
  const iso = serialDayToIso(day);
  if (isoBySerial.size < CACHE_SIZE) isoBySerial.set(day, iso);
  return iso;
}

function serialDayToIso(day: number): string {
  if (day === 60) return "1900-02-29";
  const offset = day < 60 ? day : day - 1;
  const ms = Date.UTC(1899, 11, 31) + offset * 86400000;
  const dt = new Date(ms);
  return iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** A host Date (UTC midnight) → ISO date, from its UTC components. */
export function dateToIso(d: Date): string | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  return cachedIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const YEAR = /^(?:nam\s+)?(\d{4})$/;
const WORDS = /^ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$/;

/** Year strings, made once: a year column repeats a few dozen values. */
const yearText: string[] = [];

/** A number in a date column: a year on its own, else a serial. */
export function normaliseDateNumber(n: number): string {
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return (yearText[n] ??= String(n));
  if (n >= 1 && n <= MAX_SERIAL) return serialToIso(n);
  return String(n);
}

/** Digits of `text` from `i` to `end` as a number; -1 when one is not a digit. */
function digitsAt(text: string, i: number, end: number): number {
  let n = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function isDateSeparator(c: number): boolean {
  return c === 47 || c === 46 || c === 45; // "/" "." "-"
}

/**
 * "5/3/1980", "05.03.1980": what DMY matches when written without spaces, as (y * 100 + m) * 100
 * + d, without a regex; -1 for any other text (DMY then decides).
 */
function plainDmy(text: string): number {
  const n = text.length;
  if (n < 8 || n > 10) return -1;
  const s1 = isDateSeparator(text.charCodeAt(1)) ? 1 : isDateSeparator(text.charCodeAt(2)) ? 2 : -1;
  if (s1 < 0) return -1;
  const s2 = n - 5;
  if (!isDateSeparator(text.charCodeAt(s2)) || s2 - s1 < 2 || s2 - s1 > 3) return -1;
  const d = digitsAt(text, 0, s1);
  const m = digitsAt(text, s1 + 1, s2);
  const y = digitsAt(text, s2 + 1, n);
  return d < 0 || m < 0 || y < 0 ? -1 : (y * 100 + m) * 100 + d;
}

/** Cleaned text in a date column. */
export function normaliseDateText(text: string): string {
  const c0 = text.charCodeAt(0);
  let m: RegExpExecArray | null;
  if (c0 >= 48 && c0 <= 57) {
    const ymd = plainDmy(text);
    if (ymd >= 0) {
      const y = Math.floor(ymd / 10000);
      const mo = Math.floor(ymd / 100) % 100;
      const d = ymd % 100;
      return isRealDate(y, mo, d) ? cachedIso(y, mo, d) : text;
    }
    if ((m = DMY.exec(text)) !== null) {
      const d = +m[1];
      const mo = +m[2];
      const y = +m[3];
      return isRealDate(y, mo, d) ? cachedIso(y, mo, d) : text;
    }
    if ((m = YMD.exec(text)) !== null) {
      const y = +m[1];
      const mo = +m[2];
      const d = +m[3];
      return isRealDate(y, mo, d) ? cachedIso(y, mo, d) : text;
    }
    if (text.length === 4 && digitsAt(text, 0, 4) >= 0) return text; // a year
    return text;
  }
  const folded = foldText(text).replace(/[,.]/g, " ").replace(/\s+/g, " ").trim();
  if ((m = YEAR.exec(folded)) !== null) return m[1];
  if ((m = WORDS.exec(folded)) !== null) {
    const d = +m[1];
    const mo = +m[2];
    const y = +m[3];
    return isRealDate(y, mo, d) ? cachedIso(y, mo, d) : text;
  }
  return text;
}
