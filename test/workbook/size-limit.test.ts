/** The port's row limit, counted from the zip before ExcelJS loads anything (no million-row file needed). */
import ExcelJS from "exceljs";
import { MAX_WORKBOOK_ROWS, oversizeReason } from "../../src/workbook/size-limit";
import { openWorkbook, UnreadableWorkbookError } from "../../src/workbook";

async function bookWithRows(sheets: [string, number][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    for (let r = 1; r <= rows; r++) ws.getCell(r, 1).value = r;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("oversizeReason", () => {
  it("counts the rows of every sheet and names the biggest ones, with XML-escaped names read back", async () => {
    const bytes = await bookWithRows([
      ["Danh sách", 40],
      ["A & B <1>", 25],
      ["Trống", 0],
    ]);
    expect(await oversizeReason(bytes, "don-vi.xlsx", 64)).toBe(
      "Tệp «don-vi.xlsx» quá lớn: 65 dòng («Danh sách» 40 dòng, «A & B <1>» 25 dòng), vượt giới hạn " +
        "64 dòng mỗi tệp mà Trợ lý đọc được. Hãy tách danh sách thành nhiều tệp nhỏ hơn hoặc xóa các dòng " +
        "thừa rồi lưu lại.",
    );
    expect(await oversizeReason(bytes, "don-vi.xlsx", 65)).toBeNull();
  });

  it("lets an ordinary workbook through, and openWorkbook refuses one over the limit", async () => {
    const small = await bookWithRows([["Danh sách", 300]]);
    expect(await oversizeReason(small, "a.xlsx")).toBeNull();
    const [sheet] = await (await openWorkbook(small, "a.xlsx")).readSheets();
    expect([sheet.name, sheet.originRow, sheet.originCol]).toEqual(["Danh sách", 1, 1]);
    expect(sheet.values.map((row) => row[0])).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(MAX_WORKBOOK_ROWS).toBe(100_000);
    const big = await bookWithRows([["Danh sách", MAX_WORKBOOK_ROWS + 1]]);
    const error = await openWorkbook(big, "lon.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect((error as Error).message).toBe(
      "Tệp «lon.xlsx» quá lớn: 100.001 dòng («Danh sách» 100.001 dòng), vượt giới hạn 100.000 dòng mỗi tệp " +
        "mà Trợ lý đọc được. Hãy tách danh sách thành nhiều tệp nhỏ hơn hoặc xóa các dòng thừa rồi lưu lại.",
    );
  }, 60_000);

  it("leaves a broken zip to the loader (null: no central directory to read)", async () => {
    const bytes = await bookWithRows([["Danh sách", 10]]);
    expect(await oversizeReason(bytes.slice(0, bytes.length - 40), "hong.xlsx", 1)).toBeNull();
  });
});
