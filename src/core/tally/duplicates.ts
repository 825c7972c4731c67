/**
 * The same person or collective put forward by two units (`duplicate-across-units`).
 * A person is the folded name plus the birth date as read; a collective is its folded name;
 * a person without a birth date is never matched on the name alone.
 */
import { foldKey, foldText } from "../read";
import type { Finding, NominationRecord, SubjectKind } from "../types";
import { showDate } from "../check/dates";

export interface DuplicateOccurrence {
  unit: string;
  file: string;
  sheet: string;
  row: number;
}

export interface CrossUnitDuplicate {
  /** "p|<folded name>|<birth>" for a person or household, "t|<folded name>" for a collective. */
  key: string;
  /** The name as the first unit wrote it. */
  name: string;
  /** ISO date or year, null for a collective. */
  birth: string | null;
  kind: SubjectKind;
  units: DuplicateOccurrence[];
}

/** One record of one file, with the unit it counts for (a registry name, or the file when unmatched). */
export interface TalliedRecord {
  unit: string;
  file: string;
  sheet: string;
  record: NominationRecord;
}

export interface FileFinding {
  file: string;
  finding: Finding;
}

function recordKey(r: NominationRecord): string | null {
  const name = r.fields.ten;
  if (!r.kind || !name) return null;
  const folded = foldKey(name);
  if (folded === "") return null;
  if (r.kind === "tap-the") return `t|${folded}`;
  const birth = r.fields.ngaySinh?.trim();
  return birth ? `p|${folded}|${foldText(birth)}` : null;
}

function describe(o: DuplicateOccurrence): string {
  return `${o.unit} (tệp ${o.file}, trang ${o.sheet}, dòng ${o.row})`;
}

/** Groups of records naming the same subject in at least two different units, in first-seen order. */
export function findCrossUnitDuplicates(records: Iterable<TalliedRecord>): {
  duplicates: CrossUnitDuplicate[];
  findings: FileFinding[];
} {
  const groups = new Map<string, TalliedRecord[]>();
  for (const t of records) {
    const key = recordKey(t.record);
    if (key === null) continue;
    const g = groups.get(key);
    if (g) g.push(t);
    else groups.set(key, [t]);
  }
  const duplicates: CrossUnitDuplicate[] = [];
  const findings: FileFinding[] = [];
  for (const [key, group] of groups) {
    if (new Set(group.map((t) => t.unit)).size < 2) continue;
    const first = group[0].record;
    const units = group.map((t) => ({ unit: t.unit, file: t.file, sheet: t.sheet, row: t.record.row }));
    const birth = first.kind === "tap-the" ? null : (first.fields.ngaySinh ?? null);
    duplicates.push({ key, name: first.fields.ten ?? "", birth, kind: first.kind!, units });
    group.forEach((t, i) => {
      const others = units.filter((o, j) => j !== i && o.unit !== t.unit).map(describe);
      const who =
        t.record.kind === "tap-the"
          ? `Tập thể "${t.record.fields.ten}"`
          : `"${t.record.fields.ten}" (sinh ${showDate(t.record.fields.ngaySinh ?? "")})`;
      findings.push({
        file: t.file,
        finding: {
          code: "duplicate-across-units",
          severity: "warning",
          sheet: t.sheet,
          cell: t.record.cells.ten ?? null,
          row: t.record.row,
          field: "ten",
          message: `${who} cũng được đề nghị ở ${others.join("; ")}. Hãy liên hệ các đơn vị để chỉ một nơi đề nghị.`,
        },
      });
    });
  }
  return { duplicates, findings };
}
