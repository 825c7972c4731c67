/**
 * The shared vocabulary of the core: grids in, lists of records and findings out.
 * Pure types only; every host (Excel, ExcelJS, browser) speaks these.
 */
import type { ReadingProfile } from "./read/profile-schema";

/** What `Range.values` returns: rows of cell values (string, number, boolean, Date, null…). */
export type Grid = unknown[][];

/** One sheet as a host hands it to the core. */
export interface SheetGrid {
  /** Sheet name as the clerk sees it. */
  name: string;
  /** Values of the used range; `values[0][0]` sits at (originRow, originCol). */
  values: Grid;
  /** 1-based sheet row of `values[0]`. */
  originRow: number;
  /** 1-based sheet column of `values[r][0]`. */
  originCol: number;
  /** Merged areas, 1-based inclusive sheet coordinates. */
  merges?: CellRange[];
  /** 1-based sheet rows hidden by the clerk (still records; reported, not skipped). */
  hiddenRows?: number[];
  /** Font names seen in the sheet (".VnTime", "VNI-Times"…): a hint for legacy encodings. */
  fontNames?: string[];
  visibility?: "visible" | "hidden" | "veryHidden";
  /**
   * A1 addresses, in reading order, of cells holding a formula whose result was never saved (a
   * file written by a program that does not calculate): their values read as empty. Only a file
   * host sets it; Excel always hands over calculated results.
   */
  uncachedFormulas?: string[];
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type SubjectKind = "tap-the" | "ca-nhan" | "ho-gia-dinh";
export const SUBJECT_KINDS: readonly SubjectKind[] = ["tap-the", "ca-nhan", "ho-gia-dinh"];

/** Canonical fields of a nomination record (DESIGN.md, domain model). */
export type FieldKey =
  | "stt"
  | "ten"
  | "loai"
  | "ngaySinh"
  | "gioiTinh"
  | "danToc"
  | "chucVu"
  | "donVi"
  | "queQuan"
  | "noiThuongTru"
  | "linhVuc"
  | "thanhTich"
  | "quaTrinhKhenThuong"
  | "hinhThuc"
  | "ghiChu"
  | "quaTrinhThanhLap"
  | "coCauToChuc"
  | "chucNangNhiemVu"
  /** Exemplar level written in its own column ("Cấp điển hình": cấp sở, cấp tỉnh; plan 004). */
  | "capDienHinh"
  /** Phương thức khen thưởng (thường xuyên, chuyên đề, đột xuất…; table 0603.N rows 11–17). */
  | "phuongThuc";

export type UnitKind =
  "so-ban-nganh" | "huyen" | "xa" | "doanh-nghiep" | "thanh-vien-khoi" | "phong-don-vi" | "tinh";
export const UNIT_KINDS: readonly UnitKind[] = [
  "so-ban-nganh",
  "huyen",
  "xa",
  "doanh-nghiep",
  "thanh-vien-khoi",
  "phong-don-vi",
  "tinh",
];

export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "header-not-found"
  | "unknown-kind"
  | "missing-required"
  | "invalid-date"
  | "implausible-birth-date"
  | "invalid-gender"
  | "unknown-field"
  | "unknown-award-form"
  | "short-achievement"
  | "formula-error"
  | "duplicate-record"
  | "duplicate-across-units"
  | "legacy-encoding"
  | "quota-below-min"
  | "quota-above-max"
  | "award-not-allowed"
  | "late-submission"
  | "media-quota-below-min"
  | "media-late"
  | "media-no-exemplar"
  | "empty-list"
  | "birth-year-only";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Sheet name, or null for a file-level finding (quota, deadline). */
  sheet: string | null;
  /** A1 address of the cell at fault, or null when the finding is about a row or a list. */
  cell: string | null;
  /** 1-based sheet row, or null. */
  row: number | null;
  field: FieldKey | null;
  /** Vietnamese, says what to do. */
  message: string;
}

/** Text encoding a list was written in, before conversion to Unicode. */
export type Encoding = "unicode" | "tcvn3" | "vni" | "mixed";

/**
 * A record's normalised values. Every value is a string:
 * dates are ISO `yyyy-mm-dd` or `yyyy` (year only); a date that could not be read keeps the
 * clerk's text as is (the check stage reports it); `gioiTinh` is "nam" | "nu" or the text as is.
 */
export type RecordFields = Partial<Record<FieldKey, string>>;

/**
 * What decided a record's kind: a kind column (words or codes, or a column named for one kind), a
 * section or title row, the sheet's name, the award title, the name column's header, the name's
 * own form ("Hộ ông …", "Phòng …", "Ông …"), the particulars present (a birth date), or the
 * clerk's own correction ("profile", issue 16).
 */
export type KindSource =
  | "kind-column"
  | "section"
  | "sheet-name"
  | "award"
  | "name-header"
  | "name-form"
  | "particulars"
  | "profile";

/** The role of a sheet in a workbook: only `list` sheets are checked and counted. */
export type SheetRole = "list" | "lookup" | "instructions" | "report" | "form" | "empty";

export interface SheetInfo {
  name: string;
  role: SheetRole;
  /** Vietnamese: why the sheet has that role ("bảng mã tra cứu, không phải danh sách"). */
  reason: string;
}

export interface NominationRecord {
  /** 1-based sheet row. */
  row: number;
  /** null when the kind could not be determined (an `unknown-kind` finding says so). */
  kind: SubjectKind | null;
  /** What decided `kind`; null with it. */
  kindSource: KindSource | null;
  fields: RecordFields;
  /** A1 address of each field's cell. */
  cells: Partial<Record<FieldKey, string>>;
  /** Section title above the record, if any ("I. TẬP THỂ"). */
  section?: string;
  hidden?: boolean;
}

/** The reading profile (the clerk's corrections for one layout) a list or file was read with. */
export interface ProfileRef {
  id: string;
  name: string;
}

export interface ListColumn {
  /** Column letter(s), e.g. "C". */
  column: string;
  /** The header text as read (parent and child labels joined by " / "). */
  header: string;
  field: FieldKey;
}

export interface NominationList {
  sheet: string;
  /** 1-based sheet rows that make up the header. */
  headerRows: number[];
  columns: ListColumn[];
  encoding: Encoding;
  records: NominationRecord[];
  findings: Finding[];
  /**
   * What decided most records' kinds, for one line per list ("Đối tượng xác định theo cột «Loại»"):
   * the column letter and header when a column did. null when no record's kind is known.
   */
  kindSource?: { source: KindSource; column?: string; header?: string } | null;
  /** Rows skipped as a template's placeholders ("Tên cá nhân", "Dòng minh họa"). */
  placeholderRows?: number[];
  /** The reading profile that read this list, when one did. */
  profile?: ProfileRef;
}

export type KindCounts = Record<SubjectKind, number>;

/** A quota's status for one file (one unit). `kind` joins the counted kinds with "+". */
export interface QuotaStatus {
  kind: string;
  kinds: SubjectKind[];
  min: number | null;
  max: number | null;
  actual: number;
  met: boolean;
}

/**
 * The clerk's own column mapping, by sheet name then column letter ("C"): a field replaces what
 * the reader guessed for that column, null means the column is not read at all.
 */
export type ColumnOverrides = Record<string, Record<string, FieldKey | null>>;

/** What the clerk may tell the reader beyond the grids. */
export interface ReadOptions {
  columnOverrides?: ColumnOverrides;
  /** The clerk's reading profiles (src/core/read/profile.ts): each reads the sheets of its layout. */
  profiles?: ReadingProfile[];
}

/** What the clerk tells the product about the unit and the report (pane options, CLI flags). */
export interface CheckOptions extends ReadOptions {
  /** Kind of the reporting unit; quotas are skipped when unknown. */
  unitKind?: UnitKind;
  unitName?: string;
  /** Plan 003: the unit launched the campaign ("đã phát động"). Undefined = read from the workbook or unknown. */
  launched?: boolean;
  /** ISO date the report is made/sent; defaults to today in the host. */
  reportDate: string;
  /** The report period the clerk chose (kỳ báo cáo); the plan's default when absent. */
  period?: ReportPeriod;
  /**
   * ISO due date the clerk sets for this period's report where the plan states no day (000, 001,
   * 004 give none for their 6-month and annual reports). Never overrides a day the plan states.
   */
  dueDate?: string;
}

/**
 * Kỳ báo cáo: the first half of a year, a year, the whole multi-year plan, or the campaign
 * (an emulation drive such as plan 003). `year` for "6-thang" and "nam".
 */
export type ReportPeriodKind = "6-thang" | "nam" | "giai-doan" | "dot";
export interface ReportPeriod {
  kind: ReportPeriodKind;
  year?: number;
}

/** One workbook's result: the JSON contract of DESIGN.md, plus file-level findings. */
export interface FileReport {
  file: string;
  /** Vietnamese message when the file could not be read at all; then `lists` is empty. */
  error: string | null;
  /** Every sheet's role and why; only `list` sheets give `lists`. Empty when `error` is set. */
  sheets: SheetInfo[];
  lists: NominationList[];
  /** Findings about the file as a whole (quotas, deadlines). */
  findings: Finding[];
  quota: QuotaStatus[];
  counts: KindCounts;
  /** The reading profiles that matched a sheet of this file (read a list or set a sheet aside). */
  profiles?: ProfileRef[];
}
