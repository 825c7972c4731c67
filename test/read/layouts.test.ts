import { readLists } from "../../src/core/read";
import { merge, sheet } from "./grids";

describe("readLists: a typical unit list", () => {
  const grid = sheet(
    "Sheet1",
    [
      ["UBND XÃ MỸ HÒA", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [],
      ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2025"],
      [],
      [
        "STT",
        "Họ và tên",
        "Ngày, tháng, năm sinh",
        null,
        "Chức vụ, đơn vị công tác",
        "Tóm tắt thành tích",
        "Ghi chú",
      ],
      [null, null, "Nam", "Nữ", null, null, null],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
      ["I. TẬP THỂ"],
      [1, "Trường THCS Mỹ Hòa", null, null, null, "Hoàn thành xuất sắc nhiệm vụ", null],
      ["II. CÁ NHÂN"],
      [2, "Nguyễn Văn An", 28188, null, "Giáo viên, Trường THCS Mỹ Hòa", "Chiến sĩ thi đua", null],
      [3, "Lê Thị Bình", null, "12/05/1980", "Kế toán", "#N/A", null],
      [],
      [null, "Người lập biểu", null, null, null, "TM. UBND XÃ"],
      [null, null, null, null, null, "CHỦ TỊCH"],
      [null, "Trần Văn Cường", null, null, null, "Phạm Văn Dũng"],
    ],
    {
      merges: ["A5:A6", "B5:B6", "C5:D5", "E5:E6", "F5:F6", "G5:G6", "A8:G8", "A10:G10"].map(merge),
    },
  );

  const expectTypical = (lists: ReturnType<typeof readLists>): void => {
    expect(lists).toHaveLength(1);
    const [list] = lists;
    expect(list.sheet).toBe("Sheet1");
    expect(list.headerRows).toEqual([5, 6]);
    expect(list.encoding).toBe("unicode");
    expect(list.columns).toEqual([
      { column: "A", header: "STT", field: "stt" },
      { column: "B", header: "Họ và tên", field: "ten" },
      { column: "C", header: "Ngày, tháng, năm sinh / Nam", field: "ngaySinh" },
      { column: "D", header: "Ngày, tháng, năm sinh / Nữ", field: "ngaySinh" },
      { column: "E", header: "Chức vụ, đơn vị công tác", field: "chucVu" },
      { column: "E", header: "Chức vụ, đơn vị công tác", field: "donVi" },
      { column: "F", header: "Tóm tắt thành tích", field: "thanhTich" },
      { column: "G", header: "Ghi chú", field: "ghiChu" },
    ]);
    expect(list.records).toEqual([
      {
        row: 9,
        kind: "tap-the",
        kindSource: "section",
        section: "I. TẬP THỂ",
        fields: { stt: "1", ten: "Trường THCS Mỹ Hòa", thanhTich: "Hoàn thành xuất sắc nhiệm vụ" },
        cells: { stt: "A9", ten: "B9", thanhTich: "F9" },
      },
      {
        row: 11,
        kind: "ca-nhan",
        kindSource: "section",
        section: "II. CÁ NHÂN",
        fields: {
          stt: "2",
          ten: "Nguyễn Văn An",
          ngaySinh: "1977-03-04",
          gioiTinh: "nam",
          chucVu: "Giáo viên, Trường THCS Mỹ Hòa",
          donVi: "Giáo viên, Trường THCS Mỹ Hòa",
          thanhTich: "Chiến sĩ thi đua",
        },
        cells: {
          stt: "A11",
          ten: "B11",
          ngaySinh: "C11",
          gioiTinh: "C11",
          chucVu: "E11",
          donVi: "E11",
          thanhTich: "F11",
        },
      },
      {
        row: 12,
        kind: "ca-nhan",
        kindSource: "section",
        section: "II. CÁ NHÂN",
        fields: {
          stt: "3",
          ten: "Lê Thị Bình",
          ngaySinh: "1980-05-12",
          gioiTinh: "nu",
          chucVu: "Kế toán",
          donVi: "Kế toán",
        },
        cells: { stt: "A12", ten: "B12", ngaySinh: "D12", gioiTinh: "D12", chucVu: "E12", donVi: "E12" },
      },
    ]);
    expect(list.findings).toEqual([
      {
        code: "formula-error",
        severity: "error",
        sheet: "Sheet1",
        cell: "F12",
        row: 12,
        field: "thanhTich",
        message: "Ô F12 có lỗi công thức #N/A: sửa công thức hoặc nhập trực tiếp giá trị đúng.",
      },
    ]);
  };

  it("reads title block, merged two-row header, column numbers, sections, footer with a name under it", () => {
    expectTypical(readLists([grid]));
  });

  it("reads the same list without merge information (parent text only in its first cell)", () => {
    expectTypical(readLists([{ ...grid, merges: undefined }]));
  });

  it("offsets rows and cells by the grid's origin", () => {
    const shifted = { ...grid, originRow: 3, originCol: 2, merges: undefined };
    const [list] = readLists([shifted]);
    expect(list.headerRows).toEqual([7, 8]);
    expect(list.records.map((r) => r.row)).toEqual([11, 13, 14]);
    expect(list.records[1].cells.ngaySinh).toBe("D13");
    expect(list.findings[0].cell).toBe("G14");
  });
});

describe("readLists: header shapes", () => {
  it("reads a three-row header under merged parents", () => {
    const [list] = readLists([
      sheet(
        "DS",
        [
          ["TT", "Họ tên", "Thông tin cá nhân", null, null, null, "Hình thức khen thưởng"],
          [null, null, "Năm sinh", null, "Quê quán", "Dân tộc", "Đã được nhận"],
          [null, null, "Nam", "Nữ", null, null, null],
          [1, "Võ Thị Hạnh", null, "1985", "An Giang", "Kinh", "Giấy khen"],
        ],
        { merges: ["A1:A3", "B1:B3", "C1:F1", "C2:D2", "E2:E3", "F2:F3", "G2:G3"].map(merge) },
      ),
    ]);
    expect(list.headerRows).toEqual([1, 2, 3]);
    expect(list.columns.map((c) => [c.column, c.field, c.header])).toEqual([
      ["A", "stt", "TT"],
      ["B", "ten", "Họ tên"],
      ["C", "ngaySinh", "Thông tin cá nhân / Năm sinh / Nam"],
      ["D", "ngaySinh", "Thông tin cá nhân / Năm sinh / Nữ"],
      ["E", "queQuan", "Thông tin cá nhân / Quê quán"],
      ["F", "danToc", "Thông tin cá nhân / Dân tộc"],
      ["G", "quaTrinhKhenThuong", "Hình thức khen thưởng / Đã được nhận"],
    ]);
    expect(list.records).toEqual([
      {
        row: 4,
        kind: "ca-nhan",
        kindSource: "particulars",
        fields: {
          stt: "1",
          ten: "Võ Thị Hạnh",
          ngaySinh: "1985",
          gioiTinh: "nu",
          queQuan: "An Giang",
          danToc: "Kinh",
          quaTrinhKhenThuong: "Giấy khen",
        },
        cells: {
          stt: "A4",
          ten: "B4",
          ngaySinh: "D4",
          gioiTinh: "D4",
          queQuan: "E4",
          danToc: "F4",
          quaTrinhKhenThuong: "G4",
        },
      },
    ]);
  });

  it("maps header synonyms after folding case, diacritics and NFD", () => {
    const nfd = (s: string): string => s.normalize("NFD");
    const [list] = readLists([
      sheet("Sheet1", [
        [
          "STT",
          nfd("HỌ VÀ TÊN"),
          "Giới tính",
          "Đối tượng",
          "Hộ khẩu thường trú",
          "Lĩnh vực",
          "Trích ngang thành tích",
          "Quá trình khen thưởng",
          "Hình thức khen thưởng (đề nghị)",
          "Quá trình thành lập",
          "Cơ cấu tổ chức (bộ máy)",
          "Chức năng, nhiệm vụ",
          "Đơn vị công tác",
          "Chức vụ",
        ],
        [
          1,
          nfd("Đặng Thị Thu"),
          "Nữ",
          "CN",
          nfd("Phường Long Xuyên"),
          "Y tế",
          "x",
          "y",
          "Bằng khen",
          "",
          "",
          "",
          "Trạm Y tế",
          "Y sĩ",
        ],
      ]),
    ]);
    expect(list.columns.map((c) => c.field)).toEqual([
      "stt",
      "ten",
      "gioiTinh",
      "loai",
      "noiThuongTru",
      "linhVuc",
      "thanhTich",
      "quaTrinhKhenThuong",
      "hinhThuc",
      "quaTrinhThanhLap",
      "coCauToChuc",
      "chucNangNhiemVu",
      "donVi",
      "chucVu",
    ]);
    expect(list.columns[1].header).toBe("HỌ VÀ TÊN");
    expect(list.records[0].fields).toEqual({
      stt: "1",
      ten: "Đặng Thị Thu",
      gioiTinh: "nu",
      loai: "CN",
      noiThuongTru: "Phường Long Xuyên",
      linhVuc: "Y tế",
      thanhTich: "x",
      quaTrinhKhenThuong: "y",
      hinhThuc: "Bằng khen",
      donVi: "Trạm Y tế",
      chucVu: "Y sĩ",
    });
    expect(list.records[0].kind).toBe("ca-nhan");
  });

  it("reads gender marks under a merged Giới tính parent", () => {
    const [list] = readLists([
      sheet("S", [
        ["STT", "Tên tập thể/cá nhân", "Giới tính", null, "Địa chỉ"],
        [null, null, "Nam", "Nữ", null],
        [1, "Phan Văn Tâm", "x", null, "Ấp 3"],
        [2, "Lý Thị Mai", null, "X", "Ấp 4"],
      ]),
    ]);
    expect(list.records.map((r) => [r.fields.gioiTinh, r.cells.gioiTinh, r.kind])).toEqual([
      ["nam", "C3", "ca-nhan"],
      ["nu", "D4", "ca-nhan"],
    ]);
  });
});

describe("readLists: subject kinds", () => {
  it("takes the kind column first, then sections, sheet name, particulars", () => {
    const [list] = readLists([
      sheet("Sheet1", [
        ["STT", "Tên tập thể, cá nhân", "Loại", "Chức vụ"],
        [1, "Ban Tuyên giáo", "Tập thể", null],
        [2, "Nguyễn Văn Hùng", "CN", "Cán bộ"],
        [3, "Hộ ông Trần Văn Lợi", "HGĐ", null],
        [4, "Ông Tư", "TT", null],
      ]),
    ]);
    expect(list.records.map((r) => r.kind)).toEqual(["tap-the", "ca-nhan", "ho-gia-dinh", "tap-the"]);
    expect(list.findings).toEqual([]);
  });

  it("takes the kind from the sheet name", () => {
    const lists = readLists([
      sheet("DS ca nhan", [
        ["STT", "Họ và tên", "Chức vụ", "Đơn vị công tác"],
        [1, "Trịnh Văn Quý", "Nhân viên", "Công ty ABC"],
      ]),
      sheet("Tập thể", [
        ["STT", "Tên tập thể", "Thành tích", "Ghi chú"],
        [1, "Nguyễn Huệ", "Tốt", null],
      ]),
    ]);
    expect(lists.map((l) => [l.sheet, l.records[0].kind])).toEqual([
      ["DS ca nhan", "ca-nhan"],
      ["Tập thể", "tap-the"],
    ]);
  });

  it("keeps the current kind under a section naming none", () => {
    const [list] = readLists([
      sheet("Sheet1", [
        ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Thành tích"],
        ["A. TẬP THỂ"],
        ["1. Khối giáo dục"],
        [1, "Mầm non Hoa Sen", null, null, "Tốt"],
        ["B", "CÁ NHÂN"],
        [2, "Lâm Thị Sáu", null, null, "Tốt"],
        ["1. Khối giáo dục"],
        [3, "Trần Nhật Minh", null, null, "Tốt"],
      ]),
    ]);
    expect(list.records.map((r) => [r.row, r.kind, r.section ?? null])).toEqual([
      [4, "tap-the", "1. Khối giáo dục"],
      [6, "ca-nhan", "B. CÁ NHÂN"],
      [8, "ca-nhan", "1. Khối giáo dục"],
    ]);
  });

  it("guesses the kind from the particulars, else reports unknown-kind at the name cell", () => {
    const [list] = readLists([
      sheet("Sheet1", [
        ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Thành tích"],
        [1, "Trường Mầm non Hoa Sen", null, null, "Tốt"],
        [2, "Hộ gia đình bà Lâm Thị Sáu", null, null, "Tốt"],
        [3, "Tổ dân phố 5", null, null, "Tốt"],
        [4, "Tô Minh Trí", 1990, "Công nhân", "Tốt"],
        [5, "Đoàn Văn Sang", null, "Nông dân", "Tốt"],
        [6, "Đoàn Thanh niên xã Mỹ Hòa", null, null, "Tốt"],
        [7, "HTX Nông nghiệp Tân Phú", null, null, "Tốt"],
      ]),
    ]);
    expect(list.records.map((r) => r.kind)).toEqual([
      "tap-the",
      "ho-gia-dinh",
      "tap-the",
      "ca-nhan",
      null,
      "tap-the",
      "tap-the",
    ]);
    expect(list.findings).toEqual([
      {
        code: "unknown-kind",
        severity: "error",
        sheet: "Sheet1",
        cell: "B6",
        row: 6,
        field: "ten",
        message:
          'Không xác định được dòng 6 là tập thể, cá nhân hay hộ gia đình: thêm cột "Loại" (ghi "Tập thể", ' +
          '"Cá nhân" hoặc "Hộ gia đình") hoặc dòng tiêu đề mục phía trên (ví dụ "I. TẬP THỂ", "II. CÁ NHÂN").',
      },
    ]);
  });
});
