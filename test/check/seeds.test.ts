/** One realistic file per seed plan, checked end to end by runChecks. */
import { GROUP_COLUMNS, makeList, PERSON_COLUMNS, group, person } from "./lists";
import { check } from "./run";

/** [code, severity, sheet, cell] of every finding, list findings first. */
function summary(result: ReturnType<typeof check>) {
  return [...result.listFindings.flat(), ...result.fileFindings].map((f) => [
    f.code,
    f.severity,
    f.sheet,
    f.cell,
  ]);
}

describe("seed plans end to end", () => {
  it("000 An Giang 2025: a xã's list with one good person, one incomplete household, one bad date", () => {
    const household = {
      ...person("Hộ ông Nguyễn Văn Ba", { donVi: "", noiThuongTru: "", chucVu: "Nông dân" }),
      kind: "ho-gia-dinh" as const,
    };
    const lists = [
      makeList("Danh sách", PERSON_COLUMNS, [
        person("Phạm Thị Hoa", { linhVuc: "Nông nghiệp", hinhThuc: "Giấy khen" }),
        household,
        person("Lý Văn Tài", { ngaySinh: "31/06/1985" }),
      ]),
    ];
    const result = check(lists, "an-giang-2025", { unitKind: "xa", reportDate: "2025-11-10" });
    expect(summary(result)).toEqual([
      ["missing-required", "error", "Danh sách", "F7"],
      ["invalid-date", "error", "Danh sách", "C8"],
    ]);
    expect(result.quota.map((q) => [q.kind, q.actual, q.met])).toEqual([
      ["tap-the+ca-nhan+ho-gia-dinh", 3, true],
    ]);
  });

  it("001 Bình Định: a doanh nghiệp proposing four people, one with a one-line trích ngang", () => {
    const lists = [
      makeList(
        "CN",
        ["stt", "ten", "chucVu", "thanhTich"],
        [
          person("Trần Văn Một"),
          person("Trần Văn Hai"),
          person("Trần Văn Ba", { thanhTich: "Làm việc tốt" }),
          person("Trần Văn Bốn"),
        ],
      ),
    ];
    const result = check(lists, "binh-dinh-2022-2025", {
      unitKind: "doanh-nghiep",
      reportDate: "2024-11-01",
    });
    expect(summary(result)).toEqual([
      ["short-achievement", "warning", "CN", "D8"],
      ["quota-above-max", "warning", null, null],
    ]);
  });

  it("002 An Giang 2021: a media log plan runs no nomination rule", () => {
    const lists = [
      makeList("DS", PERSON_COLUMNS, [
        person("A", { ngaySinh: "31/02/1980" }),
        person("A", { ngaySinh: "31/02/1980" }),
      ]),
    ];
    const result = check(lists, "an-giang-2021", { unitKind: "xa", reportDate: "2021-12-31" });
    expect(result).toEqual({ listFindings: [[]], fileFindings: [], quota: [] });
  });

  it("003 đợt đặc biệt: a unit that did not launch, reporting late, proposing a Bằng khen", () => {
    const lists = [
      makeList("Tập thể", GROUP_COLUMNS, [group("Phòng Kinh tế", { hinhThuc: "Bằng khen UBND tỉnh" })]),
      makeList("Cá nhân", PERSON_COLUMNS, [
        person("Đinh Văn Năm", { hinhThuc: "Giấy khen Chủ tịch UBND xã" }),
        person("Đinh Thị Sáu", { hinhThuc: "Kỷ niệm chương" }),
      ]),
    ];
    const result = check(lists, "an-giang-dot-dac-biet-2025", { launched: false, reportDate: "2025-08-01" });
    expect(summary(result)).toEqual([
      ["award-not-allowed", "error", "Tập thể", "I6"],
      ["unknown-award-form", "warning", "Cá nhân", "K7"],
      ["late-submission", "warning", null, null],
    ]);
  });

  it("004 Sở TT&TT: a room's list of exemplars of both levels", () => {
    const lists = [
      makeList(
        "Phòng TTBCXB",
        ["stt", "ten", "chucVu", "thanhTich", "hinhThuc", "ghiChu"],
        [
          person("Hồ Văn Bảy", {
            hinhThuc: "Giấy công nhận; đề nghị Bằng khen Chủ tịch UBND tỉnh",
            ghiChu: "ĐHTT cấp tỉnh",
          }),
          person("Hồ Thị Tám", { hinhThuc: "Bằng khen Chủ tịch UBND tỉnh", ghiChu: "ĐHTT cấp sở" }),
          person("Hồ Văn Chín", { hinhThuc: "Giấy khen Giám đốc Sở", ghiChu: "ĐHTT cấp sở" }),
        ],
      ),
    ];
    const result = check(lists, "so-tttt-2022-2025", { unitKind: "phong-don-vi", reportDate: "2024-12-20" });
    expect(summary(result)).toEqual([["award-not-allowed", "error", "Phòng TTBCXB", "E7"]]);
    expect(result.quota).toEqual([]);
  });
});
