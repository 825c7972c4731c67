/**
 * The classes of real public workbooks the reader got wrong (issue 11), each on a real .xlsx
 * written by ExcelJS and opened by the product's port: sheets that are not lists, kinds the file
 * states in other ways, plain tables and award matrices, placeholders, look-alikes, helper
 * formulas copied down, text hygiene.
 */
import { fileReportJson } from "../../src/cli/report-json";
import { getBuiltinPlan } from "../../src/core/plan";
import { kindSourceLine, readWorkbook, sheetRoleLine } from "../../src/core/read";
import { checkWorkbook } from "../../src/core/run";
import type { FileReport, SheetGrid } from "../../src/core/types";
import { openWorkbook } from "../../src/workbook";
import { workbookBytes, type FixtureCell, type FixtureSheet } from "../fixtures/build-fixtures";
import { SCHOOL_LABELS } from "../zoo/layouts";

const _ = null;

async function grids(...sheets: FixtureSheet[]): Promise<SheetGrid[]> {
  const bytes = await workbookBytes({ file: "t.xlsx", about: "", sheets });
  return (await openWorkbook(bytes, "t.xlsx")).readSheets();
}

async function check(...sheets: FixtureSheet[]): Promise<FileReport> {
  return checkWorkbook("t.xlsx", await grids(...sheets), getBuiltinPlan("an-giang-2025")!, {
    reportDate: "2025-11-10",
  });
}

const codes = (r: FileReport): string[] => r.lists.flatMap((l) => l.findings.map((f) => f.code));

const LIST: FixtureSheet = {
  name: "Danh sách",
  rows: [
    ["STT", "Tên tập thể, cá nhân", "Loại", "Chức vụ", "Tóm tắt thành tích"],
    [1, "Phòng Nội vụ", "Tập thể", _, "Hoàn thành xuất sắc nhiệm vụ"],
    [2, "Nguyễn Văn Hùng", "Cá nhân", "Chuyên viên", "Hoàn thành xuất sắc nhiệm vụ"],
  ],
};

describe("1. sheets that are not lists", () => {
  const danhmuc: FixtureSheet = {
    name: "DANHMUC",
    rows: [
      ["Mã", "Hình thức khen thưởng", _, "Mã", "Danh hiệu", _, "Mã", "Phân loại đơn vị"],
      ["BK", "Bằng khen", _, "CSTĐ", "Chiến sĩ thi đua cơ sở", _, "TT", "Tập thể"],
      ["GK", "Giấy khen", _, "LĐTT", "Lao động tiên tiến", _, "HGĐ", "Hộ gia đình"],
    ],
  };
  const guide: FixtureSheet = {
    name: "Hướng dẫn",
    rows: [
      ["STT", "Tên tập thể, cá nhân", "Loại", "Chức vụ", "Tóm tắt thành tích"],
      [1, "Nguyễn Văn A", "Cá nhân", "không nhập", "Ví dụ: tóm tắt thành tích"],
      [2, "Trần Thị B", "Cá nhân", "không nhập", "không nhập"],
      [3, "Phòng Văn hóa", "Tập thể", "không nhập", "không nhập"],
      [4, "Trường Tiểu học A", "Tập thể", "không nhập", "không nhập"],
      [5, "Hộ ông Lê Văn C", "Hộ gia đình", "không nhập", "không nhập"],
    ],
  };
  const hidden = (name: string): FixtureSheet => ({
    name,
    state: "hidden",
    rows: [
      ["Mã", "Tên phân loại", "Ghi chú"],
      ["TAPTHE", "Tập thể", "Khen thưởng tập thể"],
      ["CANHAN", "Cá nhân", "Khen thưởng cá nhân"],
    ],
  });

  it("gives each sheet a role with a reason; only the list is checked and counted", async () => {
    const report = await check(LIST, danhmuc, guide, hidden("HTKT"), hidden("phan loai kt"));
    expect(report.sheets.map((s) => [s.name, s.role])).toEqual([
      ["Danh sách", "list"],
      ["DANHMUC", "lookup"],
      ["Hướng dẫn", "instructions"],
      ["HTKT", "lookup"],
      ["phan loai kt", "lookup"],
    ]);
    expect(sheetRoleLine(report.sheets[1])).toBe("Trang «DANHMUC»: bảng mã tra cứu, không phải danh sách");
    expect(report.lists.map((l) => l.sheet)).toEqual(["Danh sách"]);
    expect(report.counts).toEqual({ "tap-the": 1, "ca-nhan": 1, "ho-gia-dinh": 0 });
  });

  it("tells a lookup sheet by its code columns whatever its name", async () => {
    const { sheets, lists } = readWorkbook(await grids(LIST, { ...danhmuc, name: "Sheet3" }));
    expect(sheets[1]).toMatchObject({ name: "Sheet3", role: "lookup" });
    expect(lists).toHaveLength(1);
  });

  it("tells instructions by their filler words whatever the sheet's name", async () => {
    const { sheets, lists } = readWorkbook(await grids(LIST, { ...guide, name: "Sheet2" }));
    expect(sheets[1]).toMatchObject({ name: "Sheet2", role: "instructions" });
    expect(lists.map((l) => l.sheet)).toEqual(["Danh sách"]);
  });

  it("puts the roles and each record's kindSource in the JSON report", async () => {
    const json = fileReportJson(await check(LIST, danhmuc)) as {
      sheets: unknown[];
      lists: { kindSource: unknown; records: { kindSource: string }[] }[];
    };
    expect(json.sheets).toEqual([
      { name: "Danh sách", role: "list", reason: expect.stringContaining("danh sách đề nghị khen thưởng") },
      { name: "DANHMUC", role: "lookup", reason: "bảng mã tra cứu, không phải danh sách" },
    ]);
    expect(json.lists[0].records.map((r) => r.kindSource)).toEqual(["kind-column", "kind-column"]);
    expect(json.lists[0].kindSource).toEqual({ source: "kind-column", column: "C", header: "Loại" });
  });
});

describe("2. the kind the file states", () => {
  it("reads codes in «Phân loại khen thưởng» beside an empty «Lựa chọn phân loại khen thưởng»: 386 tập thể, no error", async () => {
    const rows: FixtureCell[][] = [
      [
        "STT",
        "Tên đơn vị được khen",
        "Lựa chọn phân loại khen thưởng",
        "Phân loại khen thưởng",
        "Hình thức khen thưởng",
      ],
    ];
    for (let i = 1; i <= 386; i++)
      rows.push([i, `Chi bộ ấp ${i}`.replace("Chi bộ ", ""), _, "TAPTHE", "Giấy khen"]);
    const report = await check({ name: "Sheet1", rows });
    expect(report.counts).toEqual({ "tap-the": 386, "ca-nhan": 0, "ho-gia-dinh": 0 });
    expect(codes(report).filter((c) => c === "unknown-kind")).toEqual([]);
    expect(kindSourceLine(report.lists[0])).toBe("Đối tượng xác định theo cột «Phân loại khen thưởng»");
  });

  it("reads columns named for a kind («Khen thưởng tập thể» / «Khen thưởng cá nhân») with marks", async () => {
    const { lists } = readWorkbook(
      await grids({
        name: "Sheet1",
        rows: [
          [
            "STT",
            "Tên",
            "Khen thưởng tập thể",
            "Khen thưởng cá nhân",
            "Khen thưởng hộ gia đình",
            "Thành tích",
          ],
          [1, "Mỹ Thạnh", "x", _, _, "Tốt"],
          [2, "Lê Văn Tám", _, "X", _, "Tốt"],
          [3, "Trần Văn Lợi", _, _, "x", "Tốt"],
        ],
      }),
    );
    expect(lists[0].records.map((r) => [r.kind, r.kindSource])).toEqual([
      ["tap-the", "kind-column"],
      ["ca-nhan", "kind-column"],
      ["ho-gia-dinh", "kind-column"],
    ]);
  });

  it("takes the kind from the award title", async () => {
    const { lists } = readWorkbook(
      await grids({
        name: "Sheet1",
        rows: [
          ["STT", "Tên", "Danh hiệu đề nghị", "Thành tích"],
          [1, "Mỹ Thạnh", "Tập thể lao động tiên tiến", "Tốt"],
          [2, "Hoa Sen", "Cờ thi đua của UBND tỉnh", "Tốt"],
          [3, "Lê Văn Tám", "Chiến sĩ thi đua cơ sở", "Tốt"],
          [4, "Trần Thị Lệ", "Lao động tiên tiến", "Tốt"],
          [5, "Trần Văn Lợi", "Gia đình văn hóa tiêu biểu", "Tốt"],
        ],
      }),
    );
    expect(lists[0].records.map((r) => [r.kind, r.kindSource])).toEqual([
      ["tap-the", "award"],
      ["tap-the", "award"],
      ["ca-nhan", "award"],
      ["ca-nhan", "award"],
      ["ho-gia-dinh", "award"],
    ]);
  });

  it("takes the kind from the name column's header and keeps rows with only names, reporting what is missing", async () => {
    const persons: FixtureSheet = {
      name: "Sheet1",
      rows: [
        ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Tóm tắt thành tích"],
        [1, "Lê Văn Tám"],
        [2, "Trần Thị Lệ"],
      ],
    };
    const units: FixtureSheet = {
      name: "Sheet2",
      rows: [
        ["STT", "Tên đơn vị", "Tóm tắt thành tích"],
        [1, "Mỹ Thạnh", "Tốt"],
        [2, "Hoa Sen", "Tốt"],
      ],
    };
    const report = await check(persons, units);
    expect(report.lists.map((l) => l.records.map((r) => [r.row, r.kind, r.kindSource]))).toEqual([
      [
        [2, "ca-nhan", "name-header"],
        [3, "ca-nhan", "name-header"],
      ],
      [
        [2, "tap-the", "name-header"],
        [3, "tap-the", "name-header"],
      ],
    ]);
    // The columns the sheet lacks, at its header row; the two names' empty birth dates and achievements.
    expect(report.lists[0].findings.map((f) => [f.code, f.row, f.field])).toEqual([
      ["missing-required", 1, "queQuan"],
      ["missing-required", 1, "donVi"],
      ["missing-required", 1, "quaTrinhKhenThuong"],
      ["missing-required", 2, "ngaySinh"],
      ["missing-required", 2, "thanhTich"],
      ["missing-required", 3, "ngaySinh"],
      ["missing-required", 3, "thanhTich"],
    ]);
    expect(codes(report)).not.toContain("unknown-kind");
  });

  it("reads the name's own form, strips a person's honorific or rank, and keeps «Hộ ông/bà» a household with a birth date", async () => {
    const { lists } = readWorkbook(
      await grids({
        name: "Sheet1",
        rows: [
          ["STT", "Tên tập thể, cá nhân", "Năm sinh", "Thành tích"],
          [1, "Ông Nguyễn Văn Hùng", _, "Tốt"],
          [2, "Bà Trần Thị Lệ", _, "Tốt"],
          [3, "Đại tá Lê Văn Sơn", 1970, "Tốt"],
          [4, "Hộ bà Nguyễn Thị Sáu", 1948, "Tốt"],
          [5, "Gia đình ông Lê Văn Tư", 1950, "Tốt"],
          [6, "Công an tỉnh", _, "Tốt"],
          [7, "Khoa Nội tổng hợp", _, "Tốt"],
          [8, "Sở Y tế", _, "Tốt"],
        ],
      }),
    );
    expect(lists[0].records.map((r) => [r.fields.ten, r.kind, r.kindSource])).toEqual([
      ["Nguyễn Văn Hùng", "ca-nhan", "name-form"],
      ["Trần Thị Lệ", "ca-nhan", "name-form"],
      ["Lê Văn Sơn", "ca-nhan", "particulars"],
      ["Hộ bà Nguyễn Thị Sáu", "ho-gia-dinh", "name-form"],
      ["Gia đình ông Lê Văn Tư", "ho-gia-dinh", "name-form"],
      ["Công an tỉnh", "tap-the", "name-form"],
      ["Khoa Nội tổng hợp", "tap-the", "name-form"],
      ["Sở Y tế", "tap-the", "name-form"],
    ]);
    // The cell keeps what the clerk typed: only the record's name is stripped.
    expect(lists[0].records[0].cells.ten).toBe("B2");
  });

  it("gives one list-level unknown-kind finding, saying what to add, when nothing decides for the whole list", async () => {
    const { lists } = readWorkbook(
      await grids({
        name: "Sheet1",
        rows: [
          ["STT", "Tên", "Thành tích"],
          [1, "Mỹ Thạnh", "Tốt"],
          [2, "Hoa Sen", "Tốt"],
          [3, "Bình Minh", "Tốt"],
        ],
      }),
    );
    const unknown = lists[0].findings.filter((f) => f.code === "unknown-kind");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ row: null, cell: null, severity: "error" });
    expect(unknown[0].message).toBe(
      'Không xác định được 3 dòng của danh sách trên trang «Sheet1» là tập thể, cá nhân hay hộ gia đình: thêm cột "Loại" ' +
        '(ghi "Tập thể", "Cá nhân" hoặc "Hộ gia đình") hoặc dòng tiêu đề mục phía trên (ví dụ "I. TẬP THỂ", "II. CÁ NHÂN"), ' +
        'hoặc ghi rõ trong tiêu đề cột tên ("Tên tập thể", "Họ và tên" kèm cột "Ngày sinh").',
    );
  });
});

describe("3. plain tables whose header was not found", () => {
  it("reads a Title Case award matrix on row 1: the marked column's header is the row's award", async () => {
    const { lists } = readWorkbook(
      await grids({
        name: "Sheet1",
        rows: [
          [
            "STT",
            "Đơn Vị",
            "Năm",
            "Tập Thể Lao Động Tiên Tiến",
            "Tập Thể Lao Động Xuất Sắc",
            "Giấy Khen Hiệu Trưởng",
            "Bằng Khen Chủ Tịch UBND Tỉnh",
            "Huân Chương Lao Động Hạng Ba",
          ],
          [1, "Phòng Đào Tạo", 2025, "X", _, _, _, _],
          [2, "Khoa Kinh Tế", 2025, _, "X", _, "x", _],
          [3, "Mỹ Thạnh", 2025, _, _, "X", _, _],
        ],
      }),
    );
    expect(lists).toHaveLength(1);
    expect(lists[0].records.map((r) => [r.fields.ten, r.fields.hinhThuc, r.cells.hinhThuc, r.kind])).toEqual([
      ["Phòng Đào Tạo", "Tập Thể Lao Động Tiên Tiến", "D2", "tap-the"],
      ["Khoa Kinh Tế", "Tập Thể Lao Động Xuất Sắc; Bằng Khen Chủ Tịch UBND Tỉnh", "E3", "tap-the"],
      ["Mỹ Thạnh", "Giấy Khen Hiệu Trưởng", "F4", "tap-the"],
    ]);
  });

  it("reads a school's list of students as cá nhân", async () => {
    const { lists } = readWorkbook(
      await grids({
        name: "Sheet1",
        rows: [
          SCHOOL_LABELS,
          [
            "DH21001",
            "Nguyễn Thị Ngọc Hân",
            "DH21TH1",
            "Công nghệ thông tin",
            "Mùa hè xanh",
            "HK2",
            92,
            "Xuất sắc",
            "15/09/2025",
          ],
          [
            "DH21002",
            "Trần Quốc Bảo",
            "DH21TH1",
            "Công nghệ thông tin",
            "Tiếp sức mùa thi",
            "HK2",
            90,
            "Xuất sắc",
            "15/09/2025",
          ],
        ],
      }),
    );
    expect(lists[0].records.map((r) => [r.fields.ten, r.fields.donVi, r.kind])).toEqual([
      ["Nguyễn Thị Ngọc Hân", "DH21TH1", "ca-nhan"],
      ["Trần Quốc Bảo", "DH21TH1", "ca-nhan"],
    ]);
  });
});

describe("4. placeholder rows", () => {
  it("gives an empty template one empty-list info and no errors", async () => {
    const report = await check({
      name: "Mẫu",
      rows: [
        ["STT", "Tên tập thể, cá nhân", "Loại", "Tóm tắt thành tích", "Ghi chú"],
        [1, "Tên tập thể", "Tập thể", _, _],
        [2, "Tên cá nhân", "Cá nhân", _, _],
        [3, "Tên hộ gia đình", "Hộ gia đình", _, _],
        [4, "Nguyễn Văn A", "Cá nhân", "Hoàn thành tốt nhiệm vụ", "Dòng minh họa"],
        ["Ví dụ", "Phòng Văn hóa", "Tập thể", "Hoàn thành tốt nhiệm vụ", _],
      ],
    });
    expect(report.lists[0].records).toEqual([]);
    const all = [...report.lists.flatMap((l) => l.findings), ...report.findings];
    expect(all.map((f) => [f.code, f.severity])).toEqual([["empty-list", "info"]]);
  });
});

describe("5. look-alikes are not nomination lists", () => {
  it("finds no list in a list of initiatives nor in a labour survey form", async () => {
    const initiatives: FixtureSheet = {
      name: "Sheet1",
      rows: [
        ["STT", "Tên đề tài", "Ngày công nhận", "Đơn vị công nhận", "Lĩnh vực", "Tên tác giả"],
        [1, "Số hóa hồ sơ một cửa", "12/05/2025", "Hội đồng sáng kiến tỉnh", "Cải cách hành chính", _],
        [2, "Mô hình lúa – tôm", "20/06/2025", "Sở Khoa học và Công nghệ", "Nông nghiệp", _],
      ],
    };
    const survey: FixtureSheet = {
      name: "Sheet1",
      rows: [
        ["STT", "Họ và tên", "Năm sinh", _, "Dân tộc", "Trình độ", _, "Nghề nghiệp", "Nơi làm việc"],
        [_, _, "Nam", "Nữ", _, "Học vấn", "Chuyên môn", _, _],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"],
        [1, "Nguyễn Văn Bé", 1985, _, "Kinh", "12/12", "Sơ cấp", "Thợ hồ", "Tự làm"],
        [2, "Lê Thị Út", _, 1990, "Kinh", "9/12", "Không", "Nội trợ", "Tại nhà"],
        [],
        [_, "Người cung cấp thông tin", _, _, _, _, _, "Điều tra viên"],
      ],
      merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:G1", "H1:H2", "I1:I2"],
    };
    for (const sheet of [initiatives, survey]) {
      const report = await check(sheet);
      expect(report.lists.flatMap((l) => l.records)).toEqual([]);
      expect(codes(report)).toEqual(["header-not-found"]);
      expect(report.sheets[0].role).toBe("form");
    }
  });
});

describe("6. helper formulas copied down", () => {
  it("reads rows whose only values are #N/A lookups as blank: no record, no formula-error", async () => {
    const rows: FixtureCell[][] = [
      ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Hình thức khen thưởng"],
      [1, "Lê Văn Tám", 1980, "Chuyên viên", "Giấy khen"],
    ];
    for (let r = 3; r < 160; r++)
      rows.push([
        _,
        _,
        _,
        _,
        { formula: `VLOOKUP(B${r},DANHMUC!A:B,2,0)`, result: { error: "#N/A" } } as FixtureCell,
      ]);
    const report = await check({ name: "Sheet1", rows });
    expect(report.lists[0].records.map((r) => r.row)).toEqual([2]);
    expect(codes(report)).not.toContain("formula-error");
  });
});

describe("7. text hygiene", () => {
  it("finds duplicates across NFD, stray spaces, en dash against hyphen, «Hoá» against «Hóa»", async () => {
    const report = await check({
      name: "Tập thể",
      rows: [
        ["STT", "Tên tập thể", "Tóm tắt thành tích"],
        [1, "Phòng Văn hóa – Thông tin", "Tốt"],
        [2, "  Phòng Văn hoá - Thông tin ".normalize("NFD"), "Tốt"],
        [3, "Trung tâm Y tế huyện", "Tốt"],
        [4, "Trung tâm y tế Huyện", "Tốt"],
      ],
    });
    expect(report.lists[0].findings.filter((f) => f.code === "duplicate-record").map((f) => f.row)).toEqual([
      3, 5,
    ]);
    // The record's name is composed and trimmed, the clerk's spelling otherwise kept.
    expect(report.lists[0].records[1].fields.ten).toBe("Phòng Văn hoá - Thông tin");
  });
});
