/** `kiem-tra` without --json: a short Vietnamese report per file and per list, for the terminal. */
import { KIND_LABELS } from "../core/labels";
import { quotaBounds, quotaGap, quotaKinds, quotaVerdict } from "../core/summary";
import { SEVERITY_LABELS } from "../core/summary";
import { SUBJECT_KINDS, type Encoding, type FileReport, type Finding, type Severity } from "../core/types";
import { kindCountsOf } from "./report-json";

const ENCODING_LABELS: Record<Encoding, string> = {
  unicode: "Unicode",
  tcvn3: "TCVN3 (ABC), đã chuyển sang Unicode",
  vni: "VNI-Windows, đã chuyển sang Unicode",
  mixed: "lẫn Unicode và mã cũ, đã chuyển sang Unicode",
};

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

function severityCounts(findings: readonly Finding[]): string {
  return SEVERITY_ORDER.map(
    (s) => `${findings.filter((f) => f.severity === s).length} ${SEVERITY_LABELS[s].toLowerCase()}`,
  ).join(", ");
}

function findingLine(f: Finding, indent: string): string {
  const where = f.cell ? `ô ${f.cell}` : f.row !== null ? `dòng ${f.row}` : "";
  return `${indent}- [${SEVERITY_LABELS[f.severity]}]${where ? ` ${where}` : ""}: ${f.message} (${f.code})`;
}

export function formatFileReport(report: FileReport): string[] {
  const lines = [`Tệp: ${report.file}`];
  if (report.error !== null) return [...lines, `  Không đọc được: ${report.error}`];
  for (const list of report.lists) {
    const counts = kindCountsOf(list);
    lines.push(`  Trang «${list.sheet}»`);
    lines.push(
      `    Dòng tiêu đề: ${list.headerRows.length > 0 ? list.headerRows.join(", ") : "không tìm thấy"}`,
    );
    lines.push(`    Số lượng: ${SUBJECT_KINDS.map((k, i) => `${KIND_LABELS[k]} ${counts[i]}`).join(", ")}`);
    lines.push(`    Bảng mã: ${ENCODING_LABELS[list.encoding]}`);
    lines.push(`    Kết quả: ${severityCounts(list.findings)}`);
    lines.push(...list.findings.map((f) => findingLine(f, "      ")));
  }
  for (const q of report.quota) {
    const gap = quotaGap(q);
    lines.push(
      `  Chỉ tiêu ${quotaKinds(q)} ${q.actual}/${quotaBounds(q)} — ${gap || quotaVerdict(q).toLowerCase()}`,
    );
  }
  if (report.findings.length > 0) {
    lines.push(`  Toàn tệp: ${severityCounts(report.findings)}`);
    lines.push(...report.findings.map((f) => findingLine(f, "    ")));
  }
  return lines;
}

export function formatCheckReport(reports: readonly FileReport[]): string {
  return reports.flatMap((r) => [...formatFileReport(r), ""]).join("\n");
}
