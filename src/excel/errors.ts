/**
 * Office errors in words a clerk can act on. The adapter itself never swallows an error: it only
 * adds what it found out about one (`accessReason`, `sheet`) and rethrows; the pane calls
 * `describeError` on whatever a port method rejected with.
 */

/** The requirement set the adapter needs (getRanges/RangeAreas, conditional formats on areas, getSpecialCells). */
export const REQUIRED_EXCEL_API = "1.9";

/** Why Excel said AccessDenied, as the adapter found out after the refusal. */
export type AccessReason = "sheet-protected" | "structure-protected" | "read-only";

/** Codes the adapter raises itself, for refusals Excel would give no useful word for. */
export const SHEET_HIDDEN = "TdktSheetHidden";
export const TOO_MANY_ROWS = "TdktTooManyRows";

const TOO_LARGE = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
]);
const UNSUPPORTED = new Set(["ApiNotFound", "NotImplemented", "UnsupportedFeature"]);

export const MESSAGE_PROTECTED =
  "Trang tính đang được bảo vệ nên không thể ghi hoặc tô màu. Hãy bỏ bảo vệ trang tính (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.";
export const MESSAGE_STRUCTURE_PROTECTED =
  "Cấu trúc sổ làm việc đang được bảo vệ nên không thể thêm, xóa hay đổi tên trang tính. Hãy bỏ bảo vệ sổ làm việc (Xem lại → Bảo vệ sổ làm việc) rồi thử lại.";
export const MESSAGE_READ_ONLY =
  "Sổ làm việc đang mở ở chế độ chỉ đọc nên không thể ghi. Hãy bấm «Chỉnh sửa sổ làm việc» (hoặc lưu một bản sao) rồi thử lại.";
export const MESSAGE_CELL_EDIT =
  "Excel đang ở chế độ sửa ô nên chưa nhận lệnh. Hãy nhấn Enter hoặc Esc để rời ô đang sửa rồi thử lại.";
export const MESSAGE_NOT_FOUND =
  "Không tìm thấy trang tính hoặc ô cần dùng: có thể trang tính đã được đổi tên hoặc xóa sau lần kiểm tra. Hãy bấm «Kiểm tra» để đọc lại sổ làm việc.";
export const MESSAGE_SHEET_HIDDEN =
  "Trang tính này đang bị ẩn nên không chọn được ô. Hãy bỏ ẩn trang tính (chuột phải vào thẻ trang tính → Bỏ ẩn) rồi bấm lại.";
export const MESSAGE_TOO_LARGE =
  "Vùng dữ liệu quá lớn để Excel xử lý trong một lần (giới hạn 5 MB mỗi lần gửi của Excel trên web). Hãy xóa các dòng, cột trống thừa ở cuối trang tính hoặc chia danh sách thành nhiều tệp rồi thử lại.";
export const MESSAGE_GENERAL =
  "Excel gặp lỗi chung khi thực hiện thao tác. Hãy lưu sổ làm việc, đóng rồi mở lại Trợ lý và thử lại; nếu vẫn lỗi, hãy mở lại Excel.";
export const MESSAGE_UNSUPPORTED = `Phiên bản Excel này chưa hỗ trợ tính năng cần dùng (cần ExcelApi ${REQUIRED_EXCEL_API}). Hãy cập nhật Office hoặc dùng trang web Trợ lý TĐKT để kiểm tra tệp.`;
export const MESSAGE_CHUNK =
  "Không tải được một phần của Trợ lý (mạng chập chờn hoặc Trợ lý vừa được cập nhật). Hãy bấm «Thử lại»; nếu vẫn không được, hãy đóng rồi mở lại ngăn tác vụ.";
export const MESSAGE_BUG =
  "Đây là lỗi của chương trình, không phải của sổ làm việc. Hãy sao chép chi tiết bên dưới gửi cho người hỗ trợ; sổ làm việc của bạn không bị thay đổi.";
export const TITLE_BUG = "Trợ lý gặp lỗi";

const ACCESS_MESSAGES: Record<AccessReason, string> = {
  "sheet-protected": MESSAGE_PROTECTED,
  "structure-protected": MESSAGE_STRUCTURE_PROTECTED,
  "read-only": MESSAGE_READ_ONLY,
};

const CODE_MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: MESSAGE_CELL_EDIT,
  ItemNotFound: MESSAGE_NOT_FOUND,
  [SHEET_HIDDEN]: MESSAGE_SHEET_HIDDEN,
  GeneralException: MESSAGE_GENERAL,
};

function field(e: unknown, key: string): string {
  if (e === null || typeof e !== "object") return "";
  const v = (e as Record<string, unknown>)[key];
  return typeof v === "string" ? v : "";
}

/** The Office error code an error carries (`Excel.ErrorCodes`), or "". */
export function errorCode(e: unknown): string {
  return field(e, "code");
}

/** What the pane shows for a failure: a Vietnamese text, and for a bug a title and the detail to copy. */
export interface ErrorDescription {
  title?: string;
  text: string;
  /** The raw error (name, code, message, stack), for the clerk to copy to whoever supports them. */
  detail?: string;
}

function detailOf(e: unknown): string {
  if (e instanceof Error) {
    const code = field(e, "code");
    return [`${e.name}${code ? ` (${code})` : ""}: ${e.message}`, e.stack ?? ""].filter(Boolean).join("\n");
  }
  try {
    return typeof e === "string" ? e : JSON.stringify(e);
  } catch {
    return String(e);
  }
}

/** Where a refusal names the sheet (the adapter adds it), the clerk is told which one. */
function withSheet(text: string, e: unknown): string {
  const sheet = field(e, "sheet");
  return sheet === "" ? text : `${text} (Trang tính: «${sheet}».)`;
}

/**
 * The Vietnamese description of anything a port method, Office.js or the pane itself threw. An
 * error the product has words for gets them; anything else is a bug: "Trợ lý gặp lỗi" with the
 * detail, never raw English alone.
 */
export function describeError(e: unknown): ErrorDescription {
  const code = field(e, "code");
  const name = field(e, "name");
  const message = field(e, "message") || (typeof e === "string" ? e : "");
  const reason = field(e, "accessReason") as AccessReason | "";
  if (code === "AccessDenied") return { text: withSheet(ACCESS_MESSAGES[reason || "sheet-protected"], e) };
  if (code in CODE_MESSAGES) return { text: withSheet(CODE_MESSAGES[code], e) };
  if (code === TOO_MANY_ROWS) return { text: message };
  if (TOO_LARGE.has(code)) return { text: MESSAGE_TOO_LARGE };
  if (UNSUPPORTED.has(code) || /requirement set|(Excel|Office) is not defined/i.test(message))
    return { text: MESSAGE_UNSUPPORTED };
  if (name === "ChunkLoadError" || /Loading (CSS )?chunk .* failed/i.test(message))
    return { text: MESSAGE_CHUNK, detail: detailOf(e) };
  return { title: TITLE_BUG, text: MESSAGE_BUG, detail: detailOf(e) };
}

/** The text alone, for a caller with one line to fill. */
export function excelErrorMessage(e: unknown): string {
  return describeError(e).text;
}

/** An error shaped like Office's (`code` + `message`), for refusals the adapter decides itself. */
export function officeLikeError(
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): Error & { code: string } {
  return Object.assign(new Error(message), { name: "RichApi.Error", code }, extra);
}
