/**
 * A record's kind weighed from every place the file says it, strongest first: the kind column,
 * the section or title row, the sheet's name, a household's name ("Hộ ông …"), the award title,
 * the particulars (a birth date), the name's own form (a unit word, a person's title), and last
 * the name column's header for the whole list. The strongest that says anything decides and is
 * named (`kindSource`). Why this order: a household with the head's birth date is a household;
 * a "Trường …" with a birth date is a person surnamed Trường; a "Họ và tên" column that also
 * holds units speaks for none of them.
 */
import type { KindSource, NominationList, NominationRecord, SubjectKind } from "../types";
import type { Header } from "./header";
import { kindFromAward, kindFromValue, nameForm, personName, type NameForm } from "./kind";
import { isPersonIdHeader } from "./synonyms";
import { foldKey } from "./text";

/** What one row's cells and surroundings say about its kind. */
export interface RowEvidence {
  /** Values of the kind column(s) (or a kind mark's column label). */
  loai: string | undefined;
  section: SubjectKind | null;
  /** The title rows above the header (a heading of the whole list). */
  title: SubjectKind | null;
  sheet: SubjectKind | null;
  hinhThuc: string | undefined;
  ten: string | undefined;
  /** A birth date or gender is filled. */
  personData: boolean;
  /** The name's cell also names a position ("Lê Thanh Tùng⏎Chuyên viên…"): a person's. */
  position: boolean;
}

/**
 * Sets the record's kind and kindSource from its own evidence (the list-level name header comes
 * later). Hot path: writes into the record, builds nothing.
 */
export function decideKind(e: RowEvidence, r: NominationRecord): void {
  let kind: SubjectKind | null = null;
  let source: KindSource | null = null;
  if (e.loai !== undefined) {
    kind = kindFromValue(e.loai);
    if (kind !== null) source = "kind-column";
  }
  if (kind === null && e.section !== null) {
    kind = e.section;
    source = "section";
  }
  if (kind === null && e.title !== null) {
    kind = e.title;
    source = "section";
  }
  if (kind === null && e.sheet !== null) {
    kind = e.sheet;
    source = "sheet-name";
  }
  // The name's form is needed only when nothing above decided; a person's title is stripped
  // whatever decided: "Ông Trần Văn Lợi" is "Trần Văn Lợi".
  if (kind === null) {
    const form: NameForm | null = nameForm(e.ten);
    if (form?.kind === "ho-gia-dinh") {
      kind = form.kind;
      source = "name-form";
    }
    if (kind === null && e.hinhThuc !== undefined) {
      kind = kindFromAward(e.hinhThuc);
      if (kind !== null) source = "award";
    }
    if (kind === null && e.personData) {
      kind = "ca-nhan";
      source = "particulars";
    }
    if (kind === null && form !== null) {
      kind = form.kind;
      source = "name-form";
    }
    if (kind === null && e.position) {
      kind = "ca-nhan";
      source = "name-form";
    }
  }
  r.kind = kind;
  r.kindSource = kind === null ? null : source;
  if (kind === "ca-nhan" && e.ten !== undefined) {
    const bare = personName(e.ten);
    if (bare !== null) r.fields.ten = bare;
  }
}

const UNIT_HEADER = /^(ten )?(tap the|don vi|co quan|to chuc|doanh nghiep)\b/;
const PERSON_HEADER = /^(ho va ten|ho ten|ten ca nhan|ten nguoi|ho ten nguoi)\b/;
const HOUSEHOLD_HEADER = /^(ten )?(ho gia dinh|chu ho)\b/;
const OTHER_KIND = /\b(tap the|don vi|ca nhan|ho gia dinh|to chuc|co quan)\b/;

/**
 * The kind the name column's header gives the whole list: "Tên đơn vị", "Tên tập thể" ⇒ tập thể;
 * "Họ và tên" beside a birth date, gender or identity column ⇒ cá nhân; null for "Tên tập thể,
 * cá nhân" and other mixed labels.
 */
export function nameHeaderKind(header: Header): SubjectKind | null {
  const ten = header.columns.find((h) => h.field === "ten");
  if (ten === undefined) return null;
  const parts = ten.header.split(" / ");
  const key = foldKey(parts[parts.length - 1]);
  if (HOUSEHOLD_HEADER.test(key))
    return OTHER_KIND.test(key.replace(HOUSEHOLD_HEADER, "")) ? null : "ho-gia-dinh";
  if (UNIT_HEADER.test(key)) return /\b(ca nhan|ho gia dinh)\b/.test(key) ? null : "tap-the";
  if (!PERSON_HEADER.test(key) || /\b(tap the|don vi|ho gia dinh|to chuc|co quan)\b/.test(key)) return null;
  const personal = header.columns.some(
    (h) => h.field === "ngaySinh" || h.field === "gioiTinh" || h.field === "danToc" || h.field === "queQuan",
  );
  return personal || header.labels.some((l) => isPersonIdHeader(l.text)) ? "ca-nhan" : null;
}

/**
 * The name header's kind for the rows nothing else decided, when no decided row contradicts it
 * (a "Họ và tên" column that also holds units and households speaks for none of them).
 */
export function applyNameHeader(records: NominationRecord[], kind: SubjectKind | null): void {
  if (kind === null) return;
  for (const r of records) if (r.kind !== null && r.kind !== kind) return;
  for (const r of records) {
    if (r.kind !== null) continue;
    r.kind = kind;
    r.kindSource = "name-header";
    const bare = kind === "ca-nhan" && r.fields.ten !== undefined ? personName(r.fields.ten) : null;
    if (bare !== null) r.fields.ten = bare;
  }
}

/** The source that decided most records, with the column it is read from, for one line per list. */
export function listKindSource(
  list: Pick<NominationList, "records" | "columns">,
): NominationList["kindSource"] {
  const tally = new Map<KindSource, number>();
  let best: KindSource | null = null;
  for (const r of list.records) {
    if (r.kindSource === null) continue;
    const n = (tally.get(r.kindSource) ?? 0) + 1;
    tally.set(r.kindSource, n);
    if (best === null || n > (tally.get(best) ?? 0)) best = r.kindSource;
  }
  if (best === null) return null;
  const field =
    best === "kind-column" ? "loai" : best === "award" ? "hinhThuc" : best === "name-header" ? "ten" : null;
  if (field === null) return { source: best };
  // The column most of those records were read from (of two kind columns, the filled one).
  const letters = new Map<string, number>();
  for (const r of list.records) {
    const address = r.kindSource === best ? r.cells[field] : undefined;
    if (address === undefined) continue;
    const letter = address.replace(/\d+$/, "");
    letters.set(letter, (letters.get(letter) ?? 0) + 1);
  }
  const letter = [...letters].sort((a, b) => b[1] - a[1])[0]?.[0];
  const column = list.columns.find((c) => c.column === letter);
  if (column === undefined) return { source: best };
  // An award matrix reads many columns: name the header row's role, not one award.
  if (best === "award" && letters.size > 1) return { source: best };
  return { source: best, column: column.column, header: column.header };
}
