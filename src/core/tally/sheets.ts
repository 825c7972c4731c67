/**
 * The consolidated tally as sheets (data, not Excel calls): "Tổng hợp tỉnh", "Theo đơn vị",
 * "Trùng lặp", "Chưa nộp". Every word the clerk reads is a string cell; counts are numbers.
 */
import { KIND_LABELS, UNIT_KIND_LABELS } from "../labels";
import type { Plan } from "../plan/schema";
import type { CellStyle, SheetCell, SheetModel } from "../port";
import type { CellRange, QuotaStatus } from "../types";
import { SUBJECT_KINDS } from "../types";
import type { Consolidation, SubmissionStatus } from "./consolidate";
import { showDate } from "../check/dates";

export const SHEET_PROVINCE = "Tổng hợp tỉnh";
export const SHEET_UNITS = "Theo đơn vị";
export const SHEET_DUPLICATES = "Trùng lặp";
export const SHEET_MISSING = "Chưa nộp";

const STATUS_LABELS: Record<SubmissionStatus, string> = {
  "da-nop": "Đã nộp",
  "chua-nop": "Chưa nộp",
  "loi-tep": "Lỗi tệp",
};

/** Table 0603.N rows (DESIGN.md), in the table's order. */
export const CATEGORY_ROWS: readonly [code: string, label: string][] = [
  ["01", "Tổng số"],
  ["02", "Tập thể"],
  ["03", "Trong đó: Doanh nghiệp"],
  ["04", "Hộ gia đình"],
  ["05", "Cá nhân"],
  ["06", "Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên"],
  ["07", "Lãnh đạo cấp vụ, sở, ngành và tương đương"],
  ["08", "Doanh nhân"],
  ["09", "Các cấp lãnh đạo khác từ phó phòng trở lên"],
  [
    "10",
    "Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân…)",
  ],
  ["nu", "Trong đó: Nữ"],
];

const TITLE: CellStyle = { bold: true, size: 14, align: "center" };
const SUBTITLE: CellStyle = { italic: true, align: "center" };
const SECTION: CellStyle = { bold: true };
const HEAD: CellStyle = { bold: true, border: true, align: "center", wrap: true, fill: "#D9E1F2" };
const BODY: CellStyle = { border: true, wrap: true };
const NUMBER: CellStyle = { border: true, align: "right" };
const TOTAL: CellStyle = { border: true, bold: true };
const TOTAL_NUMBER: CellStyle = { border: true, bold: true, align: "right" };

/** Cells and merges of one sheet, written row by row. */
class SheetWriter {
  readonly cells: SheetCell[] = [];
  readonly merges: CellRange[] = [];
  row = 0;

  constructor(private readonly width: number) {}

  /** A full-width line (title, note, section heading). */
  line(text: string, style: CellStyle): void {
    this.row++;
    this.cells.push({ row: this.row, col: 1, value: text, style });
    if (this.width > 1) this.merges.push({ top: this.row, left: 1, bottom: this.row, right: this.width });
  }

  blank(): void {
    this.row++;
  }

  /** One table row; a string is text, a number a number, null an empty bordered cell. */
  cellsRow(values: (string | number | null)[], text: CellStyle = BODY, number: CellStyle = NUMBER): void {
    this.row++;
    values.forEach((value, i) =>
      this.cells.push({ row: this.row, col: i + 1, value, style: typeof value === "number" ? number : text }),
    );
  }

  model(name: string, columnWidths: number[]): SheetModel {
    return { name, cells: this.cells, merges: this.merges, columnWidths };
  }
}

function kindsLabel(q: QuotaStatus): string {
  return q.kinds.map((k) => KIND_LABELS[k]).join(" + ");
}

function boundsLabel(q: QuotaStatus): string {
  if (q.min !== null && q.max !== null) return q.min === q.max ? `${q.min}` : `${q.min}–${q.max}`;
  return q.min !== null ? `≥ ${q.min}` : `≤ ${q.max}`;
}

/** "Đạt", "Chưa đạt (thiếu 2)", "Chưa đạt (vượt 1)". */
export function quotaResult(q: QuotaStatus): string {
  if (q.met) return "Đạt";
  if (q.min !== null && q.actual < q.min) return `Chưa đạt (thiếu ${q.min - q.actual})`;
  return `Chưa đạt (vượt ${q.actual - (q.max ?? q.actual)})`;
}

/** One unit's quotas in one cell: "Đạt" when all are met, else each one not met with its gap. */
export function unitQuotaText(quota: readonly QuotaStatus[]): string {
  if (quota.length === 0) return "Không có chỉ tiêu";
  const missed = quota.filter((q) => !q.met);
  if (missed.length === 0) return "Đạt";
  return missed.map((q) => `${kindsLabel(q)} ${q.actual}/${boundsLabel(q)}: ${quotaResult(q)}`).join("; ");
}

function provinceSheet(c: Consolidation, plan: Plan): SheetModel {
  const w = new SheetWriter(4);
  w.line("TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN TOÀN TỈNH", TITLE);
  w.line(plan.title, SUBTITLE);
  w.line(`Ngày tổng hợp: ${showDate(c.reportDate)}`, SUBTITLE);
  const byStatus = (s: SubmissionStatus): number => c.units.filter((u) => u.status === s).length;
  w.line(
    `Đơn vị: ${c.units.length}; đã nộp: ${byStatus("da-nop")}; chưa nộp: ${byStatus("chua-nop")}; ` +
      `lỗi tệp: ${byStatus("loi-tep")}; tệp không khớp đơn vị nào: ${c.unmatchedFiles.length}; ` +
      `trùng lặp giữa các đơn vị: ${c.duplicates.length}.`,
    { italic: true },
  );

  w.blank();
  w.line("I. THEO ĐỐI TƯỢNG", SECTION);
  w.cellsRow(["STT", "Đối tượng", "Số lượng", null], HEAD);
  SUBJECT_KINDS.forEach((k, i) => w.cellsRow([i + 1, KIND_LABELS[k], c.totals.byKind[k], null]));
  const total = SUBJECT_KINDS.reduce((n, k) => n + c.totals.byKind[k], 0);
  w.cellsRow([null, "Tổng cộng", total, null], TOTAL, TOTAL_NUMBER);

  w.blank();
  w.line("II. THEO LĨNH VỰC", SECTION);
  w.cellsRow(["STT", "Lĩnh vực", "Số lượng", null], HEAD);
  Object.entries(c.totals.byField).forEach(([field, n], i) => w.cellsRow([i + 1, field, n, null]));

  w.blank();
  w.line("III. THEO BIỂU 0603.N (THÔNG TƯ 02/2023/TT-BNV)", SECTION);
  w.cellsRow(["Mã số", "Chỉ tiêu", "Số lượng", null], HEAD);
  for (const [code, label] of CATEGORY_ROWS)
    w.cellsRow([code === "nu" ? null : code, label, c.totals.categories[code] ?? 0, null]);

  w.blank();
  w.line("IV. CHỈ TIÊU TOÀN TỈNH", SECTION);
  w.cellsRow(["Đối tượng tính", "Chỉ tiêu", "Thực hiện", "Kết quả"], HEAD);
  const t = c.provinceTarget;
  if (t) w.cellsRow([kindsLabel(t), boundsLabel(t), t.actual, quotaResult(t)]);
  else w.cellsRow(["Kế hoạch không đặt chỉ tiêu toàn tỉnh", null, null, null]);
  // Column A holds the quota's kinds in part IV, hence its width.
  return w.model(SHEET_PROVINCE, [30, 70, 12, 22]);
}

function unitsSheet(c: Consolidation): SheetModel {
  const head = [
    "STT",
    "Tên đơn vị",
    "Loại đơn vị",
    "Khối/cụm",
    "Tệp",
    "Trạng thái",
    "Trễ hạn",
    "Tập thể",
    "Cá nhân",
    "Hộ gia đình",
    "Tổng",
    "Chỉ tiêu",
    "Số lỗi",
    "Số cảnh báo",
  ];
  const w = new SheetWriter(head.length);
  w.line("TÌNH HÌNH NỘP DANH SÁCH THEO ĐƠN VỊ", TITLE);
  w.line(`Ngày tổng hợp: ${showDate(c.reportDate)}`, SUBTITLE);
  w.blank();
  w.cellsRow(head, HEAD);
  c.units.forEach((u, i) => {
    const sum = SUBJECT_KINDS.reduce((n, k) => n + u.counts[k], 0);
    w.cellsRow([
      i + 1,
      u.unit,
      u.kind ? UNIT_KIND_LABELS[u.kind] : "",
      u.group ?? "",
      u.files.join("; "),
      STATUS_LABELS[u.status],
      u.late ? "Trễ hạn" : "",
      u.counts["tap-the"],
      u.counts["ca-nhan"],
      u.counts["ho-gia-dinh"],
      sum,
      unitQuotaText(u.quota),
      u.errors,
      u.warnings,
    ]);
  });
  return w.model(SHEET_UNITS, [6, 36, 18, 18, 32, 12, 10, 9, 9, 11, 8, 40, 8, 11]);
}

function duplicatesSheet(c: Consolidation): SheetModel {
  const head = [
    "STT",
    "Họ và tên / Tên tập thể",
    "Đối tượng",
    "Ngày sinh",
    "Đơn vị đề nghị",
    "Tệp",
    "Trang tính",
    "Dòng",
  ];
  const w = new SheetWriter(head.length);
  w.line("NGƯỜI, TẬP THỂ ĐƯỢC NHIỀU ĐƠN VỊ CÙNG ĐỀ NGHỊ", TITLE);
  w.blank();
  w.cellsRow(head, HEAD);
  if (c.duplicates.length === 0) w.line("Không có trùng lặp giữa các đơn vị.", { italic: true });
  c.duplicates.forEach((d, i) => {
    const top = w.row + 1;
    for (const o of d.units)
      w.cellsRow([
        i + 1,
        d.name,
        KIND_LABELS[d.kind],
        d.birth ? showDate(d.birth) : "",
        o.unit,
        o.file,
        o.sheet,
        o.row,
      ]);
    // The subject's own columns span its occurrences.
    if (d.units.length > 1)
      for (let col = 1; col <= 4; col++) w.merges.push({ top, left: col, bottom: w.row, right: col });
  });
  return w.model(SHEET_DUPLICATES, [6, 30, 12, 12, 32, 32, 16, 8]);
}

function missingSheet(c: Consolidation): SheetModel {
  const w = new SheetWriter(4);
  w.line("ĐƠN VỊ CHƯA NỘP DANH SÁCH", TITLE);
  w.line(`Ngày tổng hợp: ${showDate(c.reportDate)}`, SUBTITLE);
  w.blank();
  w.cellsRow(["STT", "Tên đơn vị", "Loại đơn vị", "Khối/cụm"], HEAD);
  const missing = c.units.filter((u) => u.status === "chua-nop");
  if (missing.length === 0) w.line("Tất cả đơn vị trong danh mục đã nộp.", { italic: true });
  missing.forEach((u, i) =>
    w.cellsRow([i + 1, u.unit, u.kind ? UNIT_KIND_LABELS[u.kind] : "", u.group ?? ""]),
  );
  if (c.unmatchedFiles.length > 0) {
    w.blank();
    w.line("TỆP KHÔNG KHỚP VỚI ĐƠN VỊ NÀO TRONG DANH MỤC", SECTION);
    w.cellsRow(["STT", "Tệp", null, null], HEAD);
    c.unmatchedFiles.forEach((f, i) => w.cellsRow([i + 1, f, null, null]));
  }
  return w.model(SHEET_MISSING, [6, 40, 20, 20]);
}

/** The four sheets of the province tally, in this order. */
export function buildConsolidationSheets(c: Consolidation, plan: Plan): SheetModel[] {
  return [provinceSheet(c, plan), unitsSheet(c), duplicatesSheet(c), missingSheet(c)];
}
