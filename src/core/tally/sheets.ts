/**
 * The consolidated tally as sheets (data, not Excel calls): "Tổng hợp tỉnh", "Theo đơn vị",
 * "Danh sách đề nghị", "Trùng lặp", "Chưa nộp". Written with the summary's builder, styles, 0603.N rows and quota words,
 * so the province clerk reads the same layout and wording as the units' own summaries.
 */
import { showDate } from "../check/dates";
import { TALLY_TITLE } from "../own-titles";
import { KIND_LABELS, UNIT_KIND_LABELS } from "../labels";
import type { Plan } from "../plan/schema";
import type { SheetModel } from "../port";
import {
  quotaBounds,
  quotaKinds,
  quotaOutcome,
  quotaVerdict,
  SheetBuilder,
  STYLES,
  writeTable0603,
} from "../summary";
import type { QuotaStatus } from "../types";
import { SUBJECT_KINDS } from "../types";
import type { Consolidation, SubmissionStatus, UnitTally } from "./consolidate";
import { quotaChartSheet } from "./quota-chart";

export const SHEET_PROVINCE = "Tổng hợp tỉnh";
export const SHEET_UNITS = "Theo đơn vị";
export const SHEET_DUPLICATES = "Trùng lặp";
export const SHEET_MISSING = "Chưa nộp";
export const SHEET_NOMINEES = "Danh sách đề nghị";

export const STATUS_LABELS: Readonly<Record<SubmissionStatus, string>> = {
  "da-nop": "Đã nộp",
  "chua-nop": "Chưa nộp",
  "loi-tep": "Lỗi tệp",
};

/** One unit's quotas in one cell: "Đạt" when all are met, else each one not met with its gap. */
export function unitQuotaText(quota: readonly QuotaStatus[]): string {
  if (quota.length === 0) return "Không có chỉ tiêu";
  const missed = quota.filter((q) => !q.met);
  if (missed.length === 0) return quotaVerdict(quota[0]);
  return missed.map((q) => `${quotaKinds(q)} ${q.actual}/${quotaBounds(q)}: ${quotaOutcome(q)}`).join("; ");
}

function provinceSheet(c: Consolidation, plan: Plan): SheetModel {
  const b = new SheetBuilder(4);
  b.line(TALLY_TITLE, STYLES.title);
  b.line(plan.title, STYLES.subtitle);
  b.line(`Kỳ báo cáo: ${c.period}`, STYLES.subtitle);
  b.line(`Ngày tổng hợp: ${showDate(c.reportDate)}`, STYLES.subtitle);
  const byStatus = (s: SubmissionStatus): number => c.units.filter((u) => u.status === s).length;
  b.line(
    `Đơn vị: ${c.units.length}; đã nộp: ${byStatus("da-nop")}; chưa nộp: ${byStatus("chua-nop")}; ` +
      `lỗi tệp: ${byStatus("loi-tep")}; tệp không khớp đơn vị nào: ${c.unmatchedFiles.length}; ` +
      `trùng lặp giữa các đơn vị: ${c.duplicates.length}.`,
    STYLES.note,
  );

  b.blank();
  b.line("I. THEO ĐỐI TƯỢNG", STYLES.section);
  b.tableRow(["STT", "Đối tượng", "Số lượng", null], STYLES.head);
  SUBJECT_KINDS.forEach((k, i) => b.tableRow([i + 1, KIND_LABELS[k], c.totals.byKind[k], null]));
  const total = SUBJECT_KINDS.reduce((n, k) => n + c.totals.byKind[k], 0);
  b.tableRow([null, "Tổng cộng", total, null], STYLES.total, STYLES.totalNumber);

  b.blank();
  b.line("II. THEO LĨNH VỰC", STYLES.section);
  b.tableRow(["STT", "Lĩnh vực", "Số lượng", null], STYLES.head);
  Object.entries(c.totals.byField).forEach(([field, n], i) => b.tableRow([i + 1, field, n, null]));

  b.blank();
  b.line("III. THEO BIỂU 0603.N (THÔNG TƯ 02/2023/TT-BNV)", STYLES.section);
  writeTable0603(b, c.totals.table0603);

  b.blank();
  b.line("IV. CHỈ TIÊU TOÀN TỈNH", STYLES.section);
  b.tableRow(["Đối tượng tính", "Chỉ tiêu", "Thực hiện", "Kết quả"], STYLES.head);
  const t = c.provinceTarget;
  if (t) {
    b.tableRow([quotaKinds(t), quotaBounds(t), t.actual, quotaOutcome(t)]);
    const twice = SUBJECT_KINDS.reduce((n, k) => n + c.totals.byKind[k] - c.distinctByKind[k], 0);
    if (twice > 0)
      b.line(
        `Người, tập thể được nhiều đơn vị cùng đề nghị chỉ tính một lần (bớt ${twice} lượt trùng, xem trang «${SHEET_DUPLICATES}»).`,
        STYLES.note,
      );
  } else b.tableRow(["Kế hoạch không đặt chỉ tiêu toàn tỉnh", null, null, null]);

  if (c.groups.length > 0) {
    b.blank();
    b.line("V. THEO KHỐI, CỤM THI ĐUA", STYLES.section);
    b.tableRow(["Khối, cụm", "Số đơn vị (đã nộp)", "Tập thể", "Cá nhân", "Hộ gia đình", "Tổng"], STYLES.head);
    for (const g of c.groups) {
      const sum = SUBJECT_KINDS.reduce((n, k) => n + g.counts[k], 0);
      b.tableRow([
        g.group,
        `${g.units} (${g.submitted})`,
        g.counts["tap-the"],
        g.counts["ca-nhan"],
        g.counts["ho-gia-dinh"],
        sum,
      ]);
    }
  }
  // Column A holds the quota's kinds in part IV, hence its width.
  return b.model(SHEET_PROVINCE, [30, 70, 12, 22]);
}

/** A listing sheet: its title, the report date unless null, a blank row, then the head row. */
function listingSheet(title: string, date: string | null, head: string[]): SheetBuilder {
  const b = new SheetBuilder(head.length);
  b.line(title, STYLES.title);
  if (date !== null) b.line(`Ngày tổng hợp: ${showDate(date)}`, STYLES.subtitle);
  b.blank();
  b.tableRow(head, STYLES.head);
  return b;
}

/** 003: "Đã gửi 20/02/2025", "Gửi trễ 27/02/2025", "Chưa gửi (không được đề nghị khen cấp tỉnh)". */
function planSentText(u: UnitTally): string {
  if (u.planSent === undefined) return "";
  if (u.planSent === null) return "Chưa gửi (chưa phát động: không được đề nghị khen thưởng cấp tỉnh)";
  return `${u.planLate ? "Gửi trễ" : "Đã gửi"} ${showDate(u.planSent)}`;
}

function unitsSheet(c: Consolidation): SheetModel {
  const withPlan = c.units.some((u) => u.planSent !== undefined);
  const b = listingSheet("TÌNH HÌNH NỘP DANH SÁCH THEO ĐƠN VỊ", c.reportDate, [
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
    ...(withPlan ? ["Kế hoạch phát động"] : []),
  ]);
  c.units.forEach((u, i) => {
    const sum = SUBJECT_KINDS.reduce((n, k) => n + u.counts[k], 0);
    b.tableRow([
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
      ...(withPlan ? [planSentText(u)] : []),
    ]);
  });
  return b.model(SHEET_UNITS, [6, 36, 18, 18, 32, 12, 10, 9, 9, 11, 8, 40, 8, 11, 30]);
}

/** Every unit's records in one list, for Sở Nội vụ to choose from; rows point back to the unit's file. */
function nomineesSheet(c: Consolidation): SheetModel {
  const b = listingSheet("DANH SÁCH ĐỀ NGHỊ CỦA CÁC ĐƠN VỊ", c.reportDate, [
    "STT",
    "Họ và tên / Tên tập thể",
    "Đối tượng",
    "Ngày, tháng, năm sinh",
    "Chức vụ, đơn vị công tác / địa chỉ",
    "Lĩnh vực",
    "Hình thức đề nghị",
    "Đơn vị đề nghị",
    "Khối/cụm",
    "Tệp",
    "Trang tính",
    "Dòng",
    "Trùng lặp",
  ]);
  if (c.nominees.length === 0) b.line("Chưa có đơn vị nào gửi danh sách đọc được.", STYLES.note);
  c.nominees.forEach((n, i) =>
    b.tableRow([
      i + 1,
      n.name,
      KIND_LABELS[n.kind],
      showDate(n.birth),
      n.role,
      n.field,
      n.award,
      n.unit,
      n.group ?? "",
      n.file,
      n.sheet,
      n.row,
      n.duplicate ? "Có đơn vị khác cùng đề nghị" : "",
    ]),
  );
  return b.model(SHEET_NOMINEES, [6, 30, 12, 12, 32, 26, 28, 30, 18, 30, 16, 8, 18]);
}

function duplicatesSheet(c: Consolidation): SheetModel {
  const b = listingSheet("NGƯỜI, TẬP THỂ ĐƯỢC NHIỀU ĐƠN VỊ CÙNG ĐỀ NGHỊ", null, [
    "STT",
    "Họ và tên / Tên tập thể",
    "Đối tượng",
    "Ngày sinh",
    "Đơn vị đề nghị",
    "Tệp",
    "Trang tính",
    "Dòng",
  ]);
  if (c.duplicates.length === 0) b.line("Không có trùng lặp giữa các đơn vị.", STYLES.note);
  c.duplicates.forEach((d, i) => {
    const top = b.row + 1;
    for (const o of d.units)
      b.tableRow([
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
    for (let col = 1; col <= 4; col++) b.merge(top, col, b.row, col);
  });
  return b.model(SHEET_DUPLICATES, [6, 30, 12, 12, 32, 32, 16, 8]);
}

function missingSheet(c: Consolidation): SheetModel {
  const b = listingSheet("ĐƠN VỊ CHƯA NỘP DANH SÁCH", c.reportDate, [
    "STT",
    "Tên đơn vị",
    "Loại đơn vị",
    "Khối/cụm",
  ]);
  const missing = c.units.filter((u) => u.status === "chua-nop");
  if (missing.length === 0) b.line("Tất cả đơn vị trong danh mục đã nộp.", STYLES.note);
  missing.forEach((u, i) =>
    b.tableRow([i + 1, u.unit, u.kind ? UNIT_KIND_LABELS[u.kind] : "", u.group ?? ""]),
  );
  if (c.unmatchedFiles.length > 0) {
    b.blank();
    b.line("TỆP KHÔNG KHỚP VỚI ĐƠN VỊ NÀO TRONG DANH MỤC", STYLES.section);
    b.tableRow(["STT", "Tệp", null, null], STYLES.head);
    c.unmatchedFiles.forEach((f, i) => b.tableRow([i + 1, f, null, null]));
  }
  return b.model(SHEET_MISSING, [6, 40, 20, 20]);
}

/** The sheets of the province tally, in this order. */
export function buildConsolidationSheets(c: Consolidation, plan: Plan): SheetModel[] {
  return [
    provinceSheet(c, plan),
    unitsSheet(c),
    nomineesSheet(c),
    duplicatesSheet(c),
    missingSheet(c),
    quotaChartSheet(c.units, c.reportDate),
  ];
}
