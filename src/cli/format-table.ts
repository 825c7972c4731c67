/** `kiem-tra` without --json: a short Vietnamese report per file and per list, for the terminal. */
import { KIND_LABELS } from "../core/labels";
import { kindSourceLine } from "../core/read";
import {
  quotaBounds,
  quotaGap,
  quotaKinds,
  quotaVerdict,
  SEVERITIES,
  SEVERITY_LABELS,
} from "../core/summary";
import { countKinds } from "../core/tally";
import { SUBJECT_KINDS, type Encoding, type FileReport, type Finding } from "../core/types";

const ENCODING_LABELS: Record<Encoding, string> = {
  unicode: "Unicode",
  tcvn3: "TCVN3 (ABC), đã chuyển sang Unicode",
  vni: "VNI-Windows, đã chuyển sang Unicode",
  mixed: "lẫn Unicode và mã cũ, đã chuyển sang Unicode",
};

export function encodingLabel(encoding: Encoding): string {
  return ENCODING_LABELS[encoding];
}

/** "2 lỗi, 1 cảnh báo, 0 thông tin". */
export function severityCounts(findings: readonly Finding[]): string {
  return SEVERITIES.map(
    (s) => `${findings.filter((f) => f.severity === s).length} ${SEVERITY_LABELS[s].toLowerCase()}`,
  ).join(", ");
}

export function findingLine(f: Finding, indent: string): string {
  const where = f.cell ? `ô ${f.cell}` : f.row !== null ? `dòng ${f.row}` : "";
  return `${indent}- [${SEVERITY_LABELS[f.severity]}]${where ? ` ${where}` : ""}: ${f.message} (${f.code})`;
}

/** The file-level findings, when there are any. */
export function fileFindingLines(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return [];
  return [`  Toàn tệp: ${severityCounts(findings)}`, ...findings.map((f) => findingLine(f, "    "))];
}

export function formatFileReport(report: FileReport): string[] {
  const lines = [`Tệp: ${report.file}`];
  if (report.error !== null) return [...lines, `  Không đọc được: ${report.error}`];
  for (const list of report.lists) {
    const counts = countKinds(list.records);
    lines.push(`  Trang «${list.sheet}»`);
    lines.push(
      `    Dòng tiêu đề: ${list.headerRows.length > 0 ? list.headerRows.join(", ") : "không tìm thấy"}`,
    );
    if (list.profile !== undefined) lines.push(`    Cách đọc: «${list.profile.name}»`);
    if (list.headerRows.length > 0) lines.push(`    ${kindSourceLine(list)}`);
    lines.push(`    Số lượng: ${SUBJECT_KINDS.map((k) => `${KIND_LABELS[k]} ${counts[k]}`).join(", ")}`);
    lines.push(`    Bảng mã: ${ENCODING_LABELS[list.encoding]}`);
    lines.push(`    Kết quả: ${severityCounts(list.findings)}`);
    lines.push(...list.findings.map((f) => findingLine(f, "      ")));
  }
  // Sheets set aside are named, so a clerk sees why a sheet's rows were not counted.
  const listed = new Set(report.lists.map((l) => l.sheet));
  for (const sheet of report.sheets)
    if (sheet.role !== "list" && !listed.has(sheet.name))
      lines.push(`  Không kiểm tra trang «${sheet.name}»: ${sheet.reason}`);
  for (const q of report.quota) {
    const gap = quotaGap(q);
    lines.push(
      `  Chỉ tiêu ${quotaKinds(q)} ${q.actual}/${quotaBounds(q)} — ${gap || quotaVerdict(q).toLowerCase()}`,
    );
  }
  return [...lines, ...fileFindingLines(report.findings)];
}
