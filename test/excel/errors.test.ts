/**
 * Every failure a clerk can meet, in Vietnamese that says what to do: Office's codes, the three
 * kinds of AccessDenied told apart by the port on the Excel double, a hidden sheet, a lazy chunk
 * that failed, and a bug ("Trợ lý gặp lỗi" with the detail to copy, never raw English alone).
 */
import { createExcelPort, createOfficeSettings } from "../../src/excel";
import { describeError } from "../../src/excel/errors";
import { addSheet, createWorkbook, installExcelGlobals, setRow } from "../excel-double";

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function portOver() {
  const model = createWorkbook();
  uninstall = installExcelGlobals(model).uninstall;
  const list = addSheet(model, "Danh sách");
  setRow(list, 1, 1, ["STT", "Họ và tên"]);
  return { model, port: createExcelPort(createOfficeSettings(0)) };
}

const SUMMARY = { name: "Tổng hợp", cells: [{ row: 1, col: 1, value: "x" }], merges: [] };
const MARK = [{ sheet: "Danh sách", severity: "error" as const, addresses: ["B1"] }];

test.each([
  [
    "InvalidOperationInCellEditMode",
    "Excel đang ở chế độ sửa ô nên chưa nhận lệnh. Hãy nhấn Enter hoặc Esc để rời ô đang sửa rồi thử lại.",
  ],
  [
    "ItemNotFound",
    "Không tìm thấy trang tính hoặc ô cần dùng: có thể trang tính đã được đổi tên hoặc xóa sau lần kiểm tra. Hãy bấm «Kiểm tra» để đọc lại sổ làm việc.",
  ],
  [
    "RequestPayloadSizeLimitExceeded",
    "Vùng dữ liệu quá lớn để Excel xử lý trong một lần (giới hạn 5 MB mỗi lần gửi của Excel trên web). Hãy xóa các dòng, cột trống thừa ở cuối trang tính hoặc chia danh sách thành nhiều tệp rồi thử lại.",
  ],
  [
    "GeneralException",
    "Excel gặp lỗi chung khi thực hiện thao tác. Hãy lưu sổ làm việc, đóng rồi mở lại Trợ lý và thử lại; nếu vẫn lỗi, hãy mở lại Excel.",
  ],
])("%s has its own Vietnamese message, not Excel's English", (code, words) => {
  const d = describeError({ code, name: "RichApi.Error", message: "An internal error has occurred." });
  expect(d.text).toBe(words);
  expect(d.title).toBeUndefined();
});

test("sheet protection, workbook structure protection and a read-only file are three messages", async () => {
  const sheetCase = portOver();
  sheetCase.model.sheets[0].protected = true;
  const onSheet = await sheetCase.port.highlight(MARK).catch((e: unknown) => e);
  expect(onSheet).toMatchObject({ code: "AccessDenied", accessReason: "sheet-protected" });
  expect(describeError(onSheet).text).toBe(
    "Trang tính đang được bảo vệ nên không thể ghi hoặc tô màu. Hãy bỏ bảo vệ trang tính (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại. (Trang tính: «Danh sách».)",
  );
  uninstall?.();

  const structure = portOver();
  structure.model.structureProtected = true;
  const onBook = await structure.port.writeSheet(SUMMARY).catch((e: unknown) => e);
  expect(onBook).toMatchObject({ code: "AccessDenied", accessReason: "structure-protected" });
  expect(describeError(onBook).text).toBe(
    "Cấu trúc sổ làm việc đang được bảo vệ nên không thể thêm, xóa hay đổi tên trang tính. Hãy bỏ bảo vệ sổ làm việc (Xem lại → Bảo vệ sổ làm việc) rồi thử lại.",
  );
  uninstall?.();

  const readOnly = portOver();
  readOnly.model.readOnly = true;
  for (const attempt of [() => readOnly.port.writeSheet(SUMMARY), () => readOnly.port.highlight(MARK)]) {
    const e = await attempt().catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "AccessDenied", accessReason: "read-only" });
    expect(describeError(e).text).toBe(
      "Sổ làm việc đang mở ở chế độ chỉ đọc nên không thể ghi. Hãy bấm «Chỉnh sửa sổ làm việc» (hoặc lưu một bản sao) rồi thử lại.",
    );
  }
  expect(readOnly.model.sheets.map((s) => s.name)).toEqual(["Danh sách"]);
});

test("selecting a cell on a hidden sheet says to unhide it, and changes nothing", async () => {
  const { model, port } = portOver();
  model.sheets[0].visibility = "Hidden";
  addSheet(model, "Khác");
  model.activeSheet = "Khác";
  const e = await port.select("Danh sách", "B1").catch((x: unknown) => x);
  expect(describeError(e).text).toBe(
    "Trang tính này đang bị ẩn nên không chọn được ô. Hãy bỏ ẩn trang tính (chuột phải vào thẻ trang tính → Bỏ ẩn) rồi bấm lại. (Trang tính: «Danh sách».)",
  );
  expect(model.activeSheet).toBe("Khác");
  expect(model.selection).toBeNull();
});

test("a lazy chunk that failed to load asks to try again, then to reopen the pane", () => {
  const e = Object.assign(new Error("Loading chunk 512 failed.\n(error: https://localhost/512.js)"), {
    name: "ChunkLoadError",
  });
  expect(describeError(e).text).toBe(
    "Không tải được một phần của Trợ lý (mạng chập chờn hoặc Trợ lý vừa được cập nhật). Hãy bấm «Thử lại»; nếu vẫn không được, hãy đóng rồi mở lại ngăn tác vụ.",
  );
});

test("a programming error is «Trợ lý gặp lỗi» with the detail to copy", () => {
  const bug = new TypeError("Cannot read properties of undefined (reading 'cells')");
  const d = describeError(bug);
  expect(d.title).toBe("Trợ lý gặp lỗi");
  expect(d.text).toBe(
    "Đây là lỗi của chương trình, không phải của sổ làm việc. Hãy sao chép chi tiết bên dưới gửi cho người hỗ trợ; sổ làm việc của bạn không bị thay đổi.",
  );
  expect(d.detail?.split("\n")[0]).toBe("TypeError: Cannot read properties of undefined (reading 'cells')");
});
