import { GROUP_COLUMNS, HEADER_ROW, makeList, PERSON_COLUMNS, group, person } from "./lists";
import { check, found, where } from "./run";

describe("missing-required", () => {
  it("finds nothing when every particular is there", () => {
    const result = check(
      [
        makeList("Cá nhân", PERSON_COLUMNS, [person("Nguyễn Văn An")]),
        makeList("Tập thể", GROUP_COLUMNS, [group("Tổ Toán")]),
      ],
      "an-giang-2025",
    );
    expect(result.listFindings).toEqual([[], []]);
  });

  it("points at each empty required cell of a row", () => {
    const result = check(
      [makeList("Cá nhân", PERSON_COLUMNS, [person("Nguyễn Văn An", { queQuan: "", chucVu: undefined })])],
      "an-giang-2025",
    );
    expect(where(result)).toEqual([
      ["missing-required", "error", "Cá nhân", "G6", 6, "queQuan"],
      ["missing-required", "error", "Cá nhân", "E6", 6, "chucVu"],
    ]);
    expect(found(result, "missing-required")[0].message).toBe(
      "Chưa có «Quê quán» của cá nhân «Nguyễn Văn An» (bắt buộc theo kế hoạch). Hãy điền vào ô này.",
    );
  });

  it("names the row when the name itself is missing", () => {
    const result = check([makeList("DS", PERSON_COLUMNS, [person("", {})])], "an-giang-2025");
    expect(found(result, "missing-required").map((f) => [f.cell, f.message])).toEqual([
      ["B6", "Chưa có «Họ và tên» của cá nhân ở dòng 6 (bắt buộc theo kế hoạch). Hãy điền vào ô này."],
    ]);
  });

  it("honours a oneOf group: đơn vị công tác or hộ khẩu thường trú", () => {
    const columns = [...PERSON_COLUMNS, "noiThuongTru" as const]; // noiThuongTru in column M
    const rows = [
      person("Có đơn vị"),
      person("Có thường trú", { donVi: "", noiThuongTru: "Xã Mỹ Hòa" }),
      person("Không có cả hai", { donVi: "" }),
    ];
    const result = check([makeList("DS", columns, rows)], "an-giang-2025");
    expect(where(result)).toEqual([["missing-required", "error", "DS", "F8", 8, "donVi"]]);
    expect(found(result, "missing-required")[0].message).toBe(
      "Chưa có «Chức vụ» và «Đơn vị công tác», hoặc «Hộ khẩu thường trú» của cá nhân «Không có cả hai» " +
        "(bắt buộc theo kế hoạch). Hãy điền đủ một trong các mục đó.",
    );
  });

  // 000 §VI.7: "chức vụ, đơn vị công tác hoặc hộ khẩu thường trú".
  it("takes a hộ khẩu thường trú without chức vụ as complete: a farmer, a household", () => {
    const columns = [...PERSON_COLUMNS, "noiThuongTru" as const];
    const farmer = person("Lê Văn Nông", {
      chucVu: undefined,
      donVi: undefined,
      noiThuongTru: "Ấp Mỹ Thành, xã Mỹ Hòa Hưng",
    });
    const household = {
      ...person("Hộ ông Trần Văn Ba", { chucVu: undefined, donVi: undefined, noiThuongTru: "Ấp Bình An" }),
      kind: "ho-gia-dinh" as const,
    };
    const half = person("Có chức vụ, thiếu đơn vị", { donVi: undefined });
    const result = check([makeList("DS", columns, [farmer, household, half])], "an-giang-2025");
    expect(where(result)).toEqual([["missing-required", "error", "DS", "F8", 8, "donVi"]]);
  });

  it("points a oneOf group at the column the list has", () => {
    const columns = PERSON_COLUMNS.filter((f) => f !== "donVi").concat("noiThuongTru"); // noiThuongTru in L
    const result = check([makeList("DS", columns, [person("A", { donVi: undefined })])], "an-giang-2025");
    expect(where(result)).toEqual([["missing-required", "error", "DS", "L6", 6, "noiThuongTru"]]);
  });

  it("reports a column the list lacks once for the list, not once per row", () => {
    const columns = PERSON_COLUMNS.filter((f) => f !== "queQuan");
    const rows = [person("A"), person("B"), { ...person("C"), kind: "ho-gia-dinh" as const }];
    const result = check([makeList("Danh sách", columns, rows)], "an-giang-2025");
    expect(where(result)).toEqual([["missing-required", "error", "Danh sách", null, HEADER_ROW, "queQuan"]]);
    expect(found(result, "missing-required")[0].message).toBe(
      "Danh sách thiếu cột «Quê quán», bắt buộc với cá nhân, hộ gia đình theo kế hoạch. " +
        "Hãy thêm cột này vào dòng tiêu đề và điền cột đó cho từng dòng.",
    );
  });

  it("asks for a column only of the kinds the list holds", () => {
    // A list of persons needs no "Quá trình thành lập" column.
    const result = check([makeList("DS", PERSON_COLUMNS, [person("A")])], "an-giang-2025");
    expect(result.listFindings).toEqual([[]]);
    // A list of collectives does, and the label says "Tên tập thể" for its name.
    const noName = GROUP_COLUMNS.filter((f) => f !== "ten" && f !== "quaTrinhThanhLap");
    const groups = check([makeList("TT", noName, [group("Tổ Văn")])], "an-giang-2025");
    expect(found(groups, "missing-required").map((f) => [f.field, f.cell, f.message.split(",")[0]])).toEqual([
      ["ten", null, "Danh sách thiếu cột «Tên tập thể»"],
      ["quaTrinhThanhLap", null, "Danh sách thiếu cột «Quá trình thành lập»"],
    ]);
  });

  it("names both columns of a oneOf group the list lacks", () => {
    const columns = PERSON_COLUMNS.filter((f) => f !== "donVi");
    const result = check([makeList("DS", columns, [person("A")])], "an-giang-2025");
    expect(found(result, "missing-required").map((f) => f.message)).toEqual([
      "Danh sách thiếu cột «Đơn vị công tác» hoặc «Hộ khẩu thường trú», bắt buộc với cá nhân theo kế hoạch. " +
        "Hãy thêm cột này vào dòng tiêu đề và điền ít nhất một trong các cột đó cho từng dòng.",
    ]);
  });

  it("skips records of unknown kind (the reader already reported them)", () => {
    const result = check(
      [makeList("DS", ["stt", "ten"], [{ kind: null, fields: { ten: "Ai đó" } }])],
      "an-giang-2025",
    );
    expect(result.listFindings).toEqual([[]]);
  });

  it("uses each plan's own requirements: Bình Định asks only a name and a trích ngang", () => {
    const result = check(
      [makeList("DS", ["stt", "ten", "thanhTich"], [{ kind: "ca-nhan", fields: { ten: "Lê Văn Tư" } }])],
      "binh-dinh-2022-2025",
    );
    expect(where(result)).toEqual([["missing-required", "error", "DS", "C6", 6, "thanhTich"]]);
  });
});
