/**
 * The bad-input catalog: one fixture (test/bad-inputs/build.ts) and one test each. Every test runs
 * `tdkt kiem-tra` in-process on the bad file and a good one, and asserts the exit code, the
 * Vietnamese message with the file, sheet and cell where they exist, and that the good file was
 * still read in full.
 */
import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkDocument, documentSummary } from "../../src/core/document";
import { getBuiltinPlan } from "../../src/core/plan";
import { annotatedCopy } from "../../src/web/annotate";
import { MAX_WORKBOOK_ROWS, openWorkbook } from "../../src/workbook";
import { jsonReport, type JsonFile, type JsonFinding, type JsonList } from "../cli/report";
import { tdkt } from "../cli/tdkt";
import { FIXTURES_DIR } from "../fixtures/build-fixtures";
import { cellXml, xlsxPart } from "../workbook/helpers";
import { BAD_DIR, FORMULA_LIKE, LONG_TEXT, MERGED_NAMES } from "./build";

interface Run {
  code: number;
  err: string;
  /** The bad file's report. */
  bad: JsonFile;
  lists: JsonList[];
}

const GOOD = join(FIXTURES_DIR, "06-hai-trang.xlsx");
const bad = (file: string): string => join(BAD_DIR, file);

/** `tdkt kiem-tra BAD GOOD --json`; asserts the good file after the bad one was read in full. */
async function check(path: string, ...flags: string[]): Promise<Run> {
  const run = await tdkt("kiem-tra", path, GOOD, "--json", ...flags);
  const files = jsonReport(run.out).files;
  expect(files.map((f) => f.file)).toEqual([path, GOOD]);
  expect(files[1].error).toBeNull();
  expect(files[1].lists.map((l) => l.records.length)).toEqual([2, 2]);
  return { code: run.code, err: run.err, bad: files[0], lists: files[0].lists };
}

const findings = (run: Run, code: string): JsonFinding[] =>
  run.lists.flatMap((l) => l.findings).filter((f) => f.code === code);
const names = (list: JsonList): string[] => list.records.map((r) => r.fields.ten);

describe("bad-input catalog", () => {
  it("b01 empty workbook: header-not-found naming the sheet, exit 1", async () => {
    const run = await check(bad("b01-so-trong.xlsx"));
    expect(run.code).toBe(1);
    const [f] = findings(run, "header-not-found");
    expect([f.sheet, f.severity]).toEqual(["Sheet1", "error"]);
    expect(f.message).toContain("Không tìm thấy dòng tiêu đề của danh sách");
  });

  it("b02 sheet with only a title: header-not-found on that sheet, no record, exit 1", async () => {
    const run = await check(bad("b02-chi-tieu-de.xlsx"));
    expect(run.code).toBe(1);
    expect(run.lists.map((l) => [l.sheet, l.records.length])).toEqual([["Danh sách", 0]]);
    expect(findings(run, "header-not-found").map((f) => f.sheet)).toEqual(["Danh sách"]);
  });

  it("b03 header without rows: an empty-list warning at the header, and the quota says what is missing, exit 1", async () => {
    const run = await check(bad("b03-tieu-de-khong-dong.xlsx"), "--loai-don-vi", "xa");
    expect(run.code).toBe(1);
    expect(run.lists.map((l) => [l.sheet, l.headerRows, l.records.length])).toEqual([["Danh sách", [3], 0]]);
    const quota = run.bad.findings.filter((f) => f.code === "quota-below-min");
    expect(quota.map((f) => f.message)).toEqual([
      "Chưa đủ chỉ tiêu — Tập thể, cá nhân, hộ gia đình: 0/2 — còn thiếu 2 (kế hoạch: mỗi xã, phường, " +
        "thị trấn có ít nhất 02 điển hình tập thể, cá nhân tiêu biểu). Hãy giới thiệu thêm 2 điển hình " +
        "(tập thể, cá nhân, hộ gia đình).",
    ]);
    const empty = findings(run, "empty-list");
    expect(empty.map((f) => [f.severity, f.sheet, f.row, f.cell])).toEqual([
      ["warning", "Danh sách", 3, null],
    ]);
    expect(empty[0].message).toBe(
      "Danh sách trên trang «Danh sách» có dòng tiêu đề ở dòng 3 nhưng chưa có dòng nào bên dưới. " +
        "Hãy nhập các tập thể, cá nhân, hộ gia đình được đề nghị khen thưởng ngay dưới dòng tiêu đề rồi kiểm tra lại.",
    );
  });

  it(`b04 a 1 000 000-row sheet: refused before loading (limit ${MAX_WORKBOOK_ROWS} rows) naming file and sheet, exit 2`, async () => {
    const dir = await mkdtemp(join(tmpdir(), "tdkt-trieu-dong-"));
    try {
      const path = join(dir, "b04-trieu-dong.xlsx");
      // Streamed to disk: neither writing nor checking holds the million rows in memory.
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
      const ws = writer.addWorksheet("Danh sách");
      ws.addRow(["STT", "Họ và tên", "Năm sinh"]).commit();
      for (let i = 1; i < 1_000_000; i++) ws.addRow([i, "Nguyễn Văn An", 1980]).commit();
      ws.commit();
      await writer.commit();
      const before = process.memoryUsage().rss;
      const run = await check(path);
      expect(run.code).toBe(2);
      expect(run.bad.error).toBe(
        "Tệp «b04-trieu-dong.xlsx» quá lớn: 1.000.000 dòng («Danh sách» 1.000.000 dòng), vượt giới hạn " +
          "100.000 dòng mỗi tệp mà Trợ lý đọc được. Hãy tách danh sách thành nhiều tệp nhỏ hơn hoặc xóa " +
          "các dòng thừa rồi lưu lại.",
      );
      expect(run.lists).toEqual([]);
      // Counting streams the XML: far less than loading it (ExcelJS would need gigabytes).
      expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("b05 every cell merged: values are read from each merge's master cell, exit 1 (missing columns)", async () => {
    const run = await check(bad("b05-tat-ca-o-gop.xlsx"));
    expect(run.code).toBe(1);
    const [list] = run.lists;
    expect(list.headerRows).toEqual([2, 3]);
    expect(names(list)).toEqual(MERGED_NAMES);
    expect(list.records.map((r) => r.fields.ngaySinh)).toEqual([
      "1970",
      "1971",
      "1972",
      "1973",
      "1974",
      "1975",
    ]);
  });

  it("b06 error values everywhere: one formula-error per cell, naming sheet and cell, exit 1", async () => {
    const run = await check(bad("b06-loi-khap-noi.xlsx"));
    expect(run.code).toBe(1);
    const errors = findings(run, "formula-error");
    const cells = [4, 5, 6].flatMap((r) => ["A", "B", "C", "D", "E", "F"].map((c) => `${c}${r}`));
    expect(errors.map((f) => f.cell)).toEqual(cells);
    expect(errors.every((f) => f.sheet === "Danh sách" && f.severity === "error")).toBe(true);
    expect(errors[7].message).toBe(
      "Ô B5 có lỗi công thức #REF!: sửa công thức hoặc nhập trực tiếp giá trị đúng.",
    );
    expect(run.lists[0].records).toEqual([]);
  });

  it("b07 formulas without cached results: one formula-error warning for the list, no missing-required for those cells", async () => {
    const book = await openWorkbook(await readFile(bad("b07-cong-thuc-chua-tinh.xlsx")), "b07");
    const [sheet] = await book.readSheets();
    expect(sheet.uncachedFormulas).toEqual(["B5", "C6"]);
    const run = await check(bad("b07-cong-thuc-chua-tinh.xlsx"));
    const formulas = findings(run, "formula-error");
    expect(formulas.map((f) => [f.severity, f.sheet, f.cell, f.row, f.field])).toEqual([
      ["warning", "Danh sách", "B5", 5, null],
    ]);
    expect(formulas[0].message).toBe(
      "Ô B5 và C6 có công thức nhưng kết quả chưa được lưu trong tệp (tệp được lưu bởi chương trình " +
        "không tự tính công thức), nên Trợ lý đọc các ô này là trống. Hãy mở tệp bằng Excel, nhấn F9 để " +
        "tính lại, lưu tệp rồi kiểm tra lại.",
    );
    // The clerk is not told to fill a cell that holds a formula.
    expect(findings(run, "missing-required").filter((f) => f.cell !== null)).toEqual([]);
    // Exit 1 still: the list lacks two required columns altogether.
    expect(findings(run, "missing-required").map((f) => [f.cell, f.field])).toEqual([
      [null, "donVi"],
      [null, "quaTrinhKhenThuong"],
    ]);
    expect(run.code).toBe(1);
  });

  it("b08 cells of 32 767 characters: read whole, nothing cut", async () => {
    const run = await check(bad("b08-o-32767.xlsx"));
    const [list] = run.lists;
    expect(list.records[0].fields.thanhTich).toBe(LONG_TEXT.trim());
    expect(list.records[1].fields.chucVu).toBe(LONG_TEXT.trim());
    expect(LONG_TEXT.length).toBe(32_767);
    expect(run.code).toBe(1);
    expect(findings(run, "missing-required").map((f) => f.cell)).toEqual([null, null]);
  });

  it("b09 control characters and zero-width spaces: names come out clean", async () => {
    const run = await check(bad("b09-ky-tu-an.xlsx"));
    expect(names(run.lists[0])).toEqual(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]);
    expect(run.code).toBe(1);
  });

  it("b10 TCVN3 mixed with Unicode in one column: converted, encoding mixed, legacy-encoding at the first cell", async () => {
    const run = await check(bad("b10-tcvn3-lan-unicode.xlsx"));
    const [list] = run.lists;
    expect(list.encoding).toBe("mixed");
    expect(names(list)).toEqual(["Nguyễn Văn An", "Trần Thị Hương", "Lê Văn Cường", "Đặng Thị Yến"]);
    const [info] = findings(run, "legacy-encoding");
    expect([info.severity, info.sheet, info.cell]).toEqual(["info", "Danh sách", "B5"]);
    expect(info.message).toContain("Đã chuyển 2 ô từ bảng mã TCVN3");
  });

  it("b11 NFD names: composed to NFC", async () => {
    const run = await check(bad("b11-nfd.xlsx"));
    const got = names(run.lists[0]);
    expect(got).toEqual(["Nguyễn Văn An", "Trần Thị Hương", "Đặng Quốc Việt"]);
    expect(got.every((n) => n === n.normalize("NFC"))).toBe(true);
  });

  it("b12 duplicate header names: the first column is the name, the second is not mixed in", async () => {
    const run = await check(bad("b12-trung-tieu-de.xlsx"));
    const [list] = run.lists;
    expect(names(list)).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
    expect(run.code).toBe(1);
  });

  it("b13 the header repeated on page 2: not a record; the rows after it are still read", async () => {
    const run = await check(bad("b13-hai-tieu-de.xlsx"));
    expect(run.lists.map((l) => [l.headerRows, names(l)])).toEqual([
      [[3], ["Nguyễn Văn An", "Trần Thị Bình"]],
      [[6], ["Lê Văn Cường"]],
    ]);
  });

  it("b14 numbers stored as text: years and dates normalised", async () => {
    const run = await check(bad("b14-so-dang-chu.xlsx"));
    expect(run.lists[0].records.map((r) => [r.row, r.fields.stt, r.fields.ngaySinh])).toEqual([
      [4, "1", "1978"],
      [5, "2", "1980-03-05"],
      [6, "3.", "1975"],
    ]);
    expect(findings(run, "invalid-date")).toEqual([]);
  });

  it("b15 a date before 1900 and serial 60 (29/02/1900): a warning and an error at their cells", async () => {
    const run = await check(bad("b15-ngay-truoc-1900.xlsx"));
    expect(run.code).toBe(1);
    expect(run.lists[0].records.map((r) => r.fields.ngaySinh)).toEqual([
      "1895-05-12",
      "1900-02-29",
      "1900-03-01",
    ]);
    const [early] = findings(run, "implausible-birth-date");
    expect([early.severity, early.cell]).toEqual(["warning", "C4"]);
    const [leap] = findings(run, "invalid-date");
    expect([leap.severity, leap.cell]).toEqual(["error", "C5"]);
    // Quoted as Excel shows serial 60, never as the reader's ISO day.
    expect(leap.message).toBe(
      "Ngày sinh «29/02/1900» của cá nhân «Trần Thị Bình» không hợp lệ: ngày 29/02/1900 không có trên " +
        "lịch. Hãy nhập theo dạng dd/mm/yyyy (ví dụ 05/03/1980).",
    );
  });

  it("b16 a date1904 workbook: dates read as the clerk sees them", async () => {
    const run = await check(bad("b16-date1904.xlsx"));
    expect(run.lists[0].records.map((r) => r.fields.ngaySinh)).toEqual(["1980-03-05", "1975-12-31"]);
    expect(findings(run, "invalid-date")).toEqual([]);
  });

  it("b17 hidden and very hidden sheets: every sheet's list is read and named", async () => {
    const book = await openWorkbook(await readFile(bad("b17-trang-an.xlsx")), "b17");
    expect((await book.readSheets()).map((s) => [s.name, s.visibility])).toEqual([
      ["Hiện", "visible"],
      ["Ẩn", "hidden"],
      ["Ẩn sâu", "veryHidden"],
    ]);
    const run = await check(bad("b17-trang-an.xlsx"));
    expect(run.lists.map((l) => [l.sheet, names(l)])).toEqual([
      ["Hiện", ["Nguyễn Văn An"]],
      ["Ẩn", ["Trần Thị Bình"]],
      ["Ẩn sâu", ["Lê Văn Cường"]],
    ]);
  });

  it("b18 a protected sheet: values read; the summary goes to its own sheet and the protected one is untouched", async () => {
    const bytes = await readFile(bad("b18-trang-khoa.xlsx"));
    const run = await check(bad("b18-trang-khoa.xlsx"));
    expect(run.code).toBe(1);
    const [date] = findings(run, "invalid-date");
    expect([date.sheet, date.cell]).toEqual(["Danh sách", "C5"]);

    const book = await openWorkbook(bytes, "b18-trang-khoa.xlsx");
    const sheets = await book.readSheets();
    const plan = getBuiltinPlan("an-giang-2025")!;
    const options = { reportDate: "2025-11-10" };
    const doc = checkDocument("b18-trang-khoa.xlsx", sheets, plan, options);
    const summary = documentSummary(doc, sheets, plan, options);
    expect(summary?.kind).toBe("sheet");
    if (summary?.kind === "sheet") await book.writeSheet(summary.sheet);
    const saved = await book.save();
    const before = await xlsxPart(bytes, "xl/worksheets/sheet1.xml");
    const after = await xlsxPart(saved, "xl/worksheets/sheet1.xml");
    expect(after).toContain("<sheetProtection");
    expect(after.match(/<sheetProtection[^>]*>/)?.[0]).toBe(before.match(/<sheetProtection[^>]*>/)?.[0]);
    const reread = await (await openWorkbook(saved, "again.xlsx")).readSheets();
    expect(reread[0].values).toEqual(sheets[0].values);
    expect(reread.map((s) => s.name)).toEqual(["Danh sách", "Tổng hợp"]);
  });

  it("b19 a password-protected file: the message says to remove the password, exit 2", async () => {
    const run = await check(bad("b19-mat-khau.xlsx"));
    expect(run.code).toBe(2);
    expect(run.bad.error).toBe(
      "Tệp «b19-mat-khau.xlsx» có mật khẩu nên không đọc được. " +
        "Hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa trống) rồi lưu lại.",
    );
  });

  it("b20 a truncated zip: the file is named broken or incomplete, exit 2", async () => {
    const run = await check(bad("b20-cat-ngang.xlsx"));
    expect(run.code).toBe(2);
    expect(run.bad.error).toMatch(/^Tệp «b20-cat-ngang\.xlsx» bị hỏng hoặc chưa được chép đầy đủ/);
  });

  it("b21 not a zip: the file is named as not an .xlsx, exit 2", async () => {
    const run = await check(bad("b21-khong-phai-zip.xlsx"));
    expect(run.code).toBe(2);
    expect(run.bad.error).toBe(
      "Tệp «b21-khong-phai-zip.xlsx» không phải bảng tính Excel (.xlsx). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
    );
  });

  it("b22 an OLE header with no workbook stream behind it: no reader opens it, so it is broken, exit 2", async () => {
    const run = await check(bad("b22-excel-97.xls"));
    expect(run.code).toBe(2);
    expect(run.bad.error).toMatch(/^Tệp «b22-excel-97\.xls» bị hỏng hoặc chưa được chép đầy đủ/);
  });

  it("b23 a CSV renamed .xlsx: named as a text file, exit 2", async () => {
    const run = await check(bad("b23-csv.xlsx"));
    expect(run.code).toBe(2);
    expect(run.bad.error).toContain("Tệp «b23-csv.xlsx» là tệp văn bản (CSV hoặc TXT)");
  });

  it("b24 formula-like clerk text: stays text through check, summary and the annotated copy", async () => {
    const path = bad("b24-cong-thuc-gia.xlsx");
    const run = await check(path);
    const [first, second] = run.lists[0].records;
    expect([first.fields.thanhTich, first.fields.queQuan, first.fields.chucVu, second.fields.chucVu]).toEqual(
      FORMULA_LIKE,
    );

    const bytes = new Uint8Array(await readFile(path));
    const book = await openWorkbook(bytes, "b24.xlsx");
    const sheets = await book.readSheets();
    const plan = getBuiltinPlan("an-giang-2025")!;
    const options = { reportDate: "2025-11-10" };
    const doc = checkDocument("b24.xlsx", sheets, plan, options);
    const summary = documentSummary(doc, sheets, plan, options);
    if (summary?.kind === "sheet") await book.writeSheet(summary.sheet);
    const annotated = await annotatedCopy(await book.save(), "b24.xlsx", doc, plan.title);
    const xml = await xlsxPart(annotated, "xl/worksheets/sheet1.xml");
    for (const address of ["F4", "E4", "D4", "D5"]) expect(cellXml(xml, address)).not.toContain("<f>");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(annotated as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("Danh sách")!;
    expect(["F4", "E4", "D4", "D5"].map((a) => ws.getCell(a).value)).toEqual(FORMULA_LIKE);
    // No cell anywhere in the copy became a formula.
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))),
    );
  });

  it("b25 a plan file with wrong types: each problem with its path, exit 2, nothing checked", async () => {
    const path = bad("b25-ke-hoach-sai-kieu.json");
    const run = await tdkt("kiem-tra", GOOD, "--ke-hoach", path, "--json");
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    const lines = run.err.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line.startsWith(`${path}: `)).toBe(true);
    expect(run.err).toMatch(/title — /);
  });

  it("b26 an unknown plan id: the message lists the plans there are, exit 2", async () => {
    const run = await tdkt("kiem-tra", bad("b26-ke-hoach-khong-co.xlsx"), "--ke-hoach", "an-giang-2030");
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toBe(
      [
        "Không có kế hoạch «an-giang-2030». Hãy chọn một kế hoạch có sẵn:",
        "  an-giang-2025: Kế hoạch tuyên truyền, xây dựng và nhân rộng điển hình tiên tiến năm 2025 trên địa bàn tỉnh An Giang",
        "  binh-dinh-2022-2025: Kế hoạch tuyên truyền gương điển hình tiên tiến giai đoạn 2022 – 2025 trên địa bàn tỉnh Bình Định",
        "  an-giang-2021: Kế hoạch tuyên truyền và nhân rộng điển hình tiên tiến về phong trào thi đua yêu nước trên địa bàn tỉnh An Giang năm 2021",
        "  an-giang-dot-dac-biet-2025: Kế hoạch phát động đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ các cấp nhiệm kỳ 2025-2030, Đại hội Thi đua yêu nước tỉnh An Giang lần thứ VII và Đại hội Thi đua yêu nước toàn quốc lần thứ XI",
        "  so-tttt-2022-2025: Kế hoạch triển khai thực hiện Đề án “Tuyên truyền gương điển hình tiên tiến giai đoạn 2022 - 2025”",
        "hoặc chỉ đường dẫn tới một tệp kế hoạch .json.",
        "",
      ].join("\n"),
    );
  });

  it("b27 an empty file: named empty, exit 2", async () => {
    const run = await check(bad("b27-rong.xlsx"));
    expect(run.code).toBe(2);
    expect(run.bad.error).toBe(
      "Tệp «b27-rong.xlsx» trống (0 byte). Hãy kiểm tra lại tệp hoặc xin đơn vị gửi lại.",
    );
  });

  it("b28 a zip with no workbook inside: named, exit 2", async () => {
    const run = await check(bad("b28-word.xlsx"));
    expect(run.code).toBe(2);
    expect(run.bad.error).toContain("Tệp «b28-word.xlsx» là tệp nén nhưng không chứa bảng tính Excel nào.");
  });

  it("b29 a web page saved as .xls (Excel opens it): read as the list it holds", async () => {
    const run = await check(bad("b29-html.xls"));
    expect(run.bad.error).toBeNull();
    expect(run.lists.map(names)).toEqual([["Nguyễn Văn An", "Trần Thị Bình"]]);
    expect(run.lists[0].records.map((r) => r.kind)).toEqual(["ca-nhan", "ca-nhan"]);
  });

  it("b30 a web page named .xlsx (Excel refuses it): named, save as .xlsx, exit 2", async () => {
    const run = await check(bad("b30-html.xlsx"));
    expect(run.code).toBe(2);
    expect(run.bad.error).toContain("Tệp «b30-html.xlsx» là tệp HTML/XML mang đuôi Excel");
  });
});
