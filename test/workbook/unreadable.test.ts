/** Files that are not readable .xlsx workbooks: each is refused with a Vietnamese message that says why. */
import JSZip from "jszip";
import { openWorkbook, UnreadableWorkbookError } from "../../src/workbook";
import { BROKEN_FIXTURES } from "../fixtures/build-fixtures";
import { fixtureBytes } from "./helpers";

describe.each(BROKEN_FIXTURES.map((f) => [f.file, f] as const))("opening %s", (file, fixture) => {
  it(`is refused: ${fixture.about}`, async () => {
    const bytes = await fixtureBytes(file);
    const error = await openWorkbook(bytes, file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect((error as Error).message.startsWith(fixture.message)).toBe(true);
  });
});

describe("other unreadable input", () => {
  it("refuses a zip with no workbook in it", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(openWorkbook(bytes, "to-trinh.xlsx")).rejects.toThrow(
      "Tệp «to-trinh.xlsx» là tệp nén nhưng không chứa bảng tính Excel nào.",
    );
  });

  it("refuses an HTML page saved with an Excel name, and takes an ArrayBuffer as well as bytes", async () => {
    const bytes = new TextEncoder().encode("<html><body><table><tr><td>STT</td></tr></table></body></html>");
    await expect(openWorkbook(bytes.buffer, "bao-cao.xlsx")).rejects.toThrow(
      "Tệp «bao-cao.xlsx» là tệp HTML/XML mang đuôi Excel, không phải .xlsx thật.",
    );
  });

  it("gives the full messages a clerk reads", async () => {
    const messages = await Promise.all(
      ["15-excel-97.xls", "16-mat-khau.xlsx"].map(async (f) =>
        openWorkbook(await fixtureBytes(f), f).catch((e: Error) => e.message),
      ),
    );
    expect(messages).toEqual([
      "Tệp «15-excel-97.xls» bị hỏng hoặc chưa được chép đầy đủ nên không đọc được. Hãy xin đơn vị gửi lại tệp, hoặc mở bằng Excel để sửa rồi lưu lại.",
      "Tệp «16-mat-khau.xlsx» có mật khẩu nên không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa trống) rồi lưu lại.",
    ]);
  });
});
