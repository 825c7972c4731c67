/**
 * Reading profiles: the clerk's corrections of how one layout is read (which sheet is a list, where
 * its header is, what each column holds, the kind of its records), remembered per layout rather
 * than per file. A layout is known by its header signature (folded header texts by column), so one
 * correction reads every workbook made from the same template, wherever its title rows end.
 */
import type { FieldKey, FileReport, NominationList, NominationRecord, SubjectKind } from "../types";
import { columnLetter, columnNumber } from "./address";
import { detectHeaderAt, type Header, type HeaderVocabulary } from "./header";
import type { ReadingProfile } from "./profile-schema";
import { foldKey } from "./text";
import type { SheetView } from "./view";

export type { ReadingProfile, ValueRule } from "./profile-schema";

export type ProfileSignature = ReadingProfile["signature"];

/** Where a profile's header was found in a sheet. */
export interface ProfileMatch {
  profile: ReadingProfile;
  /** 0-based grid row of the header's top row. */
  row: number;
}

/** Header signature of grid rows [top, top + depth): each column's folded texts, joined by " / ". */
export function signatureAt(
  view: SheetView,
  top: number,
  depth: number,
  folded: (r: number) => readonly string[] = (r) => view.texts(r).map(foldKey),
): ProfileSignature {
  const columns: ProfileSignature["columns"] = [];
  const rows: (readonly string[])[] = [];
  for (let r = top; r < top + depth; r++) rows.push(r < view.rows.length ? folded(r) : []);
  for (let c = 0; c < view.width; c++) {
    const parts: string[] = [];
    for (const row of rows) if ((row[c] ?? "") !== "") parts.push(row[c]);
    if (parts.length > 0) columns.push({ column: columnLetter(view.sheetCol(c)), text: parts.join(" / ") });
  }
  return { rows: depth, columns };
}

function signatureKey(s: ProfileSignature): string {
  return `${s.rows}|${s.columns.map((c) => `${c.column}=${c.text}`).join("|")}`;
}

/** A stable id for a layout: FNV-1a of its signature (same template → same id on every computer). */
export function profileId(signature: ProfileSignature): string {
  let h = 0x811c9dc5;
  const key = signatureKey(signature);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return `cach-doc-${(h >>> 0).toString(16).padStart(8, "0")}`;
}

/** Rows searched for a profile's header; the same reach as the reader's own header search. */
const MATCH_ROWS = 30;

/** The first profile whose signature sits in the sheet's top rows, and where; null when none does. */
export function matchProfile(
  view: SheetView,
  profiles: readonly ReadingProfile[] | undefined,
): ProfileMatch | null {
  if (!Array.isArray(profiles) || profiles.length === 0) return null;
  const byKey = new Map<string, ReadingProfile>();
  for (const p of profiles)
    if (!byKey.has(signatureKey(p.signature))) byKey.set(signatureKey(p.signature), p);
  const depths = [...new Set(profiles.map((p) => p.signature.rows))];
  const rows = Math.min(view.rows.length, MATCH_ROWS);
  // Each row is folded once, whatever the number of depths and rows it is part of.
  const cache = new Map<number, string[]>();
  const folded = (r: number): string[] => {
    let hit = cache.get(r);
    if (hit === undefined) cache.set(r, (hit = view.texts(r).map(foldKey)));
    return hit;
  };
  for (let r = 0; r < rows; r++)
    for (const depth of depths) {
      const profile = byKey.get(signatureKey(signatureAt(view, r, depth, folded)));
      if (profile !== undefined) return { profile, row: r };
    }
  return null;
}

/** The profile's column choices under the workbook's own (older, per-sheet) overrides: the profile wins. */
export function profileColumns(
  match: ProfileMatch | null,
  sheetOverrides: Readonly<Record<string, FieldKey | null>> | undefined,
): Readonly<Record<string, FieldKey | null>> | undefined {
  if (match?.profile.columns === undefined) return sheetOverrides;
  return { ...sheetOverrides, ...match.profile.columns };
}

/** The header at the profile's row, taken as the clerk placed it even when too little is recognised. */
export function profileHeader(
  view: SheetView,
  match: ProfileMatch,
  vocabulary: HeaderVocabulary<FieldKey>,
): Header | null {
  return detectHeaderAt(view, match.row, { ...vocabulary, forced: true });
}

function ruleCell(view: SheetView, record: NominationRecord, column: string): string {
  const n = columnNumber(column);
  return n === null ? "" : view.text(record.row - view.originRow, n - view.originCol);
}

/** Kind and award given by the profile, on one record; true when the profile decided its kind. */
function applyToRecord(view: SheetView, profile: ReadingProfile, record: NominationRecord): boolean {
  let kind: SubjectKind | null = null;
  for (const rule of profile.values ?? []) {
    const text = ruleCell(view, record, rule.column);
    if (text === "" || foldKey(text) !== foldKey(rule.value)) continue;
    if (rule.kind !== undefined) kind = rule.kind;
    if (rule.award !== undefined) {
      record.fields.hinhThuc = rule.award;
      record.cells.hinhThuc = `${rule.column}${record.row}`;
    }
  }
  kind ??= profile.kind ?? null;
  if (kind === null) return false;
  record.kind = kind;
  record.kindSource = "profile";
  return true;
}

/**
 * The lists of one sheet as the profile says: it read them, and the kinds (and awards) it gives
 * replace the guesses, with the `unknown-kind` findings they settle.
 */
export function applyProfile(
  view: SheetView,
  lists: NominationList[],
  profile: ReadingProfile,
): NominationList[] {
  for (const list of lists) {
    list.profile = { id: profile.id, name: profile.name };
    const settled = new Set<number>();
    for (const record of list.records) if (applyToRecord(view, profile, record)) settled.add(record.row);
    if (settled.size > 0)
      list.findings = list.findings.filter(
        (f) => f.code !== "unknown-kind" || f.row === null || !settled.has(f.row),
      );
  }
  return lists;
}

/** How many files each profile was applied to, by profile id. */
export function profileUsage(reports: readonly Pick<FileReport, "profiles">[]): Map<string, number> {
  const usage = new Map<string, number>();
  for (const report of reports)
    for (const p of report.profiles ?? []) usage.set(p.id, (usage.get(p.id) ?? 0) + 1);
  return usage;
}
