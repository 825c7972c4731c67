/**
 * duplicate-record: the same subject twice in one file (same kind, same name once folded, same
 * birth date), across all its lists. The second occurrence is flagged and points to the first.
 * Hot path: one hash per record into an open-addressing table of typed arrays (no per-record
 * objects or strings); a hash match is confirmed with foldText.
 */
import { foldText } from "../read/text";
import type { Finding, NominationRecord, SubjectKind } from "../types";
import { capital, isBlank, recordFinding, who, type ListScope, type RecordRule } from "./context";
import { showDate } from "./dates";
import { nameKey } from "./name-key";

const KIND_CODE: Record<SubjectKind, number> = { "tap-the": 1, "ca-nhan": 2, "ho-gia-dinh": 3 };
const SAME: Record<SubjectKind, string> = { "tap-the": "tập thể", "ca-nhan": "người", "ho-gia-dinh": "hộ" };
// Local bindings: no module export accessors on the per-record path.
const blank = isBlank;
const hashOf = nameKey;

function sameSubject(a: NominationRecord, b: NominationRecord): boolean {
  if (a.kind !== b.kind || (a.fields.ngaySinh ?? "") !== (b.fields.ngaySinh ?? "")) return false;
  const x = a.fields.ten ?? "";
  const y = b.fields.ten ?? "";
  return x === y || foldText(x) === foldText(y);
}

/** First occurrences by hash: linear probing over a power-of-two table that doubles at half full. */
class FirstSeen {
  private hashes = new Uint32Array(1024);
  /** Index + 1 into `records`; 0 = empty slot. */
  private slots = new Int32Array(1024);
  private readonly records: NominationRecord[] = [];
  private readonly sheets: string[] = [];

  /** The earlier record equal to `record` (and its sheet), or null after remembering `record`. */
  find(
    hash: number,
    record: NominationRecord,
    sheet: string,
  ): { record: NominationRecord; sheet: string } | null {
    const mask = this.slots.length - 1;
    let i = hash & mask;
    for (let s = this.slots[i]; s !== 0; s = this.slots[i]) {
      if (this.hashes[i] === hash && sameSubject(this.records[s - 1], record))
        return { record: this.records[s - 1], sheet: this.sheets[s - 1] };
      i = (i + 1) & mask;
    }
    this.records.push(record);
    this.sheets.push(sheet);
    this.hashes[i] = hash;
    this.slots[i] = this.records.length;
    if (this.records.length * 2 > this.slots.length) this.grow();
    return null;
  }

  private grow(): void {
    const { hashes, slots } = this;
    this.hashes = new Uint32Array(slots.length * 2);
    this.slots = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let j = 0; j < slots.length; j++) {
      if (slots[j] === 0) continue;
      let i = hashes[j] & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.hashes[i] = hashes[j];
      this.slots[i] = slots[j];
    }
  }
}

/** A fresh rule per file: it remembers what it has seen. */
export function duplicateRule(): RecordRule {
  const seen = new FirstSeen();
  return (record: NominationRecord, scope: ListScope, out: Finding[]) => {
    const name = record.fields.ten;
    const kind = record.kind;
    if (kind === null || name === undefined || blank(name)) return;
    const birth = record.fields.ngaySinh ?? "";
    const first = seen.find(hashOf(KIND_CODE[kind], name, birth), record, scope.list.sheet);
    if (first === null) return;
    const born = isBlank(birth) ? "" : ` (sinh ${showDate(birth)})`;
    out.push(
      recordFinding(
        "duplicate-record",
        "warning",
        scope,
        record,
        "ten",
        `${capital(who(record))}${born} đã có ở dòng ${first.record.row}, trang «${first.sheet}». ` +
          `Nếu là cùng một ${SAME[kind]}, hãy xóa dòng trùng.`,
      ),
    );
  };
}
