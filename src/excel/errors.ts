/**
 * Office errors in words a clerk can act on. The adapter itself never catches: the pane calls
 * this on whatever a port method rejected with.
 */

/** The requirement set the adapter needs (getRanges/RangeAreas, conditional formats on areas, getSpecialCells). */
export const REQUIRED_EXCEL_API = "1.9";

const PROTECTED = new Set(["AccessDenied"]);
const TOO_LARGE = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
]);
const UNSUPPORTED = new Set(["ApiNotFound", "NotImplemented", "UnsupportedFeature"]);

export const MESSAGE_PROTECTED =
  "Trang tính đang được bảo vệ nên không thể ghi hoặc tô màu. Hãy bỏ bảo vệ trang tính (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.";
export const MESSAGE_TOO_LARGE =
  "Vùng dữ liệu quá lớn để Excel xử lý trong một lần. Hãy xóa các dòng, cột trống thừa ở cuối trang tính hoặc chia danh sách thành nhiều tệp rồi thử lại.";
export const MESSAGE_UNSUPPORTED = `Phiên bản Excel này chưa hỗ trợ tính năng cần dùng (cần ExcelApi ${REQUIRED_EXCEL_API}). Hãy cập nhật Office hoặc dùng trang web Trợ lý TĐKT để kiểm tra tệp.`;

function field(e: unknown, key: "code" | "message" | "name"): string {
  if (e === null || typeof e !== "object") return "";
  const v = (e as Record<string, unknown>)[key];
  return typeof v === "string" ? v : "";
}

/** A Vietnamese message for an error thrown by Office.js (or by the adapter on its behalf). */
export function excelErrorMessage(e: unknown): string {
  const code = field(e, "code");
  const message = field(e, "message") || (typeof e === "string" ? e : "");
  if (PROTECTED.has(code) || /protect/i.test(message)) return MESSAGE_PROTECTED;
  if (TOO_LARGE.has(code) || /payload|too large/i.test(message)) return MESSAGE_TOO_LARGE;
  if (
    UNSUPPORTED.has(code) ||
    /requirement set|is not supported|(Excel|Office) is not defined/i.test(message)
  )
    return MESSAGE_UNSUPPORTED;
  return message || "Excel báo lỗi không rõ nguyên nhân. Hãy thử lại.";
}

/** An error shaped like Office's (`code` + `message`), for refusals the adapter decides itself. */
export function officeLikeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}
