import { makeList, PERSON_COLUMNS, group, GROUP_COLUMNS, person } from "./lists";
import { check, found, where } from "./run";

function persons(...rows: ReturnType<typeof person>[]) {
  return [makeList("Cá nhân", PERSON_COLUMNS, rows)];
}

describe("invalid-date", () => {
  it("accepts ISO dates and, where the plan does not ask the full date (001), years", () => {
    const rows = persons(person("A", { ngaySinh: "1980-02-29" }), person("B", { ngaySinh: "1975" }));
    expect(check(rows, "binh-dinh-2022-2025").listFindings).toEqual([[]]);
  });

  it.each([
    ["31/02/1980", "tháng 2 năm 1980 chỉ có 29 ngày"],
    ["29/02/1981", "tháng 2 năm 1981 chỉ có 28 ngày"],
    ["15/13/1980", "không có tháng 13"],
    ["00/05/1980", "không có ngày 0"],
    ["15/03/80", "năm phải đủ 4 chữ số"],
    ["1980/03/15", "năm phải viết sau cùng"],
    // A date cell (serial 60) is read as this ISO day; the clerk sees it as 29/02/1900.
    ["1900-02-29", "ngày 29/02/1900 không có trên lịch", "29/02/1900"],
    ["mười lăm tháng ba", "không đọc được thành ngày tháng"],
  ])("says what is wrong with «%s»: %s", (text, why, shown = text) => {
    const result = check(persons(person("Trần Thị Bé", { ngaySinh: text })), "an-giang-2025");
    expect(where(result)).toEqual([["invalid-date", "error", "Cá nhân", "C6", 6, "ngaySinh"]]);
    expect(found(result, "invalid-date")[0].message).toBe(
      `Ngày sinh «${shown}» của cá nhân «Trần Thị Bé» không hợp lệ: ${why}. ` +
        "Hãy nhập theo dạng dd/mm/yyyy (ví dụ 05/03/1980).",
    );
  });

  it("offers a year alone only where the plan does not ask the full date", () => {
    const result = check(persons(person("Trần Thị Bé", { ngaySinh: "15/13/1980" })), "binh-dinh-2022-2025");
    expect(found(result, "invalid-date")[0].message).toMatch(
      /\(ví dụ 05\/03\/1980\) hoặc chỉ ghi năm sinh\.$/,
    );
  });
});

describe("birth-year-only (000 §VI.7: «ngày tháng năm sinh»)", () => {
  it("warns when a person or household of 000 has a year alone, not a tập thể nor another plan", () => {
    const household = { ...person("Hộ ông Ba", { ngaySinh: "1960" }), kind: "ho-gia-dinh" as const };
    const rows = persons(
      person("A", { ngaySinh: "1975" }),
      household,
      person("C", { ngaySinh: "1975-05-04" }),
    );
    const result = check(rows, "an-giang-2025");
    expect(where(result)).toEqual([
      ["birth-year-only", "warning", "Cá nhân", "C6", 6, "ngaySinh"],
      ["birth-year-only", "warning", "Cá nhân", "C7", 7, "ngaySinh"],
    ]);
    expect(found(result, "birth-year-only")[0].message).toBe(
      "Ngày sinh của cá nhân «A» chỉ ghi năm 1975; kế hoạch yêu cầu ghi đủ ngày, tháng, năm sinh. " +
        "Hãy ghi đủ theo dạng dd/mm/yyyy (ví dụ 05/03/1980).",
    );
    expect(found(check(rows, "binh-dinh-2022-2025"), "birth-year-only")).toEqual([]);
  });
});

describe("implausible-birth-date", () => {
  it.each([
    ["2026-01-02", "sau ngày báo cáo 01/11/2025"],
    ["2030", "sau ngày báo cáo 01/11/2025"],
    ["1899-12-31", "trước năm 1900"],
    ["2010-11-02", "nghĩa là mới 14 tuổi vào ngày báo cáo 01/11/2025, chưa đủ 16 tuổi"],
    ["2010", "nghĩa là mới 15 tuổi vào ngày báo cáo 01/11/2025, chưa đủ 16 tuổi"],
  ])("warns about %s (%s)", (birth, why) => {
    const result = check(persons(person("Võ Văn Út", { ngaySinh: birth })), "binh-dinh-2022-2025");
    expect(where(result)).toEqual([["implausible-birth-date", "warning", "Cá nhân", "C6", 6, "ngaySinh"]]);
    expect(found(result, "implausible-birth-date")[0].message).toContain(
      `của cá nhân «Võ Văn Út» khó có thật (${why})`,
    );
  });

  it("accepts someone who turned 16 on the report date, and any year that can be 16", () => {
    const result = check(
      persons(person("A", { ngaySinh: "2009-11-01" }), person("B", { ngaySinh: "2009" })),
      "binh-dinh-2022-2025",
    );
    expect(result.listFindings).toEqual([[]]);
  });

  it("a pupil is young by right; a date after the report date is still flagged for one", () => {
    const result = check(
      persons(
        person("Lê Minh Khang", { ngaySinh: "2012-05-04", chucVu: "Học sinh lớp 7A" }),
        person("Trần Bảo Ngọc", { ngaySinh: "2014", hinhThuc: "Cháu ngoan Bác Hồ" }),
        person("Võ Văn Út", { ngaySinh: "2012-05-04", chucVu: "Nhân viên" }),
        person("Ngô Gia Huy", { ngaySinh: "2026-01-02", chucVu: "Học sinh lớp 3B" }),
      ),
      "binh-dinh-2022-2025",
    );
    expect(found(result, "implausible-birth-date").map((f) => [f.row, f.message])).toEqual([
      [8, expect.stringContaining("«Võ Văn Út» khó có thật (nghĩa là mới 13 tuổi")],
      [9, expect.stringContaining("«Ngô Gia Huy» khó có thật (sau ngày báo cáo 01/11/2025)")],
    ]);
  });

  it("knows a pupil by position, class or children's award, not by free text about pupils", () => {
    const result = check(
      persons(
        person("Lý Gia Bảo", { ngaySinh: "2013-02-01", chucVu: "Lớp trưởng" }),
        person("Mai Thảo Vy", { ngaySinh: "2013-02-01", donVi: "Lớp 7A, Trường THCS Lê Lợi" }),
        person("Đỗ Văn Tài", {
          ngaySinh: "2016-02-01",
          chucVu: "Giáo viên",
          ghiChu: "Bồi dưỡng học sinh giỏi",
        }),
        person("Phan Thị Lụa", { ngaySinh: "2015-02-01", donVi: "Nhà Thiếu nhi tỉnh" }),
      ),
      "binh-dinh-2022-2025",
    );
    expect(found(result, "implausible-birth-date").map((f) => f.row)).toEqual([8, 9]);
  });

  it("looks only at cá nhân (a hộ gia đình or tập thể has no age to check)", () => {
    const household = { ...person("Hộ ông Ba", { ngaySinh: "2020" }), kind: "ho-gia-dinh" as const };
    const result = check(persons(household), "an-giang-2025");
    expect(found(result, "implausible-birth-date")).toEqual([]);
  });
});

describe("invalid-gender", () => {
  it("accepts nam/nu and warns about anything else", () => {
    const result = check(
      persons(
        person("A", { gioiTinh: "nam" }),
        person("B", { gioiTinh: "nu" }),
        person("C", { gioiTinh: "x" }),
      ),
      "an-giang-2025",
    );
    expect(where(result)).toEqual([["invalid-gender", "warning", "Cá nhân", "D8", 8, "gioiTinh"]]);
    expect(found(result, "invalid-gender")[0].message).toBe(
      "Giới tính «x» của cá nhân «C» không rõ. Hãy ghi «Nam» hoặc «Nữ».",
    );
  });
});

describe("unknown-field", () => {
  it("accepts a field however it is cased or accented, with a 'lĩnh vực' prefix, or one part of a field", () => {
    const result = check(
      persons(
        person("A", { linhVuc: "GIÁO DỤC VÀ ĐÀO TẠO" }),
        person("B", { linhVuc: "Lĩnh vực y tế" }),
        person("C", { linhVuc: "Quốc phòng" }),
        person("D", { linhVuc: "Y te" }),
      ),
      "an-giang-2025",
    );
    expect(result.listFindings).toEqual([[]]);
  });

  it.each([
    ["Giáo dục", "Giáo dục và đào tạo"],
    ["Nông ngiệp", "Nông nghiệp"],
    ["Văn hóa - Thể thao", "Văn hóa, nghệ thuật, thể dục thể thao"],
    ["Yte", "Y tế"],
  ])("suggests the closest field for «%s»: «%s»", (text, suggestion) => {
    const result = check(persons(person("Lê Văn Tám", { linhVuc: text })), "an-giang-2025");
    expect(where(result)).toEqual([["unknown-field", "warning", "Cá nhân", "H6", 6, "linhVuc"]]);
    expect(found(result, "unknown-field")[0].message).toBe(
      `Lĩnh vực «${text}» của cá nhân «Lê Văn Tám» không có trong danh mục lĩnh vực của kế hoạch. ` +
        `Có phải ý anh/chị là «${suggestion}»?`,
    );
  });

  it("makes no wild guess", () => {
    const result = check(persons(person("A", { linhVuc: "Thủy sản xuất khẩu" })), "an-giang-2025");
    expect(found(result, "unknown-field").map((f) => f.message)).toEqual([
      "Lĩnh vực «Thủy sản xuất khẩu» của cá nhân «A» không có trong danh mục lĩnh vực của kế hoạch. " +
        "Hãy ghi đúng tên một trong 14 lĩnh vực của kế hoạch.",
    ]);
  });

  it("does nothing for a plan without a field list", () => {
    const result = check(persons(person("A", { linhVuc: "Thủy sản" })), "so-tttt-2022-2025");
    expect(found(result, "unknown-field")).toEqual([]);
  });
});

describe("short-achievement", () => {
  it("warns about a trích ngang shorter than the plan's minimum, not about a long or empty one", () => {
    const result = check(
      persons(
        person("A", { thanhTich: "Hoàn thành tốt nhiệm vụ" }),
        person("B", { thanhTich: "x".repeat(30) }),
        person("C", { thanhTich: "x".repeat(29) }),
      ),
      "binh-dinh-2022-2025",
    );
    expect(where(result)).toEqual([
      ["short-achievement", "warning", "Cá nhân", "I6", 6, "thanhTich"],
      ["short-achievement", "warning", "Cá nhân", "I8", 8, "thanhTich"],
    ]);
    expect(found(result, "short-achievement")[0].message).toBe(
      "Tóm tắt thành tích của cá nhân «A» chỉ có 23 ký tự, quá ngắn (cần ít nhất 30). " +
        "Hãy ghi rõ những thành tích tiêu biểu, xuất sắc đã đạt được.",
    );
  });

  it("leaves an empty one to missing-required", () => {
    const result = check(
      [makeList("TT", GROUP_COLUMNS, [group("Tổ Toán", { thanhTich: "" })])],
      "an-giang-2025",
    );
    expect(where(result)).toEqual([["missing-required", "error", "TT", "G6", 6, "thanhTich"]]);
  });
});
