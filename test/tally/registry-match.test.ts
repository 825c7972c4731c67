import { readRegistry, matchUnit, headerTextsOf, type RegistryUnit } from "../../src/core/tally";
import { signedDate } from "../../src/core/tally/signed-date";
import type { SheetGrid } from "../../src/core/types";

function grid(name: string, values: unknown[][], originRow = 1): SheetGrid {
  return { name, values, originRow, originCol: 1 };
}

describe("readRegistry", () => {
  it("reads name, kind (label or id, any case) and khối/cụm under a title, skipping column numbers", () => {
    const sheet = grid("Danh mục đơn vị", [
      ["DANH MỤC ĐƠN VỊ"],
      [],
      ["STT", "TÊN ĐƠN VỊ", "Loại đơn vị", "Khối/Cụm"],
      ["(1)", "(2)", "(3)", "(4)"],
      [1, "Xã Mỹ Hòa Hưng", "Xã, phường", "Cụm 1"],
      [2, "Sở Y tế", "so-ban-nganh", "Khối các sở"],
      [3, "Công ty TNHH An Phát", "DOANH NGHIỆP", null],
      [4, "Phường Long Xuyên", "Xã, phường, thị trấn", "  Cụm   2 "],
      [],
      [5, "Tỉnh đoàn", "Thành viên khối thi đua", "Khối đoàn thể"],
    ]);
    const { units, findings } = readRegistry([grid("Ghi chú", [["Xem trang sau"]]), sheet]);
    expect(findings).toEqual([]);
    expect(units).toEqual([
      { name: "Xã Mỹ Hòa Hưng", kind: "xa", group: "Cụm 1" },
      { name: "Sở Y tế", kind: "so-ban-nganh", group: "Khối các sở" },
      { name: "Công ty TNHH An Phát", kind: "doanh-nghiep", group: null },
      { name: "Phường Long Xuyên", kind: "xa", group: "Cụm 2" },
      { name: "Tỉnh đoàn", kind: "thanh-vien-khoi", group: "Khối đoàn thể" },
    ]);
  });

  it("reports an unknown kind and a repeated unit at their cells, and leaves those rows out", () => {
    const sheet = grid(
      "Danh mục đơn vị",
      [
        ["Đơn vị", "Loại"],
        ["Xã Phú Tân", "xã"],
        ["Hợp tác xã Tân Phú", "hợp tác xã"],
        ["XÃ PHÚ TÂN", "Xã, phường"],
      ],
      3,
    );
    const { units, findings } = readRegistry([sheet]);
    expect(units).toEqual([{ name: "Xã Phú Tân", kind: "xa", group: null }]);
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.row])).toEqual([
      ["unknown-kind", "error", "B5", 5],
      ["duplicate-record", "warning", "A6", 6],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'Không nhận ra loại đơn vị "hợp tác xã" của "Hợp tác xã Tân Phú". Hãy ghi một trong các loại: Sở, ban, ' +
        "ngành; Huyện; Xã, phường; Doanh nghiệp; Thành viên khối; Phòng, đơn vị; Tỉnh.",
      'Đơn vị "XÃ PHÚ TÂN" đã có ở dòng 4; dòng 6 không được tính. Hãy xóa dòng trùng.',
    ]);
  });

  it("says what is missing when no sheet has a name and a kind column", () => {
    const { units, findings } = readRegistry([grid("Sheet1", [["STT", "Tên đơn vị", "Địa chỉ"]])]);
    expect(units).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0].code).toBe("header-not-found");
    expect(findings[0].message).toBe(
      'Không tìm thấy danh mục đơn vị: cần trang tính "Danh mục đơn vị" có dòng tiêu đề gồm cột "Tên đơn vị" và ' +
        'cột "Loại đơn vị" (có thể thêm cột "Khối/cụm") trong 30 dòng đầu.',
    );
  });
});

describe("matchUnit", () => {
  const registry: RegistryUnit[] = [
    { name: "Xã Mỹ Hòa Hưng", kind: "xa", group: null },
    { name: "Xã Mỹ Hòa", kind: "xa", group: null },
    { name: "Sở Y tế", kind: "so-ban-nganh", group: null },
    { name: "Sở Nội vụ", kind: "so-ban-nganh", group: null },
    { name: "Xã Phú Tân", kind: "xa", group: null },
    { name: "Phường Phú Tân", kind: "xa", group: null },
    { name: "UBND xã Tân Lập", kind: "xa", group: null },
    { name: "Công ty TNHH An Phát", kind: "doanh-nghiep", group: null },
  ];
  const names = (u: RegistryUnit | null): string | null => u?.name ?? null;

  it("finds the unit in the title block, longest name first, ignoring the addressee", () => {
    const title = ["UBND TỈNH AN GIANG", "ỦY BAN NHÂN DÂN XÃ MỸ HÒA HƯNG", "Kính gửi: Sở Nội vụ"];
    expect(names(matchUnit("danh_sach.xlsx", title, registry))).toBe("Xã Mỹ Hòa Hưng");
    expect(names(matchUnit("a.xlsx", ["UBND TỈNH AN GIANG", "SỞ Y TẾ"], registry))).toBe("Sở Y tế");
    expect(names(matchUnit("a.xlsx", ["Uỷ ban nhân dân xã Mỹ Hòa".normalize("NFD")], registry))).toBe(
      "Xã Mỹ Hòa",
    );
  });

  it("finds the unit in the file name, with abbreviations and underscores", () => {
    expect(names(matchUnit("/tmp/nop/UBND_xa_My_Hoa_Hung.xlsx", [], registry))).toBe("Xã Mỹ Hòa Hưng");
    expect(names(matchUnit("C:\\nop\\UBND-xa-Tan-Lap (ban sua).xlsx", [], registry))).toBe("UBND xã Tân Lập");
    expect(names(matchUnit("Cty TNHH An Phat.xlsx", [], registry))).toBe("Công ty TNHH An Phát");
    // Without its kind word a name still counts when it is distinctive.
    expect(names(matchUnit("My Hoa Hung 2025.xlsx", [], registry))).toBe("Xã Mỹ Hòa Hưng");
  });

  it("never guesses between two units", () => {
    expect(matchUnit("Phu_Tan.xlsx", [], registry)).toBeNull(); // Xã or Phường Phú Tân
    expect(matchUnit("Tan_Lap_va_So_Y_te.xlsx", [], registry)).toBeNull();
    // Title and file name disagree.
    expect(matchUnit("UBND_xa_Phu_Tan.xlsx", ["SỞ Y TẾ"], registry)).toBeNull();
    expect(matchUnit("danh_sach.xlsx", ["DANH SÁCH ĐỀ NGHỊ"], registry)).toBeNull();
  });

  it("lets the file name settle a title that names two units", () => {
    expect(names(matchUnit("xa_Phu_Tan.xlsx", ["PHÚ TÂN"], registry))).toBe("Xã Phú Tân");
  });
});

describe("headerTextsOf and signedDate", () => {
  const sheet = grid("Danh sách", [
    ["UBND TỈNH AN GIANG", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["SỞ Y TẾ", null, "Độc lập - Tự do - Hạnh phúc"],
    [null, null, "An Giang, ngày 5 tháng 12 năm 2025"],
    ["STT", "Họ và tên", "Năm sinh"],
    [1, "Nguyễn Văn An", 1980],
  ]);

  it("takes the text cells above the first list's header, row by row", () => {
    const lists = [
      {
        sheet: "Danh sách",
        headerRows: [4],
        columns: [],
        encoding: "unicode" as const,
        records: [],
        findings: [],
      },
    ];
    expect(headerTextsOf([sheet], lists)).toEqual([
      "UBND TỈNH AN GIANG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "SỞ Y TẾ",
      "Độc lập - Tự do - Hạnh phúc",
      "An Giang, ngày 5 tháng 12 năm 2025",
    ]);
  });

  it("reads the signature date, or null when there is none or it is impossible", () => {
    expect(signedDate([sheet])).toBe("2025-12-05");
    expect(signedDate([grid("x", [["Long Xuyên, ngày 31/01/2026"]])])).toBe("2026-01-31");
    expect(signedDate([grid("x", [["ngày 31 tháng 02 năm 2025"]])])).toBeNull();
    expect(signedDate([grid("x", [["Danh sách"]])])).toBeNull();
  });
});
