/**
 * The media summary sheet "Tổng hợp tin bài" as data: month × outlet × medium (done / required) with
 * the month's theme beside it, the items sent late, and the year-round themes. Written with the
 * summary's builder and styles, so it looks like the product's other summary sheets.
 */
import { showDate } from "../check/dates";
import { MEDIA_SUMMARY_TITLE } from "../own-titles";
import type { CellStyle, SheetModel } from "../port";
import { SheetBuilder, STYLES } from "../summary/layout";
import { mediaNames } from "./check";
import type { MediaReport } from "./index";
import type { MediaProfile } from "./schema";
import { themesForMonth } from "./themes";

export const MEDIA_SUMMARY_SHEET = "Tổng hợp tin bài";

/** A month's count short of its quota stands out. */
const SHORT: CellStyle = { ...STYLES.number, bold: true, fill: "#FCE4D6" };

function outletLabel(profile: MediaProfile, id: string | null, fallback: string): string {
  return profile.outlets.find((o) => o.id === id)?.name ?? fallback;
}

/** The summary of one media report; `planTitle` goes under the sheet's title. */
export function mediaSummarySheet(report: MediaReport, profile: MediaProfile, planTitle: string): SheetModel {
  const quotas = profile.quotas.filter((q) => profile.outlets.some((o) => o.id === q.outlet));
  const lateCol = 3 + quotas.length * 2;
  const width = Math.max(lateCol, 8);
  const w = new SheetBuilder(width);
  w.line(MEDIA_SUMMARY_TITLE, STYLES.title);
  w.line(planTitle, STYLES.subtitle);
  w.line(
    `Hạn gửi: trước ngày ${profile.sendBeforeDay} hằng tháng về ${profile.recipient}. ` +
      `Tháng tổng hợp: ${report.months.length > 0 ? report.months.join(", ") : "chưa có tin bài nào"}.`,
    STYLES.note,
  );

  w.blank();
  w.line("I. THỰC HIỆN THEO THÁNG (thực hiện / chỉ tiêu)", STYLES.section);
  const top = w.row + 1;
  w.row += 3;
  w.put(top, 1, "Tháng", STYLES.head);
  w.put(top, 2, "Chủ đề của tháng", STYLES.head);
  w.put(top, lateCol, "Số tin bài gửi trễ", STYLES.head);
  for (const c of [1, 2, lateCol]) {
    for (let r = top + 1; r <= top + 2; r++) w.put(r, c, null, STYLES.head);
    w.merge(top, c, top + 2, c);
  }
  let col = 3;
  for (const outlet of profile.outlets) {
    const own = quotas.filter((q) => q.outlet === outlet.id);
    if (own.length === 0) continue;
    w.put(top, col, outlet.name, STYLES.head);
    for (let c = col + 1; c < col + own.length * 2; c++) w.put(top, c, null, STYLES.head);
    w.merge(top, col, top, col + own.length * 2 - 1);
    for (const q of own) {
      w.put(top + 1, col, `${mediaNames(profile, q.media)} (${q.unit}/tháng)`, STYLES.head);
      w.put(top + 1, col + 1, null, STYLES.head);
      w.merge(top + 1, col, top + 1, col + 1);
      w.put(top + 2, col, "Thực hiện", STYLES.head);
      w.put(top + 2, col + 1, "Chỉ tiêu", STYLES.head);
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
    const row = w.tableRow([month, themeText]);
    ordered.forEach((q, i) => {
      const s = report.quota.find(
        (x) => x.month === month && x.outlet === q.outlet && x.media.join() === q.media.join(),
      );
      const actual = s?.actual ?? 0;
      done[i] += actual;
      required[i] += q.perMonth;
      w.put(row, 3 + i * 2, actual, actual < q.perMonth ? SHORT : STYLES.number);
      w.put(row, 4 + i * 2, q.perMonth, STYLES.number);
    });
    w.put(row, lateCol, late, STYLES.number);
  }
  const totalRow = w.tableRow(["Cộng", null], STYLES.total, STYLES.totalNumber);
  ordered.forEach((_, i) => {
    w.put(totalRow, 3 + i * 2, done[i], STYLES.totalNumber);
    w.put(totalRow, 4 + i * 2, required[i], STYLES.totalNumber);
  });
  w.put(totalRow, lateCol, lateTotal, STYLES.totalNumber);

  w.blank();
  w.line(`II. TIN BÀI GỬI TRỄ (gửi từ ngày ${profile.sendBeforeDay} của tháng trở đi)`, STYLES.section);
  if (report.late.length === 0) w.line("Không có tin bài gửi trễ.", STYLES.note);
  else {
    w.tableRow(
      ["STT", "Tiêu đề", "Tháng", "Cơ quan báo chí", "Loại", "Ngày gửi", "Hạn gửi (trước ngày)", "Vị trí"],
      STYLES.head,
    );
    report.late.forEach((l, i) =>
      w.tableRow([
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
    w.line("III. CHỦ ĐỀ TRONG NĂM (áp dụng cho mọi tháng)", STYLES.section);
    for (const t of yearRound) w.line(`- ${t}`, STYLES.info);
  }

  return w.model(MEDIA_SUMMARY_SHEET, [8, 60, ...Array.from({ length: width - 2 }, () => 12)]);
}
