/**
 * The text Excel opens as a workbook: a web page saved as .xls (as portals and management programs
 * export), an Excel 2003 XML spreadsheet, CSV (UTF-8 with BOM, Windows-1258) and Excel's "Unicode
 * Text". Every fixture list written in each of them gives the report of its .xlsx.
 */
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { getBuiltinPlan } from "../../src/core/plan";
import { checkWorkbook } from "../../src/core/run";
import type { SheetGrid } from "../../src/core/types";
import { annotatedCopy, copyIsConverted } from "../../src/web/annotate";
import { checkSource } from "../../src/web/check-files";
import { readWorkbookSheets } from "../../src/workbook";
import { FIXTURES_DIR, WORKBOOK_FIXTURES } from "../fixtures/build-fixtures";
import { tdkt } from "../cli/tdkt";
import { delimitedText, htmlBook, utf16le, windows1258, xml2003Book } from "./text-twins";

const plan = getBuiltinPlan("an-giang-2025")!;
const enc = new TextEncoder();

/** What a clerk gets from a file: per list its header, encoding, records and findings. */
function brief(sheets: SheetGrid[]) {
  const r = checkWorkbook("f", sheets, plan, { reportDate: "2025-11-20", unitKind: "xa" });
  return r.lists.map((l) => ({
    headerRows: l.headerRows,
    encoding: l.encoding,
    records: l.records.map((x) => [x.row, x.kind, x.fields.ten, x.fields.ngaySinh ?? null]),
    findings: l.findings.map((f) => `${f.code}@${f.cell ?? f.row}`),
  }));
}

async function original(file: string): Promise<SheetGrid[]> {
  return readWorkbookSheets(new Uint8Array(await readFile(join(FIXTURES_DIR, file))), file);
}

/** A formula saved without its result (fixture 09, A7) is an empty cell once exported as text. */
function asText(file: string, want: ReturnType<typeof brief>): ReturnType<typeof brief> {
  if (file !== "09-cong-thuc-loi.xlsx") return want;
  return want.map((l) => ({ ...l, findings: l.findings.filter((f) => f !== "formula-error@A7") }));
}

// 12-trong is an empty template: its text has no table to read (tested below).
const LISTS = WORKBOOK_FIXTURES.filter((f) => f.file !== "12-trong.xlsx").map((f) => f.file);

describe.each(LISTS)("%s exported as text", (file) => {
  it("as an Excel 2003 XML spreadsheet (every sheet) and a web page named .xls (its first sheet): the same report", async () => {
    const sheets = await original(file);
    expect(brief(await readWorkbookSheets(enc.encode(xml2003Book(sheets)), "danh-sach.xml"))).toEqual(
      asText(file, brief(sheets)),
    );
    const page = await readWorkbookSheets(enc.encode(htmlBook([sheets[0]])), "danh-sach.xls");
    expect(page.map((s) => s.name)).toEqual(["danh-sach"]);
    expect(brief(page)).toEqual(asText(file, brief([sheets[0]])));
  });

  it("as CSV (UTF-8 with BOM, semicolons) and as Unicode Text (UTF-16, tabs): the first sheet's report", async () => {
    const [first] = await original(file);
    const want = asText(file, brief([first]));
    const csv = enc.encode("\uFEFF" + delimitedText(first, ";"));
    expect(brief(await readWorkbookSheets(csv, "danh-sach.csv"))).toEqual(want);
    expect(brief(await readWorkbookSheets(utf16le(delimitedText(first, "\t")), "danh-sach.txt"))).toEqual(
      want,
    );
  });
});

describe("what the text itself holds", () => {
  it("a CSV saved on Vietnamese Windows (Windows-1258, tones as combining bytes) reads as Unicode", async () => {
    const [first] = await original("01-xa-tieu-de-hai-dong.xlsx");
    const bytes = windows1258(delimitedText(first, ","));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const sheets = await readWorkbookSheets(bytes, "Danh sach xa.csv");
    expect(sheets.map((s) => s.name)).toEqual(["Danh sach xa"]);
    expect(brief(sheets)).toEqual(brief([first]));
  });

  it("keeps the text as written: a day-first date, a leading zero, a line break in a header", async () => {
    const page =
      '<html><head><meta charset="utf-8"></head><body><table>' +
      "<tr><th>STT</th><th>Họ và tên</th><th>Ngày sinh</th><th>Số điện thoại</th><th>Chức vụ,<br/>đơn vị công tác</th></tr>" +
      "<tr><td>1</td><td>Lê Thị Hường</td><td>05/03/1980</td><td>0912345678</td><td>Giáo viên&nbsp;Trường TH A</td></tr>" +
      "</table></body></html>";
    const [sheet] = await readWorkbookSheets(enc.encode(page), "xuat-excel.xls");
    expect(sheet.values).toEqual([
      ["STT", "Họ và tên", "Ngày sinh", "Số điện thoại", "Chức vụ,\nđơn vị công tác"],
      ["1", "Lê Thị Hường", "05/03/1980", "0912345678", "Giáo viên Trường TH A"],
    ]);
    const [list] = checkWorkbook("xuat-excel.xls", [sheet], plan, { reportDate: "2025-11-20" }).lists;
    expect(list.records.map((r) => [r.kind, r.fields.ten, r.fields.ngaySinh])).toEqual([
      ["ca-nhan", "Lê Thị Hường", "1980-03-05"],
    ]);
  });

  it("a page of several tables is one sheet, the tables one under the other, as Excel shows it", async () => {
    const page =
      "<html><body>" +
      "<table><tr><td>UBND XÃ VĨNH HANH</td></tr><tr><td>DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG</td></tr></table>" +
      '<table border="1"><thead><tr><th>STT</th><th>Tên đơn vị</th><th>Địa chỉ</th><th>Thành tích</th></tr></thead>' +
      "<tbody><tr><td>1</td><td>Ấp Vĩnh Thành</td><td>Vĩnh Hanh</td><td>Dẫn đầu phong trào</td></tr>" +
      "<tr><td>2</td><td>Hội Nông dân</td><td>Vĩnh Hanh</td><td>Hoàn thành xuất sắc</td></tr></tbody></table>" +
      "<table><tr><td>Người lập biểu</td><td>CHỦ TỊCH</td></tr></table>" +
      "</body></html>";
    const sheets = await readWorkbookSheets(enc.encode(page), "xuat-excel.xls");
    // Title (2 rows), a blank row, header and 2 records, a blank row, the signature: 8 rows.
    expect(sheets.map((s) => [s.name, s.values.length])).toEqual([["xuat-excel", 8]]);
    expect(sheets[0].values[3]).toEqual(["STT", "Tên đơn vị", "Địa chỉ", "Thành tích"]);
    const [list] = checkWorkbook("xuat-excel.xls", sheets, plan, { reportDate: "2025-11-20" }).lists;
    expect(list.headerRows).toEqual([4]);
    // The title of the first table tells the kind of the list in the second.
    expect(list.records.map((r) => [r.row, r.kind, r.fields.ten, r.kindSource])).toEqual([
      [5, "tap-the", "Ấp Vĩnh Thành", "section"],
      [6, "tap-the", "Hội Nông dân", "section"],
    ]);
  });

  it("refuses what Excel refuses or what holds no table, saying why", async () => {
    const page = enc.encode("<html><body><table><tr><td>STT</td></tr></table></body></html>");
    await expect(readWorkbookSheets(page, "bao-cao.xlsx")).rejects.toThrow(
      "Tệp «bao-cao.xlsx» là tệp HTML/XML mang đuôi Excel, không phải .xlsx thật.",
    );
    await expect(readWorkbookSheets(enc.encode("Kính gửi: Sở Nội vụ\n"), "ghi-chu.txt")).rejects.toThrow(
      "Tệp «ghi-chu.txt» không có dữ liệu dạng bảng (các ô cách nhau bởi dấu phẩy, dấu chấm phẩy hoặc tab).",
    );
    await expect(
      readWorkbookSheets(enc.encode("<html><body><p>Trang lỗi</p></body></html>"), "x.xls"),
    ).rejects.toThrow("Tệp «x.xls» là tệp HTML/XML mang đuôi Excel");
  });

  it("refuses a CSV over the row limit before building its cells", async () => {
    const big = enc.encode("STT,Họ và tên\n" + "1,Nguyễn Văn A\n".repeat(100_000));
    await expect(readWorkbookSheets(big, "lon.csv")).rejects.toThrow(
      /^Tệp «lon\.csv» quá lớn: 100\.001 dòng, vượt giới hạn 100\.000 dòng/,
    );
  });

  it("the annotated copy of a page named .xls is an .xlsx with the clerk's values", async () => {
    const sheets = await original("01-xa-tieu-de-hai-dong.xlsx");
    const bytes = enc.encode(htmlBook(sheets));
    expect(copyIsConverted("danh-sach.xls")).toBe(true);
    const result = await checkSource({ name: "danh-sach.xls", read: async () => bytes }, plan, {
      reportDate: "2025-11-20",
    });
    if (!result.ok) throw new Error(result.error);
    const copy = await annotatedCopy(bytes, "danh-sach.xls", result.doc, plan.title);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(copy as unknown as ExcelJS.Buffer);
    const again = await readWorkbookSheets(copy, "copy.xlsx");
    expect(again[0].values).toEqual((await readWorkbookSheets(bytes, "danh-sach.xls"))[0].values);
  });

  it("tdkt kiem-tra reads a page named .xls as its .xlsx", async () => {
    const sheets = await original("06-hai-trang.xlsx");
    const { mkdtemp, writeFile, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "tdkt-html-"));
    try {
      const path = join(dir, "06-hai-trang.xls");
      await writeFile(path, htmlBook(sheets));
      const run = await tdkt(
        "kiem-tra",
        path,
        "--json",
        "--loai-don-vi",
        "xa",
        "--ngay-bao-cao",
        "10/11/2025",
      );
      const want = await tdkt(
        "kiem-tra",
        join(FIXTURES_DIR, "06-hai-trang.xlsx"),
        "--json",
        "--loai-don-vi",
        "xa",
        "--ngay-bao-cao",
        "10/11/2025",
      );
      expect(run.code).toBe(want.code);
      const counts = (out: string) =>
        (JSON.parse(out) as { files: { lists: { counts: unknown }[] }[] }).files[0].lists.map(
          (l) => l.counts,
        );
      expect(counts(run.out)).toEqual(counts(want.out));
      expect(counts(run.out)).toEqual([
        { "tap-the": 2, "ca-nhan": 0, "ho-gia-dinh": 0 },
        { "tap-the": 0, "ca-nhan": 2, "ho-gia-dinh": 0 },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
