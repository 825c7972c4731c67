/** Outlet, medium and month values as clerks write them in a media log. */
import { normaliseDateText, serialToIso } from "../read/dates";
import { foldKey, foldText } from "../read/text";
import type { MediaOutlet, MediaProfile, Medium } from "./schema";

/** Shorter synonyms ("in", "TH", "ATV") only match a whole value, never inside a longer one. */
const MIN_CONTAINED = 5;

interface Table<T> {
  exact: Map<string, T>;
  /** Longest first. */
  contained: [string, T][];
}

function table<T>(entries: [string, T][]): Table<T> {
  const exact = new Map<string, T>();
  const contained: [string, T][] = [];
  for (const [label, value] of entries) {
    const key = foldKey(label);
    if (key === "" || exact.has(key)) continue;
    exact.set(key, value);
    if (key.length >= MIN_CONTAINED) contained.push([key, value]);
  }
  contained.sort((a, b) => b[0].length - a[0].length);
  return { exact, contained };
}

/** Exact value first, then the longest synonym inside it; `unique`: only when one value is named there. */
function lookup<T>(t: Table<T>, text: string, unique = false): T | null {
  const key = foldKey(text);
  if (key === "") return null;
  const bare = key
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const hit = t.exact.get(key) ?? t.exact.get(bare);
  if (hit !== undefined) return hit;
  const padded = ` ${key.replace(/[()]/g, " ").replace(/\s+/g, " ")} `;
  let found: T | null = null;
  for (const [k, v] of t.contained) {
    if (!padded.includes(` ${k} `)) continue;
    if (!unique) return v;
    if (found !== null && found !== v) return null;
    found = v;
  }
  return found;
}

export interface MediaMatchers {
  outlet(text: string): MediaOutlet | null;
  medium(text: string): Medium | null;
  /** The one medium a longer text names ("Báo điện tử An Giang"); null for none or several ("Đài Phát thanh - Truyền hình"). */
  mediumNamedIn(text: string): Medium | null;
  /** The outlet of a medium only one outlet publishes on, else null. */
  onlyOutletOf(medium: Medium): MediaOutlet | null;
}

/** Matchers over a profile's outlet and medium names and synonyms (folded, whole words). */
export function mediaMatchers(profile: Pick<MediaProfile, "outlets" | "mediaTypes">): MediaMatchers {
  const outlets = table(
    profile.outlets.flatMap((o) => [o.name, ...o.synonyms].map((s): [string, MediaOutlet] => [s, o])),
  );
  const media = table(
    profile.mediaTypes.flatMap((m) => [m.name, m.id, ...m.synonyms].map((s): [string, Medium] => [s, m.id])),
  );
  return {
    outlet: (text) => lookup(outlets, text),
    medium: (text) => lookup(media, text),
    mediumNamedIn: (text) => lookup(media, text, true),
    onlyOutletOf: (medium) => {
      const having = profile.outlets.filter((o) => o.media.includes(medium));
      return having.length === 1 ? having[0] : null;
    },
  };
}

const MONTH_TEXT = /^(?:thang|t)?\s*0?([1-9]|1[0-2])(?:\s*(?:[/.-]|nam)\s*(?:\d{4}|\d{2}))?$/;
const MONTH_IN_TEXT = /\bthang\s*0?([1-9]|1[0-2])\b/g;

/** A month cell: 3, "3", "03", "Tháng 3", "T3", "3/2021", "tháng 3 năm 2021", or a date (its month). */
export function monthOfValue(value: unknown, text: string): number | null {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1 && value <= 12) return value;
    if (value > 12 && value <= 2958465) return Number(serialToIso(value).slice(5, 7));
    return null;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getUTCMonth() + 1;
  const folded = foldText(text).replace(/[,:]/g, " ").replace(/\s+/g, " ").trim();
  const m = MONTH_TEXT.exec(folded);
  if (m !== null) return Number(m[1]);
  return monthOfIso(normaliseDateText(text));
}

/** Month of an ISO date "yyyy-mm-dd", else null. */
export function monthOfIso(iso: string | null): number | null {
  return iso !== null && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Number(iso.slice(5, 7)) : null;
}

/** The one month a title names ("THÁNG 3", "Tin bài tháng 03/2021"); null for none or several ("1 và 2"). */
export function monthInText(text: string): number | null {
  const folded = foldText(text);
  const sheetLike = MONTH_TEXT.exec(folded.replace(/\s+/g, " ").trim());
  if (sheetLike !== null) return Number(sheetLike[1]);
  const found = new Set<number>();
  for (const m of folded.matchAll(MONTH_IN_TEXT)) found.add(Number(m[1]));
  if (/\bthang\s*\d{1,2}\s*(va|,|-)\s*\d/.test(folded)) return null;
  return found.size === 1 ? [...found][0] : null;
}
