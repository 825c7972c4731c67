/**
 * The media summary sheet "Tổng hợp tin bài" as data: month × outlet × medium (done / required) with
 * the month's theme beside it, the items sent late, and the year-round themes. Styles follow the
 * product's other summary sheets (bold centred title, blue-grey bordered headers, numbers right).
 */
import { showDate } from "../check/dates";
import type { CellStyle, SheetCell, SheetModel } from "../port";
import type { CellRange } from "../types";
import { mediaNames } from "./check";
import type { MediaReport } from "./index";
import type { MediaProfile } from "./schema";
import { themesForMonth } from "./themes";

export const MEDIA_SUMMARY_SHEET = "Tổng hợp tin bài";

const TITLE: CellStyle = { bold: true, size: 14, align: "center" };
const SUBTITLE: CellStyle = { italic: true, align: "center" };
const NOTE: CellStyle = { italic: true };
const SECTION: CellStyle = { bold: true };
const HEAD: CellStyle = { bold: true, border: true, align: "center", wrap: true, fill: "#D9E1F2" };
const BODY: CellStyle = { border: true, wrap: true };
const NUMBER: CellStyle = { border: true, align: "right" };
const SHORT: CellStyle = { border: true, align: "right", bold: true, fill: "#FCE4D6" };
const TOTAL: CellStyle = { border: true, bold: true };
const TOTAL_NUMBER: CellStyle = { border: true, bold: true, align: "right" };

class Writer {
  readonly cells: SheetCell[] = [];
  readonly merges: CellRange[] = [];
  row = 0;

  constructor(private readonly width: number) {}

  put(row: number, col: number, value: string | number | null, style: CellStyle): void {
    this.cells.push({ row, col, value, style });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  line(text: string, style: CellStyle): void {
    this.row++;
    this.put(this.row, 1, text, style);
    this.merge(this.row, 1, this.row, this.width);
  }

  blank(): void {
    this.row++;
  }

  cellsRow(values: (string | number | null)[], text: CellStyle = BODY, number: CellStyle = NUMBER): number {
    this.row++;
    values.forEach((v, i) => this.put(this.row, i + 1, v, typeof v === "number" ? number : text));
    return this.row;
  }
}

function outletLabel(profile: MediaProfile, id: string | null, fallback: string): string {
  return profile.outlets.find((o) => o.id === id)?.name ?? fallback;
}

/** The summary of one media report; `planTitle` goes under the sheet's title. */
export function mediaSummarySheet(report: MediaReport, profile: MediaProfile, planTitle: string): SheetModel {
  const quotas = profile.quotas.filter((q) => profile.outlets.some((o) => o.id === q.outlet));
  const lateCol = 3 + quotas.length * 2;
  const width = Math.max(lateCol, 8);
  const w = new Writer(width);
  w.line("TỔNG HỢP TIN BÀI TUYÊN TRUYỀN GƯƠNG ĐIỂN HÌNH TIÊN TIẾN", TITLE);
  w.line(planTitle, SUBTITLE);
  w.line(
    `Hạn gửi: trước ngày ${profile.sendBeforeDay} hằng tháng về ${profile.recipient}. ` +
      `Tháng tổng hợp: ${report.months.length > 0 ? report.months.join(", ") : "chưa có tin bài nào"}.`,
    NOTE,
  );

  w.blank();
  w.line("I. THỰC HIỆN THEO THÁNG (thực hiện / chỉ tiêu)", SECTION);
  const top = w.row + 1;
  w.row += 3;
  w.put(top, 1, "Tháng", HEAD);
  w.put(top, 2, "Chủ đề của tháng", HEAD);
  w.put(top, lateCol, "Số tin bài gửi trễ", HEAD);
  for (const c of [1, 2, lateCol]) {
    for (let r = top + 1; r <= top + 2; r++) w.put(r, c, null, HEAD);
    w.merge(top, c, top + 2, c);
  }
  let col = 3;
  for (const outlet of profile.outlets) {
    const own = quotas.filter((q) => q.outlet === outlet.id);
    if (own.length === 0) continue;
    w.put(top, col, outlet.name, HEAD);
    for (let c = col + 1; c < col + own.length * 2; c++) w.put(top, c, null, HEAD);
    w.merge(top, col, top, col + own.length * 2 - 1);
    for (const q of own) {
      w.put(top + 1, col, `${mediaNames(profile, q.media)} (${q.unit}/tháng)`, HEAD);
      w.put(top + 1, col + 1, null, HEAD);
      w.merge(top + 1, col, top + 1, col + 1);
      w.put(top + 2, col, "Thực hiện", HEAD);
      w.put(top + 2, col + 1, "Chỉ tiêu", HEAD);
      col += 2;
    }
  }
  // Quota columns in profile order of outlets, then of quotas: the order the header was written in.
  const ordered = profile.outlets.flatMap((o) => quotas.filter((q) => q.outlet === o.id));
  const done = ordered.map(() => 0);
  const required = ordered.map(() => 0);
  let lateTotal = 0;
  for (const month of report.months) {
    const themes = themesForMonth(profile, month);
    const themeText =
      themes.topics.length > 0
        ? themes.topics.map((t) => `- ${t}`).join("\n")
        : "Các chủ đề trong năm (mục III)";
    const late = report.late.filter((l) => l.month === month).length;
    lateTotal += late;
    const row = w.cellsRow([month, themeText]);
    ordered.forEach((q, i) => {
      const s = report.quota.find(
        (x) => x.month === month && x.outlet === q.outlet && x.media.join() === q.media.join(),
      );
      const actual = s?.actual ?? 0;
      done[i] += actual;
      required[i] += q.perMonth;
      w.put(row, 3 + i * 2, actual, actual < q.perMonth ? SHORT : NUMBER);
      w.put(row, 4 + i * 2, q.perMonth, NUMBER);
    });
    w.put(row, lateCol, late, NUMBER);
  }
  const totalRow = w.cellsRow(["Cộng", null], TOTAL, TOTAL_NUMBER);
  ordered.forEach((_, i) => {
    w.put(totalRow, 3 + i * 2, done[i], TOTAL_NUMBER);
    w.put(totalRow, 4 + i * 2, required[i], TOTAL_NUMBER);
  });
  w.put(totalRow, lateCol, lateTotal, TOTAL_NUMBER);

  w.blank();
  w.line(`II. TIN BÀI GỬI TRỄ (gửi từ ngày ${profile.sendBeforeDay} của tháng trở đi)`, SECTION);
  if (report.late.length === 0) w.line("Không có tin bài gửi trễ.", NOTE);
  else {
    w.cellsRow(
      ["STT", "Tiêu đề", "Tháng", "Cơ quan báo chí", "Loại", "Ngày gửi", "Hạn gửi (trước ngày)", "Vị trí"],
      HEAD,
    );
    report.late.forEach((l, i) =>
      w.cellsRow([
        i + 1,
        l.title ?? "",
        l.month,
        outletLabel(profile, l.outlet, ""),
        l.medium !== null ? mediaNames(profile, [l.medium]) : "",
        showDate(l.sentOn),
        showDate(l.deadline),
        l.cell !== null ? `${l.sheet}!${l.cell}` : `${l.sheet}, dòng ${l.row}`,
      ]),
    );
  }

  const yearRound = themesForMonth(profile, 1).yearRound;
  if (yearRound.length > 0) {
    w.blank();
    w.line("III. CHỦ ĐỀ TRONG NĂM (áp dụng cho mọi tháng)", SECTION);
    for (const t of yearRound) w.line(`- ${t}`, { wrap: true });
  }

  const widths = [8, 60, ...Array.from({ length: width - 2 }, () => 12)];
  return { name: MEDIA_SUMMARY_SHEET, cells: w.cells, merges: w.merges, columnWidths: widths };
}
