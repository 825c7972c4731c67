/** The ExcelJS port reads every fixture workbook as the exact grid Excel would hand over. */
import { rangeAddress } from "../../src/excel/address";
import { WORKBOOK_FIXTURES } from "../fixtures/build-fixtures";
import { expectedGrid, fixtureBytes, openFixture, xlsxPart, cellXml } from "./helpers";

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe.each(WORKBOOK_FIXTURES.map((f) => [f.file, f] as const))("reading %s", (file, fixture) => {
  it(`gives each sheet's values, merges, hidden rows and visibility (${fixture.about})`, async () => {
    const sheets = await (await openFixture(file)).readSheets();
    expect(sheets.map((s) => s.name)).toEqual(fixture.sheets.map((s) => s.name));
    sheets.forEach((sheet, i) => {
      const spec = fixture.sheets[i];
      const grid = expectedGrid(spec);
      expect({ values: sheet.values, originRow: sheet.originRow, originCol: sheet.originCol }).toEqual(grid);
      expect((sheet.merges ?? []).map(rangeAddress).sort()).toEqual([...(spec.merges ?? [])].sort());
      expect(sheet.hiddenRows).toEqual(spec.hiddenRows ?? []);
      expect(sheet.visibility).toBe(spec.state ?? "visible");
      if (spec.font) expect(sheet.fontNames).toEqual([spec.font]);
    });
  });
});

describe("the port's reading, case by case", () => {
  it("puts the used range's origin where the first value is (list starting in column B)", async () => {
    const [sheet] = await (await openFixture("02-ba-dong-tieu-de.xlsx")).readSheets();
    expect([sheet.originRow, sheet.originCol]).toEqual([1, 2]);
    expect(sheet.values[0][0]).toBe("SỞ Y TẾ TỈNH AN GIANG");
    expect(sheet.values[5][2]).toBe("Thông tin cá nhân");
    // Only the master of a merge holds its value: D6:H6's other cells are empty.
    expect(sheet.values[5].slice(3, 7)).toEqual([null, null, null, null]);
  });

  it("gives an empty sheet as an empty grid at A1", async () => {
    const sheets = await (await openFixture("12-trong.xlsx")).readSheets();
    expect(sheets).toEqual([
      {
        name: "Sheet1",
        values: [],
        originRow: 1,
        originCol: 1,
        merges: [],
        hiddenRows: [],
        fontNames: [],
        visibility: "visible",
      },
    ]);
  });

  it("flattens formulas to their cached results, errors to their text, rich text and links to plain text", async () => {
    const port = await openFixture("09-cong-thuc-loi.xlsx");
    const [sheet] = await port.readSheets();
    expect(sheet.values.slice(3).map((row) => row.slice(0, 5))).toEqual([
      [1, "Nguyễn Thị Bích", 1988, "Kế toán trưởng", "Công ty TNHH Phú Quý"],
      [2, "Trần Minh Khôi", "#N/A", "Tổ trưởng sản xuất", "Công ty TNHH Phú Quý"],
      [3, "Ngô Thanh Tú", "#REF!", "#DIV/0!", "Công ty TNHH Phú Quý"],
      [null, "Lý Kim Yến", 1992, "Nhân viên", "Công ty TNHH Phú Quý"],
    ]);
    expect(sheet.values[3][6]).toBe(true);
    // The formula in A7 was never calculated: it reads as empty, and the grid says so.
    expect(sheet.values[6][0]).toBeNull();
    expect(sheet.uncachedFormulas).toEqual(["A7"]);
  });

  it("reads dates of a 1904-date-system workbook as the dates the clerk typed", async () => {
    const bytes = await fixtureBytes("11-date1904.xlsx");
    // The file really is on the 1904 system: 15/01/1970 is stored as 24121 (25583 − 1462).
    expect(await xlsxPart(bytes, "xl/workbook.xml")).toMatch(/<workbookPr[^>]*date1904="1"/);
    expect(cellXml(await xlsxPart(bytes, "xl/worksheets/sheet1.xml"), "C2")).toContain("<v>24121</v>");
    const [sheet] = await (await openFixture("11-date1904.xlsx")).readSheets();
    expect(sheet.values.map((r) => r[2])).toEqual(["Ngày sinh", utc(1970, 1, 15), utc(2001, 12, 31)]);
  });

  it("reads serial dates of a 1900 workbook as UTC dates, year-only and text dates as written", async () => {
    const [sheet] = await (await openFixture("01-xa-tieu-de-hai-dong.xlsx")).readSheets();
    expect([13, 14, 15, 17].map((r) => sheet.values[r][2])).toEqual([
      utc(1975, 3, 12),
      1982,
      "05/03/1980",
      1960,
    ]);
  });

  it("lists hidden rows and the fonts in use", async () => {
    const sheets = await (await openFixture("08-dong-an.xlsx")).readSheets();
    expect(sheets.map((s) => [s.name, s.hiddenRows, s.visibility])).toEqual([
      ["Danh sách", [5, 7], "visible"],
      ["Danh mục", [], "hidden"],
      ["Cấu hình", [], "veryHidden"],
    ]);
    const [tcvn3] = await (await openFixture("03-tcvn3.xlsx")).readSheets();
    expect(tcvn3.fontNames).toEqual([".VnTime"]);
    expect(tcvn3.values[4][1]).toBe("NguyÔn V¨n An");
  });
});
