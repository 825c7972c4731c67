/** Writing through the ExcelJS port: whole sheets, single cells, highlights and selection, read back from the saved file. */
import ExcelJS from "exceljs";
import type { SheetModel } from "../../src/core/port";
import { createWorkbook, HIGHLIGHT_COLORS, openWorkbook } from "../../src/workbook";
import { cellXml, openFixture, xlsxPart } from "./helpers";

async function reopen(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

const FORMULA_LIKE = ["=SUM(A1:A3)", "+84 912 345 678", "-5 ngày", "@Nguyễn Văn An"];

const SUMMARY: SheetModel = {
  name: "Tổng hợp",
  cells: [
    { row: 1, col: 1, value: "BẢNG TỔNG HỢP", style: { bold: true, size: 14, align: "center" } },
    { row: 2, col: 1, value: "Cá nhân", style: { italic: true, color: "#C00000", wrap: true } },
    { row: 2, col: 2, value: 3, numFmt: "0.00", style: { fill: "#DDEBF7", border: true, align: "right" } },
    ...FORMULA_LIKE.map((value, i) => ({ row: 3 + i, col: 1, value })),
    { row: 7, col: 1, value: null },
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
  columnWidths: [30, 12],
};

describe("writeSheet", () => {
  it("writes values, styles, number formats, merges and widths; formula-like text stays text", async () => {
    const port = await openFixture("06-hai-trang.xlsx");
    await port.writeSheet(SUMMARY);
    const saved = await port.save();
    const wb = await reopen(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tập thể", "Cá nhân", "Tổng hợp"]);
    const ws = wb.getWorksheet("Tổng hợp")!;
    expect(ws.getCell("A1").value).toBe("BẢNG TỔNG HỢP");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("D1").master.address).toBe("A1");
    expect(ws.getCell("A2").font).toMatchObject({ italic: true, color: { argb: "FFC00000" } });
    expect(ws.getCell("A2").alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell("B2").value).toBe(3);
    expect(ws.getCell("B2").numFmt).toBe("0.00");
    expect(ws.getCell("B2").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(ws.getCell("B2").border).toEqual({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect([ws.getColumn(1).width, ws.getColumn(2).width]).toEqual([30, 12]);
    expect([3, 4, 5, 6].map((r) => ws.getCell(r, 1).value)).toEqual(FORMULA_LIKE);
    expect([3, 4, 5, 6].map((r) => ws.getCell(r, 1).type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    // In the file itself: shared strings, and no <f> element anywhere in the sheet.
    const xml = await xlsxPart(saved, "xl/worksheets/sheet3.xml");
    for (const a of ["A3", "A4", "A5", "A6"]) expect(cellXml(xml, a)).toMatch(/^<c r="A\d"[^>]* t="s"[^>]*>/);
    expect(xml).not.toContain("<f>");
    // The clerk's sheets are as they were.
    expect(wb.getWorksheet("Cá nhân")!.getCell("B5").value).toBe("Nguyễn Thị Kim Loan");
  });

  it("leaves the clerk's sheet of that name alone and rewrites its own in place: old cells, merges and widths gone", async () => {
    const port = await openFixture("06-hai-trang.xlsx");
    const clerks = (await port.readSheets()).find((s) => s.name === "Tập thể");
    expect(await port.writeSheet({ ...SUMMARY, name: "Tập thể" })).toBe("Tập thể (2)");
    await port.writeSheet({
      name: "Tập thể",
      cells: [{ row: 2, col: 2, value: "mới" }],
      merges: [],
    });
    const wb = await reopen(await port.save());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tập thể", "Cá nhân", "Tập thể (2)"]);
    const back = await openWorkbook(await port.save(), "x.xlsx");
    expect((await back.readSheets()).find((s) => s.name === "Tập thể")).toEqual(clerks);
    const ws = wb.getWorksheet("Tập thể (2)")!;
    const values: [string, unknown][] = [];
    ws.eachRow((row) => row.eachCell((c) => values.push([c.address, c.value])));
    expect(values).toEqual([["B2", "mới"]]);
    expect(ws.getCell("B1").isMerged).toBe(false);
    expect(ws.getColumn(1).width).toBeUndefined();
  });

  it("starts a new workbook from nothing", async () => {
    const book = createWorkbook();
    await book.writeSheet(SUMMARY);
    const back = await openWorkbook(await book.save(), "tong-hop.xlsx");
    const [sheet] = await back.readSheets();
    expect(sheet.name).toBe("Tổng hợp");
    expect(sheet.values.map((r) => r[0])).toEqual(["BẢNG TỔNG HỢP", "Cá nhân", ...FORMULA_LIKE]);
  });
});

describe("writeCells", () => {
  it("sets the values of the given cells only, keeping each cell's style unless one is given", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Báo cáo");
    ws.getCell("B2").value = "{{so_ca_nhan}}";
    ws.getCell("B2").font = { name: "Times New Roman", size: 13, bold: true };
    ws.getCell("B2").numFmt = "0";
    ws.getCell("C2").value = "{{so_tap_the}}";
    ws.getCell("C2").font = { name: "Times New Roman", size: 13 };
    ws.getCell("D2").value = { formula: "B2+C2", result: 0 };
    const port = await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "mau.xlsx");
    await port.writeCells("Báo cáo", [
      { row: 2, col: 2, value: 4 },
      { row: 2, col: 3, value: "=2", style: { italic: true } },
    ]);
    const back = (await reopen(await port.save())).getWorksheet("Báo cáo")!;
    expect(back.getCell("B2").value).toBe(4);
    expect(back.getCell("B2").font).toEqual({ name: "Times New Roman", size: 13, bold: true });
    expect(back.getCell("B2").numFmt).toBe("0");
    expect(back.getCell("C2").value).toBe("=2");
    expect(back.getCell("C2").type).toBe(ExcelJS.ValueType.String);
    expect(back.getCell("C2").font).toEqual({ name: "Times New Roman", size: 13, italic: true });
    expect(back.getCell("D2").formula).toBe("B2+C2");
  });

  it("refuses a sheet that does not exist, in Vietnamese", async () => {
    const port = createWorkbook();
    await expect(port.writeCells("Báo cáo", [{ row: 1, col: 1, value: 1 }])).rejects.toThrow(
      "Không có trang tính «Báo cáo» trong tệp.",
    );
  });
});

describe("highlight and clearHighlights", () => {
  /** A sheet where C2 and C3 share one style with the clerk's own green fill, and B2:B4 have none. */
  async function clerkWorkbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Danh sách");
    const green: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } };
    ws.getCell("B2").value = "Nguyễn Văn An";
    ws.getCell("B3").value = "Lê Thị Hồng";
    ws.getCell("B4").value = "Trần Văn Bình";
    for (const a of ["C2", "C3"]) {
      ws.getCell(a).value = 1980;
      ws.getCell(a).fill = green;
      ws.getCell(a).font = { bold: true };
    }
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("fills the cells at fault by severity, then restores exactly the fills they had", async () => {
    const port = await openWorkbook(await clerkWorkbook(), "ds.xlsx");
    const ws = port.workbook.getWorksheet("Danh sách")!;
    const before = ["B2", "B3", "B4", "C2", "C3"].map((a) => [a, structuredClone(ws.getCell(a).fill)]);
    const valuesBefore = await port.readSheets();

    await port.highlight([
      { sheet: "Danh sách", severity: "error", addresses: ["B2:B3", "C2"] },
      { sheet: "Danh sách", severity: "warning", addresses: ["B4", "C2"] },
    ]);
    const argbOf = (a: string): string | undefined =>
      (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(["B2", "B3", "B4", "C2", "C3"].map(argbOf)).toEqual([
      "FFFFC7CE",
      "FFFFC7CE",
      "FFFFEB9C",
      "FFFFEB9C",
      "FFC6EFCE", // shares C2's style object in ExcelJS, yet keeps the clerk's green
    ]);
    expect(HIGHLIGHT_COLORS).toEqual({ error: "#FFC7CE", warning: "#FFEB9C" });
    expect(ws.getCell("C2").font).toEqual({ bold: true });
    const highlighted = await reopen(await port.save());
    expect(
      (highlighted.getWorksheet("Danh sách")!.getCell("B3").fill as ExcelJS.FillPattern).fgColor?.argb,
    ).toBe("FFFFC7CE");

    await port.clearHighlights();
    expect(["B2", "B3", "B4", "C2", "C3"].map((a) => [a, ws.getCell(a).fill])).toEqual(before);
    expect(await port.readSheets()).toEqual(valuesBefore);
    const cleared = (await reopen(await port.save())).getWorksheet("Danh sách")!;
    expect(cleared.getCell("B2").fill).toBeUndefined();
    expect(cleared.getCell("C2").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFC6EFCE" },
    });
    expect(cleared.getCell("C2").font).toMatchObject({ bold: true });
  });

  it("names a sheet or an address it cannot find", async () => {
    const port = await openWorkbook(await clerkWorkbook(), "ds.xlsx");
    await expect(port.highlight([{ sheet: "Khác", severity: "error", addresses: ["A1"] }])).rejects.toThrow(
      "Không có trang tính «Khác» trong tệp.",
    );
    await expect(
      port.highlight([{ sheet: "Danh sách", severity: "error", addresses: ["hàng 3"] }]),
    ).rejects.toThrow("Địa chỉ ô «hàng 3» không hợp lệ.");
  });
});

describe("select", () => {
  it("makes the sheet the active tab with the cell selected when the file opens", async () => {
    const port = await openFixture("06-hai-trang.xlsx");
    await port.select("Cá nhân", "C6");
    const wb = await reopen(await port.save());
    expect(wb.views[0].activeTab).toBe(1);
    expect(wb.getWorksheet("Cá nhân")!.views[0]).toMatchObject({ activeCell: "C6" });
  });
});
