/** E. What the check found and is still open: by severity, then by code. */
import type { SummaryData } from "./data";
import { FINDING_CODE_LABELS, SEVERITIES, SEVERITY_LABELS } from "./finding-labels";
import { STYLES, TABLE_WIDTH, type SheetBuilder } from "./layout";
import { TOTAL_LABEL } from "./section-kinds";

export const SECTION_FINDINGS = "E. KẾT QUẢ KIỂM TRA (VẤN ĐỀ CÒN TỒN TẠI)";
export const NO_FINDINGS = "Không còn vấn đề nào.";

export function writeFindingsSection(b: SheetBuilder, data: SummaryData): void {
  b.line(SECTION_FINDINGS, STYLES.section);
  b.tableRow(["STT", "Mức độ", "Số lượng"], STYLES.head);
  SEVERITIES.forEach((s, i) => b.tableRow([i + 1, SEVERITY_LABELS[s], data.bySeverity[s]]));
  b.tableRow([null, TOTAL_LABEL, data.findings.length], STYLES.total, STYLES.totalNumber);
  b.blank();
  if (data.byCode.length === 0) {
    b.line(NO_FINDINGS, STYLES.note);
    return;
  }
  b.tableRow(["STT", "Vấn đề", "Số lượng", "Mức độ", "Mã", null], STYLES.head);
  b.merge(b.row, 5, b.row, TABLE_WIDTH);
  data.byCode.forEach((c, i) => {
    b.tableRow([i + 1, FINDING_CODE_LABELS[c.code], c.count, SEVERITY_LABELS[c.severity], c.code, null]);
    b.merge(b.row, 5, b.row, TABLE_WIDTH);
  });
}
