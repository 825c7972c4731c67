/**
 * Which registry unit sent a workbook: from the title rows above the list ("ỦY BAN NHÂN DÂN
 * XÃ MỸ HÒA HƯNG", "SỞ Y TẾ") or from the file name ("UBND_xa_My_Hoa_Hung.xlsx").
 * A unit is named only when exactly one fits; two candidates are never guessed between.
 */
import { foldKey } from "../read";
import type { NominationList, SheetGrid } from "../types";
import type { RegistryUnit } from "./registry";

/** Abbreviations clerks use in titles and file names, expanded before comparing. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["ubnd", "uy ban nhan dan"],
  ["hdnd", "hoi dong nhan dan"],
  ["tp", "thanh pho"],
  ["tx", "thi xa"],
  ["cty", "cong ty"],
]);

/** Words that say what a unit is, not which one: "Xã Phú Tân" is also written "Phú Tân". */
const KIND_PREFIXES = [
  "uy ban nhan dan",
  "xa",
  "phuong",
  "dac khu",
  "thi tran",
  "so",
  "huyen",
  "thi xa",
  "thanh pho",
  "cong ty",
];

/** Lines of a title block that name someone else or no one. */
const IGNORED_LINES = ["kinh gui", "cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc"];

function expand(folded: string): string {
  return folded
    .split(" ")
    .map((w) => ABBREVIATIONS.get(w) ?? w)
    .join(" ");
}

/** A name as compared: folded, punctuation as spaces, abbreviations expanded, "Ủy ban nhân dân" dropped. */
function nameKey(name: string): string {
  const k = expand(foldKey(name));
  return k.startsWith("uy ban nhan dan ") ? k.slice("uy ban nhan dan ".length) : k;
}

/** The name without its kind word ("xa my hoa hung" → "my hoa hung"), if what is left is distinctive. */
function shortKey(key: string): string | null {
  for (const p of KIND_PREFIXES)
    if (key.startsWith(p + " ")) {
      const rest = key.slice(p.length + 1);
      return rest.split(" ").length >= 2 && rest.length >= 5 ? rest : null;
    }
  return null;
}

interface Entry {
  unit: RegistryUnit;
  key: string;
}

/**
 * Registry keys by their exact text, and the word counts keys have: a text is scanned by looking up
 * each run of words of those lengths, so the cost does not grow with units sharing a first word
 * (a province's 100 "xã …" all start alike).
 */
class KeyTable {
  private readonly byKey = new Map<string, Entry[]>();
  private readonly lengths = new Set<number>();

  add(e: Entry): void {
    const list = this.byKey.get(e.key);
    if (list) list.push(e);
    else this.byKey.set(e.key, [e]);
    this.lengths.add(e.key.split(" ").length);
  }

  /** Keys standing in the text as whole words, with where. */
  scan(text: string): Hit[] {
    const words = text.split(" ");
    const starts: number[] = [];
    let pos = 0;
    for (const w of words) {
      starts.push(pos);
      pos += w.length + 1;
    }
    const hits: Hit[] = [];
    for (let i = 0; i < words.length; i++)
      for (const n of this.lengths) {
        const last = i + n - 1;
        if (last >= words.length) continue;
        const end = starts[last] + words[last].length;
        for (const entry of this.byKey.get(text.slice(starts[i], end)) ?? [])
          hits.push({ entry, start: starts[i], end });
      }
    return hits;
  }
}

interface Hit {
  entry: Entry;
  start: number;
  end: number;
}

class RegistryIndex {
  private readonly full = new KeyTable();
  private readonly short = new KeyTable();

  constructor(registry: readonly RegistryUnit[]) {
    for (const unit of registry) {
      const key = nameKey(unit.name);
      if (key !== "") this.full.add({ unit, key });
      const s = shortKey(key);
      if (s !== null) this.short.add({ unit, key: s });
    }
  }

  /**
   * Units named in the text as whole words, with or without their kind word; a name lying inside
   * a longer name found in the same place does not count ("Phú Tân" inside "Xã Phú Tân").
   */
  find(text: string): RegistryUnit[] {
    const hits = [...this.full.scan(text), ...this.short.scan(text)];
    const kept = hits.filter(
      (h) => !hits.some((o) => o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
    );
    return [...new Set(kept.map((h) => h.entry.unit))];
  }
}

const indexCache = new WeakMap<readonly RegistryUnit[], RegistryIndex>();

function indexOf(registry: readonly RegistryUnit[]): RegistryIndex {
  let index = indexCache.get(registry);
  if (!index) {
    index = new RegistryIndex(registry);
    indexCache.set(registry, index);
  }
  return index;
}

/** "…/UBND_xa_My_Hoa_Hung (ban sua).xlsx" → "uy ban nhan dan xa my hoa hung ban sua"-like key. */
function fileKey(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return expand(foldKey(base.replace(/\.[a-z0-9]+$/i, "")));
}

/** The units named by the first title line that names any. */
function fromHeader(index: RegistryIndex, headerTexts: readonly string[]): RegistryUnit[] {
  for (const text of headerTexts) {
    const key = expand(foldKey(text));
    if (key === "" || IGNORED_LINES.some((l) => key.startsWith(l))) continue;
    const hits = index.find(key);
    if (hits.length > 0) return hits;
  }
  return [];
}

/**
 * The registry unit that sent this workbook, or null. The title rows decide first; the file
 * name confirms or narrows; when they disagree, or two units fit equally, the answer is null.
 */
export function matchUnit(
  file: string,
  headerTexts: string[],
  registry: RegistryUnit[],
): RegistryUnit | null {
  const index = indexOf(registry);
  const byHeader = fromHeader(index, headerTexts);
  const byName = index.find(fileKey(file));
  let candidates: RegistryUnit[];
  if (byHeader.length > 0 && byName.length > 0) candidates = byHeader.filter((u) => byName.includes(u));
  else candidates = byHeader.length > 0 ? byHeader : byName;
  return candidates.length === 1 ? candidates[0] : null;
}

/** Rows of the title block looked at when the first list's header is not known. */
const TITLE_ROWS = 12;

/**
 * The text lines of the first sheet's title block: every non-empty text cell of the rows above
 * the first list's header (or of the first 12 rows), row by row, left to right.
 */
export function headerTextsOf(sheets: readonly SheetGrid[], lists: readonly NominationList[] = []): string[] {
  const sheet = sheets[0];
  if (!sheet) return [];
  const headerTop = lists.find((l) => l.sheet === sheet.name && l.headerRows.length > 0)?.headerRows[0];
  const lastRow = headerTop !== undefined ? headerTop - 1 : sheet.originRow + TITLE_ROWS - 1;
  const texts: string[] = [];
  for (let i = 0; i < sheet.values.length && sheet.originRow + i <= lastRow; i++)
    for (const v of sheet.values[i] ?? []) if (typeof v === "string" && v.trim() !== "") texts.push(v.trim());
  return texts;
}
