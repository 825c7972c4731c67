/** The list-level findings: formulas whose results were never saved (formula-error) and empty lists. */
import ExcelJS from "exceljs";
import { uncachedByList } from "../../src/core/check";
import { checkDocument } from "../../src/core/document";
import type { Finding } from "../../src/core/types";
import { openWorkbook } from "../../src/workbook";
import { HEADER_ROW, makeList, PERSON_COLUMNS, person } from "./lists";
import { check, found, plan, REPORT_DATE, where } from "./run";

describe("formula-error for formulas without a saved result", () => {
  it("is one warning for the list at its first cell, and the cells are not reported missing", () => {
    const rows = [person("Nguyễn Văn An", { queQuan: "" }), person("Trần Thị Bình", { queQuan: "" })];
    // G6 holds a formula the reader saw as empty; G7 really is empty.
    const result = check([makeList("DS", PERSON_COLUMNS, rows)], "an-giang-2025", {}, [["G6"]]);
    expect(where(result)).toEqual([
      ["formula-error", "warning", "DS", "G6", 6, null],
      ["missing-required", "error", "DS", "G7", 7, "queQuan"],
    ]);
    expect(found(result, "formula-error")[0].message).toBe(
      "Ô G6 có công thức nhưng kết quả chưa được lưu trong tệp (tệp được lưu bởi chương trình không tự " +
        "tính công thức), nên Trợ lý đọc ô này là trống. Hãy mở tệp bằng Excel, nhấn F9 để tính lại, lưu " +
        "tệp rồi kiểm tra lại.",
    );
  });

  it("keeps a oneOf requirement quiet when one of its cells holds a formula", () => {
    const columns = [...PERSON_COLUMNS, "noiThuongTru" as const]; // noiThuongTru in column M
    const rows = [person("Có công thức", { donVi: "" }), person("Không có cả hai", { donVi: "" })];
    const result = check([makeList("DS", columns, rows)], "an-giang-2025", {}, [["M6"]]);
    expect(where(result)).toEqual([
      ["formula-error", "warning", "DS", "M6", 6, null],
      ["missing-required", "error", "DS", "F7", 7, "donVi"],
    ]);
  });

  it("names five cells and counts the rest", () => {
    const cells = ["B6", "C6", "B7", "C7", "B8", "C8", "B9"];
    const result = check([makeList("DS", PERSON_COLUMNS, [person("A")])], "an-giang-2025", {}, [cells]);
    expect(found(result, "formula-error")[0].message).toMatch(
      /^Ô B6, C6, B7, C7, B8 và 2 ô khác có công thức .* đọc các ô này là trống\./,
    );
  });

  it("gives each list the cells from its header down to the next list's; none to a sheet without a list", () => {
    const first = makeList("DS", PERSON_COLUMNS, [person("A")]);
    const second = { ...makeList("DS", PERSON_COLUMNS, [person("B")], 21), headerRows: [19, 20] };
    const other = makeList("Khác", PERSON_COLUMNS, []);
    const sheet = (name: string, uncachedFormulas?: string[]) => ({
      name,
      values: [],
      originRow: 1,
      originCol: 1,
      uncachedFormulas,
    });
    expect(
      uncachedByList(
        [sheet("DS", ["A1", "B6", "C18", "B19", "D30"]), sheet("Khác"), sheet("Tổng hợp", ["A1"])],
        [first, second, other],
      ),
    ).toEqual([["A1", "B6", "C18"], ["B19", "D30"], []]);
  });

  it("is reported from a real .xlsx saved without results, for each of two lists on one sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Danh sách");
    const header = ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Quê quán"];
    ws.addRow(["DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG"]);
    ws.addRow(header);
    ws.addRow([1, "Nguyễn Văn An", { formula: "1970+5" }, "Giáo viên", "An Giang"]);
    ws.addRow([2, "Trần Thị Bình", 1981, "Kế toán", "An Giang"]);
    ws.addRow([]);
    ws.addRow(header);
    ws.addRow([1, { formula: 'PROPER("lê văn cường")' }, 1979, "Tổ trưởng", "An Giang"]);
    const book = await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "ds.xlsx");
    const sheets = await book.readSheets();
    expect(sheets[0].uncachedFormulas).toEqual(["C3", "B7"]);
    const doc = checkDocument("ds.xlsx", sheets, plan("an-giang-2025"), { reportDate: REPORT_DATE });
    if (doc.listType !== "nomination") throw new Error("not read as a nomination list");
    const lists = doc.report.lists;
    expect(lists.map((l) => l.headerRows)).toEqual([[2], [6]]);
    const at = (fs: Finding[], code: string) => fs.filter((f) => f.code === code).map((f) => f.cell);
    expect(lists.map((l) => at(l.findings, "formula-error"))).toEqual([["C3"], ["B7"]]);
    expect(lists.flatMap((l) => at(l.findings, "missing-required")).filter((c) => c !== null)).toEqual([]);
  });
});

describe("empty-list", () => {
  it("warns about a header with no rows under it, naming the sheet and the header rows", () => {
    const single = makeList("Cá nhân", PERSON_COLUMNS, []);
    const double = { ...makeList("Tập thể", PERSON_COLUMNS, []), headerRows: [HEADER_ROW, HEADER_ROW + 1] };
    const result = check([single, double], "an-giang-2025");
    expect(where(result)).toEqual([
      ["empty-list", "warning", "Cá nhân", null, 5, null],
      ["empty-list", "warning", "Tập thể", null, 5, null],
    ]);
    expect(found(result, "empty-list").map((f) => f.message)).toEqual([
      "Danh sách trên trang «Cá nhân» có dòng tiêu đề ở dòng 5 nhưng chưa có dòng nào bên dưới. " +
        "Hãy nhập các tập thể, cá nhân, hộ gia đình được đề nghị khen thưởng ngay dưới dòng tiêu đề rồi kiểm tra lại.",
      "Danh sách trên trang «Tập thể» có dòng tiêu đề ở các dòng 5–6 nhưng chưa có dòng nào bên dưới. " +
        "Hãy nhập các tập thể, cá nhân, hộ gia đình được đề nghị khen thưởng ngay dưới dòng tiêu đề rồi kiểm tra lại.",
    ]);
  });

  it("is not reported when rows were there but unreadable, nor when no header was found, nor with records", () => {
    const errorRows = makeList("Lỗi", PERSON_COLUMNS, []);
    errorRows.findings.push({
      code: "formula-error",
      severity: "error",
      sheet: "Lỗi",
      cell: "B6",
      row: 6,
      field: "ten",
      message: "Ô B6 có lỗi công thức #REF!: sửa công thức hoặc nhập trực tiếp giá trị đúng.",
    });
    const formulas = makeList("Công thức", PERSON_COLUMNS, []);
    const noHeader = { ...makeList("Sheet1", [], []), headerRows: [] };
    const full = makeList("Đủ", PERSON_COLUMNS, [person("Nguyễn Văn An")]);
    const result = check([errorRows, formulas, noHeader, full], "an-giang-2025", {}, [[], ["B6"], [], []]);
    expect(found(result, "empty-list")).toEqual([]);
    expect(where(result)).toEqual([["formula-error", "warning", "Công thức", "B6", 6, null]]);
  });
});
