import { readLists } from "../../src/core/read";
import { sheet } from "./grids";

const HEAD = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ"];

describe("readLists: several lists and sheets", () => {
  it("reads two lists in one sheet (a second header further down)", () => {
    const lists = readLists([
      sheet("Sheet1", [
        ["DANH SÁCH TẬP THỂ"],
        ["STT", "Tên tập thể", "Thành tích", "Ghi chú"],
        [1, "Phòng Kinh tế", "Tốt", null],
        [],
        ["DANH SÁCH CÁ NHÂN"],
        HEAD,
        [1, "Mai Văn Út", "1970", "Nam", "Trưởng phòng"],
      ]),
    ]);
    expect(lists.map((l) => [l.headerRows, l.records.map((r) => [r.row, r.kind, r.fields.ten])])).toEqual([
      [[2], [[3, "tap-the", "Phòng Kinh tế"]]],
      [[6], [[7, "ca-nhan", "Mai Văn Út"]]],
    ]);
  });

  it("reads one list per sheet and skips sheets without a list, our summary and templates", () => {
    const lists = readLists([
      sheet("Hướng dẫn", [["Điền danh sách vào các trang sau."]]),
      sheet("Tập thể", [
        ["STT", "Tên tập thể", "Thành tích", "Ghi chú"],
        [1, "Chi bộ 3", "Tốt", null],
      ]),
      sheet("Cá nhân", [HEAD, [1, "Hồ Văn Nam", "1975", "Nam", "Đội trưởng"]]),
      // The summary the product wrote: its title, then its list section of the nominees.
      sheet("Tổng hợp", [
        ["Xã Vĩnh Hanh"],
        ["BẢNG TỔNG HỢP DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐỀ NGHỊ"],
        HEAD,
        [1, "Không đọc", "1975", "Nam", "x"],
      ]),
      sheet("Mẫu", [HEAD, ["{{stt}}", "{{ten}}", null, null, null]]),
    ]);
    expect(lists.map((l) => [l.sheet, l.records.length, l.records[0].kind])).toEqual([
      ["Tập thể", 1, "tap-the"],
      ["Cá nhân", 1, "ca-nhan"],
    ]);
  });

  it("reads a clerk's own list on a sheet named «Tổng hợp» (no title of ours above it)", () => {
    const lists = readLists([
      sheet("Tổng hợp đề nghị", [
        ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"],
        HEAD,
        [1, "Hồ Văn Nam", "1975", "Nam", "Đội trưởng"],
        [2, "Lê Thị Mai", "1980", "Nữ", "Tổ trưởng"],
      ]),
      sheet("TỔNG HỢP", [HEAD, [1, "Trần Văn Ba", "1970", "Nam", "Ấp trưởng"]]),
    ]);
    expect(lists.map((l) => [l.sheet, l.records.map((r) => r.fields.ten)])).toEqual([
      ["Tổng hợp đề nghị", ["Hồ Văn Nam", "Lê Thị Mai"]],
      ["TỔNG HỢP", ["Trần Văn Ba"]],
    ]);
  });

  it("returns one header-not-found list when no sheet has a list", () => {
    const empty = readLists([sheet("Trang 1", [["Xin chào"], [1, 2, 3]]), sheet("Trang 2", [])]);
    expect(empty).toEqual([
      {
        sheet: "Trang 1",
        headerRows: [],
        columns: [],
        encoding: "unicode",
        records: [],
        findings: [
          {
            code: "header-not-found",
            severity: "error",
            sheet: "Trang 1",
            cell: null,
            row: null,
            field: null,
            message: expect.stringContaining(
              'Không tìm thấy dòng tiêu đề của danh sách (dòng có cột "Họ và tên"',
            ),
          },
        ],
      },
    ]);
    expect(readLists([])[0].sheet).toBe("");
  });

  it("marks records on hidden rows and still reads them", () => {
    const [list] = readLists([
      sheet("Cá nhân", [HEAD, [1, "A Lộc", "1980", "Nam", "x"], [2, "B Lộc", "1981", "Nữ", "y"]], {
        hiddenRows: [3],
      }),
    ]);
    expect(list.records.map((r) => [r.row, r.hidden ?? false])).toEqual([
      [2, false],
      [3, true],
    ]);
  });
});

describe("readLists: values", () => {
  const read = (rows: unknown[][]) => readLists([sheet("Cá nhân", [HEAD, ...rows])])[0];

  it("normalises dates: serials, Date objects, d/m/y text, words, years; keeps impossible dates", () => {
    const list = read([
      [1, "A", 28188, "Nam", null],
      [2, "B", new Date(Date.UTC(1980, 1, 29)), "Nữ", null],
      [3, "C", "5-3-1978", "nữ", null],
      [4, "D", "05.03.1978", "NỮ", null],
      [5, "E", "ngày 5 tháng 3 năm 1978", "M", null],
      [6, "F", "năm 1978", "F", null],
      [7, "G", 1978, "Khác", null],
      [8, "H", "31/02/1980", "nam", null],
      [9, "I", 60, "nam", null],
      [10, "J", 59, "nam", null],
      [11, "K", 61, "nam", null],
      [12, "L", "  1978 ", "nam", null],
    ]);
    expect(list.records.map((r) => [r.fields.ngaySinh, r.fields.gioiTinh])).toEqual([
      ["1977-03-04", "nam"],
      ["1980-02-29", "nu"],
      ["1978-03-05", "nu"],
      ["1978-03-05", "nu"],
      ["1978-03-05", "nam"],
      ["1978", "nu"],
      ["1978", "Khác"],
      ["31/02/1980", "nam"],
      ["1900-02-29", "nam"],
      ["1900-02-28", "nam"],
      ["1900-03-01", "nam"],
      ["1978", "nam"],
    ]);
  });

  it("cleans text: spaces, line breaks, zero-width and control characters, NFD", () => {
    const list = read([
      [1, "  Nguyễn\u200b   Văn\nAn\u0007 ", null, null, "Trưởng\u00a0phòng".normalize("NFD")],
    ]);
    expect(list.records[0].fields).toEqual({ stt: "1", ten: "Nguyễn Văn An", chucVu: "Trưởng phòng" });
  });

  it("reports error values as formula-error and leaves them out of the fields", () => {
    const errors = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];
    const list = read(errors.map((e, i) => [i + 1, "Tên " + i, null, null, e]));
    expect(list.records.every((r) => r.fields.chucVu === undefined)).toBe(true);
    expect(list.findings.map((f) => [f.code, f.cell, f.field])).toEqual(
      errors.map((_, i) => ["formula-error", `E${i + 2}`, "chucVu"]),
    );
    expect(list.findings[0].message).toBe(
      "Ô E2 có lỗi công thức #N/A: sửa công thức hoặc nhập trực tiếp giá trị đúng.",
    );
  });
});
