/** `kiem-tra` on a media log, without --json: each log sheet, then each month's quotas and theme. */
import { themeHeading, type MediaQuotaStatus, type MediaReport } from "../core/media";
import { encodingLabel, fileFindingLines, findingLine, severityCounts } from "./format-table";

/** "Báo An Giang – báo in và báo điện tử 1/2 bài (còn thiếu 1)". */
function quotaText(q: MediaQuotaStatus): string {
  const gap = q.met ? "" : ` (còn thiếu ${q.required - q.actual})`;
  return `${q.outletName} – ${q.mediaLabel} ${q.actual}/${q.required} ${q.unit}${gap}`;
}

export function formatMediaReport(report: MediaReport): string[] {
  const lines = [`Tệp: ${report.file}`, `  Nhật ký tin bài tuyên truyền — kế hoạch ${report.plan}`];
  if (report.error !== null) return [lines[0], `  Không đọc được: ${report.error}`];
  for (const log of report.logs) {
    lines.push(`  Trang «${log.sheet}»`);
    lines.push(
      `    Dòng tiêu đề: ${log.headerRows.length > 0 ? log.headerRows.join(", ") : "không tìm thấy"}`,
    );
    lines.push(`    Số tin bài: ${log.items.length}`);
    lines.push(`    Bảng mã: ${encodingLabel(log.encoding)}`);
    lines.push(`    Kết quả: ${severityCounts(log.findings)}`);
    lines.push(...log.findings.map((f) => findingLine(f, "      ")));
  }
  if (report.months.length > 0) lines.push("  Chỉ tiêu hằng tháng (thực hiện/chỉ tiêu):");
  for (const theme of report.themes) {
    const quota = report.quota.filter((q) => q.month === theme.month);
    lines.push(`    Tháng ${theme.month}: ${quota.map(quotaText).join("; ")}`);
    const topics = theme.topics.length > 0 ? `: ${theme.topics.join("; ")}` : "";
    lines.push(`      ${themeHeading(theme)}${topics}`);
  }
  lines.push(`  Tin bài gửi trễ: ${report.late.length}`);
  return [...lines, ...fileFindingLines(report.findings)];
}
