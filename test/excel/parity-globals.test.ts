/**
 * Parity with the Office globals installed, as in Excel: `isSetSupported` answering yes (merges
 * read through RangeAreas.areas) and no (read without them), on lists whose merged header sits
 * below row 40, on sheets whose names Excel quotes ("DS1", "TT2025", spaces, an apostrophe).
 */
import { checkDocument } from "../../src/core/document";
import { getBuiltinPlan } from "../../src/core/plan";
import type { CheckOptions } from "../../src/core/types";
import { createExcelPort, createOfficeSettings } from "../../src/excel";
import { openWorkbook } from "../../src/workbook";
import { installExcelGlobals } from "../excel-double";
import { modelFromXlsx } from "../excel-double/from-xlsx";
import ExcelJS from "exceljs";

const OPTIONS: CheckOptions = { unitKind: "xa", reportDate: "2025-11-01" };
const PLAN = getBuiltinPlan("an-giang-2025");
if (PLAN === undefined) throw new Error("plan missing");

const NAMES = ["DS1", "TT2025", "Danh sách cá nhân", "Cá nhân của Bà Rịa's"];
const TOP = 45;

/** A real .xlsx: titles, then at row 45 a two-row header with merged parents, then records. */
async function workbookBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const name of NAMES) {
    const ws = wb.addWorksheet(name);
    ws.getCell(1, 1).value = "UBND XÃ HÒA BÌNH";
    ws.getCell(TOP - 2, 1).value = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG";
    ws.getCell(TOP, 1).value = "STT";
    ws.mergeCells(TOP, 1, TOP + 1, 1);
    ws.getCell(TOP, 2).value = "Họ và tên";
    ws.mergeCells(TOP, 2, TOP + 1, 2);
    ws.getCell(TOP, 3).value = "Ngày, tháng, năm sinh";
    ws.mergeCells(TOP, 3, TOP, 4);
    ws.getCell(TOP + 1, 3).value = "Nam";
    ws.getCell(TOP + 1, 4).value = "Nữ";
    ws.getCell(TOP, 5).value = "Quê quán";
    ws.mergeCells(TOP, 5, TOP + 1, 5);
    ws.getCell(TOP, 6).value = "Tóm tắt thành tích";
    ws.mergeCells(TOP, 6, TOP + 1, 6);
    for (let i = 0; i < 4; i++) {
      const r = ws.getRow(TOP + 2 + i);
      r.values = [
        i + 1,
        `Nguyễn Văn ${String.fromCharCode(65 + i)}`,
        i % 2 ? null : "12/03/1980",
        i % 2 ? "05/06/1985" : null,
        "Hòa Bình",
        "Hoàn thành xuất sắc nhiệm vụ năm 2025",
      ];
    }
    ws.getRow(TOP + 3).hidden = true;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each([true, false])("isSetSupported answers %s", (supported) => {
  test("the report in Excel equals the report from the file", async () => {
    const bytes = await workbookBytes();
    const model = await modelFromXlsx(bytes);
    const globals = installExcelGlobals(model);
    try {
      if (!supported) Office.context.requirements.isSetSupported = () => false;
      const inExcel = await createExcelPort(createOfficeSettings(0)).readSheets();
      const fromFile = await (await openWorkbook(new Uint8Array(bytes), "x.xlsx")).readSheets();
      for (const [i, sheet] of inExcel.entries()) {
        expect(sheet.name).toBe(NAMES[i]);
        expect(sheet.hiddenRows).toEqual([TOP + 3]);
        // Merges are read when the host has ExcelApi 1.13, below row 40 too; never guessed.
        expect(sheet.merges).toEqual(supported ? fromFile[i].merges : []);
      }
      if (supported) expect(inExcel[0].merges).toHaveLength(5);
      const excelReport = checkDocument("x.xlsx", inExcel, PLAN, OPTIONS);
      const fileReport = checkDocument("x.xlsx", fromFile, PLAN, OPTIONS);
      // Without merges the reader still finds the two-row header from its texts alone.
      expect(excelReport).toEqual(fileReport);
    } finally {
      globals.uninstall();
    }
  });
});

/** A list whose column A (the clerk's own code column) and column D are hidden, with rows filtered out. */
async function hiddenColumnsBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["Mã", "STT", "Họ và tên", "Ghi chú nội bộ", "Ngày sinh", "Quê quán", "Tóm tắt thành tích"]);
  for (let i = 1; i <= 12; i++)
    ws.addRow([
      `CN${i}`,
      i,
      `Trần Thị ${i}`,
      "x",
      "12/03/1980",
      "Hòa Bình",
      "Hoàn thành xuất sắc nhiệm vụ năm 2025",
    ]);
  ws.getColumn(1).hidden = true;
  ws.getColumn(4).hidden = true;
  // A filter left rows 3, 4 and 9 hidden (records 2, 3 and 8).
  for (const r of [3, 4, 9]) ws.getRow(r).hidden = true;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("hidden columns (column A among them) do not hide which rows are hidden", async () => {
  const bytes = await hiddenColumnsBytes();
  const model = await modelFromXlsx(bytes);
  expect(model.sheets[0].hiddenColumns).toEqual([1, 4]);
  const globals = installExcelGlobals(model);
  try {
    const [inExcel] = await createExcelPort(createOfficeSettings(0)).readSheets();
    expect(inExcel.hiddenRows).toEqual([3, 4, 9]);
    const fromFile = await (await openWorkbook(new Uint8Array(bytes), "x.xlsx")).readSheets();
    expect(fromFile[0].hiddenRows).toEqual([3, 4, 9]);
    expect(checkDocument("x.xlsx", [inExcel], PLAN, OPTIONS)).toEqual(
      checkDocument("x.xlsx", fromFile, PLAN, OPTIONS),
    );
  } finally {
    globals.uninstall();
  }
});
