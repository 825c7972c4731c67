/**
 * empty-list: a header found with nothing under it. The quota (when the plan has one) says how
 * many are missing, but only this says where the list is, so the clerk knows what was read.
 */
import type { Finding, NominationList } from "../types";

/**
 * The finding for a list whose header has no rows under it, or null. A list whose rows hold only
 * error values or uncached formulas has rows: their own findings say why nothing was read.
 */
export function emptyListFinding(list: NominationList, uncached: readonly string[]): Finding | null {
  const rows = list.headerRows;
  if (rows.length === 0 || list.records.length > 0 || uncached.length > 0) return null;
  if (list.findings.some((f) => f.code === "formula-error")) return null;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const where = first === last ? `dòng ${first}` : `các dòng ${first}–${last}`;
  // An empty template (only its placeholder rows) is a form not yet filled, not a faulty list.
  const template = (list.placeholderRows?.length ?? 0) > 0;
  return {
    code: "empty-list",
    severity: template ? "info" : "warning",
    sheet: list.sheet,
    cell: null,
    row: first,
    field: null,
    message:
      `Danh sách trên trang «${list.sheet}» có dòng tiêu đề ở ${where} nhưng chưa có dòng nào bên dưới. ` +
      `Hãy nhập các tập thể, cá nhân, hộ gia đình được đề nghị khen thưởng ngay dưới dòng tiêu đề ` +
      `rồi kiểm tra lại.`,
  };
}
