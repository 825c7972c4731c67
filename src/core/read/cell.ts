/**
 * Raw host values → text. Strings are decoded from TCVN3/VNI when they are legacy text, then
 * cleaned; a `CellReader` per list counts what it converted for the list's `encoding`.
 */
import type { Encoding } from "../types";
import { dateToIso } from "./dates";
import { decodeLegacy, isVietnameseWide, isVniBase, LATIN1_CLASS } from "./encoding/detect";
import { cleanText, isJunk } from "./text";

// Local bindings: the hot loop below must not go through module export accessors.
const CLASS = LATIN1_CLASS;
const vniBase = isVniBase;
const vietnameseWide = isVietnameseWide;
const junk = isJunk;
const clean = cleanText;

/** What hosts flatten error cells to. */
export const ERROR_VALUES: ReadonlySet<string> = new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#BUSY!",
  "#CONNECT!",
]);

/** An error value ("#N/A"…) or null. */
export function errorValue(v: unknown): string | null {
  if (typeof v !== "string" || v.length < 4 || v.charCodeAt(0) !== 35) return null;
  const t = v.trim();
  return ERROR_VALUES.has(t) ? t : null;
}

/**
 * Unwraps what some hosts hand over for rich cells (ExcelJS: {richText}, {formula, result},
 * {text, hyperlink}, {error}); anything else that is not a primitive or a Date is no value.
 */
export function primitive(v: unknown, depth = 0): unknown {
  if (v === null || typeof v !== "object" || v instanceof Date || depth > 3) return v;
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return o.error;
  if ("result" in o) return primitive(o.result, depth + 1);
  if (Array.isArray(o.richText)) {
    let s = "";
    for (const part of o.richText) {
      const t =
        part !== null && typeof part === "object" ? (part as Record<string, unknown>).text : undefined;
      if (typeof t === "string") s += t;
    }
    return s;
  }
  if (typeof o.text === "string") return o.text;
  return null;
}

const PLAIN_CACHE_SIZE = 2048;

/** A cell text that was not converted, and how `text` classified it. */
interface PlainText {
  text: string;
  last: "ascii" | "unicode" | "ambiguous";
  /** It counts as genuine Unicode for the list's encoding. */
  wide: boolean;
  /** Kept as is whatever the list leans to; otherwise only while the list has no legacy cell. */
  final: boolean;
}

export class CellReader {
  tcvn3 = 0;
  vni = 0;
  /** Cells holding letters only genuine Unicode Vietnamese has. */
  unicode = 0;
  /** Sheet (row, col) of the first converted cell. */
  firstRow = 0;
  firstCol = 0;
  /** Encoding of the last `text` call's cell. */
  last: "ascii" | "unicode" | "ambiguous" | "tcvn3" | "vni" = "ascii";

  /**
   * Cleaned, decoded text of a string cell. One pass classifies the text (see `classifyText`)
   * and notes whether it needs cleaning; most cells then return as they are.
   */
  /**
   * Cells that needed no decoding, by raw text: a list repeats its values (jobs, units, award
   * forms, shared strings), so most cells skip the scan below. Bounded: names are mostly unique.
   */
  private readonly plain = new Map<string, PlainText>();
  /**
   * The last cached text per sheet column, checked before the map: a column often repeats one
   * value row after row (the same string object, so the comparison costs nothing).
   */
  private readonly lastRaw: string[] = [];
  private readonly lastPlain: PlainText[] = [];

  text(raw: string, row: number, col: number): string {
    const n = raw.length;
    if (n === 0) return "";
    let hit: PlainText | undefined;
    if (this.lastRaw[col] === raw) hit = this.lastPlain[col];
    else {
      hit = this.plain.get(raw);
      if (hit !== undefined) {
        this.lastRaw[col] = raw;
        this.lastPlain[col] = hit;
      }
    }
    if (hit !== undefined && (hit.final || this.tcvn3 + this.vni === 0)) {
      if (hit.wide) this.unicode++;
      this.last = hit.wide ? "unicode" : "ascii";
      return hit.text;
    }
    let dirty = raw.charCodeAt(0) === 32 || raw.charCodeAt(n - 1) === 32;
    let wide = false;
    let impossible = false;
    let afterVowel = false;
    let prev = 0;
    for (let i = 0; i < n; i++) {
      const c = raw.charCodeAt(i);
      if (c < 0x7f) {
        if (c <= 32 && (c < 32 || prev === 32)) dirty = true;
        prev = c;
        continue;
      }
      if (c >= 0x1ea0 && c <= 0x1ef9) wide = true;
      else if (c <= 0xff) {
        const k = CLASS[c];
        if (k === 1) {
          if (vniBase(prev)) afterVowel = true;
        } else if (k === 2) impossible = true;
        else dirty = true;
      } else if (c >= 0x300 && c <= 0x36f) {
        wide = true;
        dirty = true; // NFD: compose
      } else if (vietnameseWide(c)) wide = true;
      else if (junk(c)) dirty = true;
      prev = c;
    }
    if (wide || (!impossible && !afterVowel)) {
      if (wide) this.unicode++;
      this.last = wide ? "unicode" : "ascii";
      const text = dirty ? clean(raw) : raw;
      this.remember(raw, { text, last: this.last, wide, final: true });
      return text;
    }
    const prefer = this.tcvn3 > this.vni ? "tcvn3" : this.vni > this.tcvn3 ? "vni" : undefined;
    const decoded = decodeLegacy(raw, prefer);
    if (decoded === null) {
      this.last = impossible ? "unicode" : "ambiguous";
      const text = cleanText(raw);
      // The reading depends on the list's lean: remembered only while it has none.
      if (this.tcvn3 + this.vni === 0)
        this.remember(raw, { text, last: this.last, wide: false, final: false });
      return text;
    }
    this.converted(decoded.encoding, row, col);
    return cleanText(decoded.text);
  }

  private remember(raw: string, plain: PlainText): void {
    if (this.plain.size < PLAIN_CACHE_SIZE) this.plain.set(raw, plain);
  }

  converted(encoding: "tcvn3" | "vni", row: number, col: number): void {
    if (
      this.tcvn3 + this.vni === 0 ||
      row < this.firstRow ||
      (row === this.firstRow && col < this.firstCol)
    ) {
      this.firstRow = row;
      this.firstCol = col;
    }
    if (encoding === "tcvn3") this.tcvn3++;
    else this.vni++;
    this.last = encoding;
  }

  /**
   * In a list written wholly in one legacy encoding, ambiguous cells ("Hoaøng" reads as Unicode
   * "Hoàng" too) take that encoding when it reads at least as well.
   */
  settle(pending: { raw: string; row: number; col: number; apply: (text: string) => void }[]): void {
    if (this.unicode > 0 || this.tcvn3 + this.vni === 0 || (this.tcvn3 > 0 && this.vni > 0)) return;
    const prefer = this.tcvn3 > 0 ? "tcvn3" : "vni";
    for (const p of pending) {
      const decoded = decodeLegacy(p.raw, prefer, true);
      if (decoded === null || decoded.encoding !== prefer) continue;
      this.converted(decoded.encoding, p.row, p.col);
      p.apply(cleanText(decoded.text));
    }
  }

  encoding(): Encoding {
    const legacy = (this.tcvn3 > 0 ? 1 : 0) + (this.vni > 0 ? 1 : 0);
    if (legacy === 0) return "unicode";
    if (legacy === 2 || this.unicode > 0) return "mixed";
    return this.tcvn3 > 0 ? "tcvn3" : "vni";
  }
}

/** Text of any host value for header, section and footer reading ("" when blank). */
export function anyText(v: unknown, reader: CellReader, row: number, col: number): string {
  const p = primitive(v);
  if (typeof p === "string") return p.length === 0 ? "" : reader.text(p, row, col);
  if (typeof p === "number") return Number.isFinite(p) ? String(p) : "";
  if (typeof p === "boolean") return p ? "TRUE" : "FALSE";
  if (p instanceof Date) return dateToIso(p) ?? "";
  return "";
}
