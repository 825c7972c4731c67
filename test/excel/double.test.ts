/** The Excel double keeps Office.js semantics, loads real .xlsx files; errors and settings helpers. */
import ExcelJS from "exceljs";
import { excelErrorMessage } from "../../src/excel";
import {
  MESSAGE_GENERAL,
  MESSAGE_PROTECTED,
  MESSAGE_TOO_LARGE,
  MESSAGE_UNSUPPORTED,
} from "../../src/excel/errors";
import {
  addSheet,
  cellKey,
  createExcelDouble,
  createWorkbook,
  PAYLOAD_LIMIT_BYTES,
  setCell,
  valueSnapshot,
} from "../excel-double";
import { modelFromXlsx } from "../excel-double/from-xlsx";

// Large grids on a shared machine: a slow run must not fail a test (counts are asserted, not time).
jest.setTimeout(60_000);

describe("Excel double semantics", () => {
  test("reading a property before load + sync throws PropertyNotLoaded; after, it has the value", async () => {
    const model = createWorkbook();
    setCell(addSheet(model, "A"), 2, 3, "x");
    await createExcelDouble(model).run(async (context) => {
      const used = context.workbook.worksheets.getItem("A").getUsedRangeOrNullObject(true);
      // Reading too early on purpose: the double must throw as Office.js does.
      // eslint-disable-next-line office-addins/call-sync-before-read
      expect(() => used.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      used.load("address");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
      expect(() => used.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(used.address).toBe("A!C2");
      expect(used.isNullObject).toBe(false);
    });
  });

  test("writes apply at sync; a value starting with = is a formula unless the cell is Text", async () => {
    const model = createWorkbook();
    const s = addSheet(model, "A");
    const double = createExcelDouble(model);
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.getRange("A1:B1").values = [['=HYPERLINK("a","b")', "0123"]];
      expect(s.cells.size).toBe(0);
      await context.sync();
    });
    expect(valueSnapshot(model).A).toEqual({ R1C1: '=HYPERLINK("a","b")', R1C2: 123 });
    expect(s.cells.get(cellKey(1, 1))?.formula).toBe('=HYPERLINK("a","b")');
    expect(double.stats.syncs).toBe(1);
  });

  test("a failing operation rejects the sync, earlier operations stay, later ones are dropped", async () => {
    const model = createWorkbook();
    addSheet(model, "A");
    addSheet(model, "B", { protected: true });
    addSheet(model, "C");
    const error = await createExcelDouble(model)
      .run(async (context) => {
        const ws = context.workbook.worksheets;
        ws.getItem("A").getRange("A1").values = [["a"]];
        ws.getItem("B").getRange("A1").values = [["b"]];
        ws.getItem("C").getRange("A1").values = [["c"]];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "AccessDenied" });
    expect(valueSnapshot(model)).toEqual({ A: { R1C1: "a" }, B: {}, C: {} });
  });

  test("failPartWay fails a sync at the operation given: those before stay, the rest never run", async () => {
    const model = createWorkbook();
    addSheet(model, "A");
    const double = createExcelDouble(model);
    double.stats.failPartWay = (n) => (n === 1 ? { code: "GeneralException", at: 2 } : null);
    const error = await double
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("A");
        sheet.getRange("A1").values = [["a"]];
        sheet.getRange("B1").values = [["b"]];
        sheet.getRange("C1").values = [["c"]];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(valueSnapshot(model)).toEqual({ A: { R1C1: "a", R1C2: "b" } });
  });

  test("Excel on the web's 5 MB limit: an oversized response or request fails the sync", async () => {
    const model = createWorkbook();
    const s = addSheet(model, "A");
    const text = "Hoàn thành xuất sắc nhiệm vụ năm 2025. ".repeat(10);
    for (let r = 1; r <= 2_000; r++) for (let c = 1; c <= 8; c++) setCell(s, r, c, text);
    const double = createExcelDouble(model);
    const read = await double
      .run(async (context) => {
        const range = context.workbook.worksheets.getItem("A").getRange("A1:H2000");
        range.load("values");
        await context.sync();
        return range.values;
      })
      .catch((e: unknown) => e);
    expect(read).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const before = valueSnapshot(model);
    const write = await double
      .run(async (context) => {
        const range = context.workbook.worksheets.getItem("A").getRange("J1:Q2000");
        range.values = Array.from({ length: 2_000 }, () => new Array<string>(8).fill(text));
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(write).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(valueSnapshot(model)).toEqual(before);
    expect(double.stats.requestBytes.every((b) => b > PAYLOAD_LIMIT_BYTES)).toBe(true);
  });

  test("Range.getUsedRangeOrNullObject: the used cells inside the range, or a null object", async () => {
    const model = createWorkbook();
    const s = addSheet(model, "A");
    setCell(s, 3, 2, "x");
    setCell(s, 8, 6, "y");
    setCell(s, 2, 1, "", { fill: "#FF0000" });
    await createExcelDouble(model).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      const inside = sheet.getRange("A1:D5").getUsedRangeOrNullObject(true);
      inside.load("address,values");
      const withFormats = sheet.getRange("A1:D5").getUsedRangeOrNullObject();
      withFormats.load("address");
      const none = sheet.getRange("G1:H5").getUsedRangeOrNullObject(true);
      none.load("address");
      await context.sync();
      expect([inside.address, inside.values]).toEqual(["A!B3", [["x"]]]);
      expect(withFormats.address).toBe("A!A2:B3");
      expect(none.isNullObject).toBe(true);
    });
  });

  test("getSpecialCellsOrNullObject: visible rows as areas, null when all are hidden; other types throw", async () => {
    const model = createWorkbook();
    const s = addSheet(model, "A");
    s.hiddenRows.push(3, 4, 9);
    await createExcelDouble(model).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      const visible = sheet.getRange("A1:A10").getSpecialCellsOrNullObject("Visible");
      visible.load("address");
      const none = sheet.getRange("B3:C4").getSpecialCellsOrNullObject("Visible");
      none.load("address");
      await context.sync();
      expect(visible.address).toBe("A!A1:A2, A!A5:A8, A!A10");
      expect(none.isNullObject).toBe(true);
      expect(() => sheet.getRange("A1:A10").getSpecialCellsOrNullObject("Blanks")).toThrow(
        expect.objectContaining({ code: "NotImplemented" }),
      );
    });
  });

  test("a missing sheet from getItemOrNullObject is a null object", async () => {
    await createExcelDouble(createWorkbook()).run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("Không có");
      ws.load("name");
      await context.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });
});

describe("from-xlsx", () => {
  test("loads a real .xlsx: values as Office.js gives them, formats, merges, protection, visibility", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Cá nhân");
    ws.getCell("A1").value = "DANH SÁCH";
    ws.getCell("A1").font = { bold: true };
    ws.mergeCells("A1:C1");
    ws.getCell("A2").value = new Date(Date.UTC(1980, 1, 1));
    ws.getCell("B2").value = { formula: "1+1", result: 2 };
    ws.getCell("C2").value = { richText: [{ text: "Nguyễn " }, { text: "Văn An" }] };
    ws.getCell("D2").value = { error: "#N/A" };
    ws.getCell("D2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
    await ws.protect("", {});
    ws.getCell("A3").value = "dòng ẩn";
    ws.getRow(3).hidden = true;
    const hidden = book.addWorksheet("Ẩn", { state: "hidden" });
    hidden.getCell("A1").value = 1;
    const model = await modelFromXlsx(await book.xlsx.writeBuffer());
    expect(valueSnapshot(model)).toEqual({
      "Cá nhân": {
        R1C1: "DANH SÁCH",
        R2C1: 29252,
        R2C2: "=1+1",
        R2C3: "Nguyễn Văn An",
        R2C4: "#N/A",
        R3C1: "dòng ẩn",
      },
      Ẩn: { R1C1: 1 },
    });
    const [s, h] = model.sheets;
    expect(s.cells.get(cellKey(2, 2))?.value).toBe(2);
    expect(s.cells.get(cellKey(2, 4))?.format.fill).toBe("#FFC000");
    expect(s.cells.get(cellKey(1, 1))?.format.bold).toBe(true);
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect([s.hiddenRows, h.hiddenRows]).toEqual([[3], []]);
    expect([s.protected, h.protected, s.visibility, h.visibility]).toEqual([
      true,
      false,
      "Visible",
      "Hidden",
    ]);
  });
});

describe("excelErrorMessage", () => {
  test.each([
    [{ code: "AccessDenied", message: "x" }, MESSAGE_PROTECTED],
    [{ code: "ResponsePayloadSizeLimitExceeded", message: "x" }, MESSAGE_TOO_LARGE],
    [{ code: "RequestPayloadSizeLimitExceeded", message: "x" }, MESSAGE_TOO_LARGE],
    [{ code: "ApiNotFound", message: "x" }, MESSAGE_UNSUPPORTED],
    [new ReferenceError("Excel is not defined"), MESSAGE_UNSUPPORTED],
    [{ code: "GeneralException", message: "Lỗi chung" }, MESSAGE_GENERAL],
  ])("%p", (error, message) => {
    expect(excelErrorMessage(error)).toBe(message);
  });

  test("the messages are Vietnamese and name the requirement set", () => {
    expect(MESSAGE_PROTECTED.startsWith("Trang tính đang được bảo vệ")).toBe(true);
    expect(MESSAGE_TOO_LARGE.startsWith("Vùng dữ liệu quá lớn")).toBe(true);
    expect(MESSAGE_UNSUPPORTED).toContain("Phiên bản Excel này chưa hỗ trợ");
    expect(MESSAGE_UNSUPPORTED).toContain("ExcelApi 1.9");
  });
});
