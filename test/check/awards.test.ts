import { makeList, PERSON_COLUMNS, person } from "./lists";
import { check, found, where } from "./run";

function proposals(...forms: [string, string?][]) {
  return [
    makeList(
      "DS",
      PERSON_COLUMNS,
      forms.map(([hinhThuc, ghiChu], i) => person(`Người ${i + 1}`, { hinhThuc, ghiChu })),
    ),
  ];
}

describe("unknown-award-form", () => {
  it("recognises the ways clerks write the plan's forms", () => {
    const result = check(
      proposals(
        ["Bằng khen của Chủ tịch UBND tỉnh"],
        ["BK UBND tỉnh"],
        ["Bằng khen UBND tỉnh"],
        ["Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh An Giang"],
        ["bằng khen chủ tịch ubnd tỉnh"],
        ["GK"],
        ["Giấy khen Giám đốc Sở"],
        ["Giấy khen"],
      ),
      "an-giang-dot-dac-biet-2025",
    );
    expect(result.listFindings).toEqual([[]]);
  });

  it("warns about a form the plan does not have, listing the plan's forms", () => {
    const result = check(proposals(["Kỷ niệm chương vì sự nghiệp"], ["Tuyên dương"]), "so-tttt-2022-2025");
    expect(where(result)).toEqual([
      ["unknown-award-form", "warning", "DS", "K6", 6, "hinhThuc"],
      ["unknown-award-form", "warning", "DS", "K7", 7, "hinhThuc"],
    ]);
    expect(found(result, "unknown-award-form")[0].message).toBe(
      "Hình thức khen thưởng «Kỷ niệm chương vì sự nghiệp» của cá nhân «Người 1» không khớp với hình thức nào " +
        "của kế hoạch (Giấy công nhận điển hình tiên tiến; Giấy khen của Giám đốc Sở; Bằng khen của Chủ tịch UBND tỉnh). " +
        "Hãy ghi đúng tên một trong các hình thức đó.",
    );
  });

  it("says nothing when the plan names no award form", () => {
    const result = check(proposals(["Huân chương Lao động hạng Ba"]), "an-giang-2025");
    expect(found(result, "unknown-award-form")).toEqual([]);
  });
});

describe("award-not-allowed: plan 003, a unit that did not launch the campaign", () => {
  it("may not propose the province's Bằng khen, however it is written", () => {
    const result = check(
      proposals(["BK UBND tỉnh"], ["Giấy khen"], ["Bằng khen của Chủ tịch UBND tỉnh"]),
      "an-giang-dot-dac-biet-2025",
      {
        launched: false,
      },
    );
    expect(where(result)).toEqual([
      ["award-not-allowed", "error", "DS", "K6", 6, "hinhThuc"],
      ["award-not-allowed", "error", "DS", "K8", 8, "hinhThuc"],
    ]);
    expect(found(result, "award-not-allowed")[0].message).toBe(
      "Đơn vị chưa tổ chức phát động đợt thi đua nên không được đề nghị «Bằng khen của Chủ tịch UBND tỉnh» cho " +
        "cá nhân «Người 1» (kế hoạch: đơn vị không phát động thì không đề nghị khen thưởng cấp tỉnh, " +
        "nên cũng không đề nghị lên cấp trên). " +
        "Hãy đề nghị Giấy khen theo thẩm quyền, hoặc bỏ đề nghị này.",
    );
  });

  it("may not propose awards above the province either (they go through the province)", () => {
    const higher = [
      "Bằng khen của Thủ tướng Chính phủ",
      "Huân chương Lao động hạng Ba",
      "Chiến sĩ thi đua toàn quốc",
      "Cờ thi đua của Chính phủ",
      "Chiến sĩ thi đua cấp tỉnh",
    ];
    const result = check(
      proposals(...higher.map((f): [string] => [f]), ["Giấy khen"]),
      "an-giang-dot-dac-biet-2025",
      { launched: false },
    );
    expect(where(result)).toEqual(
      higher.map((_, i) => ["award-not-allowed", "error", "DS", `K${6 + i}`, 6 + i, "hinhThuc"]),
    );
    const launched = check(proposals(...higher.map((f): [string] => [f])), "an-giang-dot-dac-biet-2025", {
      launched: true,
    });
    expect(launched.listFindings).toEqual([[]]);
  });

  it("is not flagged when the unit launched it, or when nobody said", () => {
    for (const launched of [true, undefined]) {
      const result = check(proposals(["BK UBND tỉnh"]), "an-giang-dot-dac-biet-2025", { launched });
      expect(result.listFindings).toEqual([[]]);
    }
  });
});

describe("award-not-allowed: plan 004, exemplar levels", () => {
  it("refuses Bằng khen Chủ tịch UBND tỉnh to a cấp sở exemplar (level in the note)", () => {
    const result = check(
      proposals(["Bằng khen của Chủ tịch UBND tỉnh", "ĐHTT cấp Sở năm 2024"]),
      "so-tttt-2022-2025",
    );
    expect(where(result)).toEqual([["award-not-allowed", "error", "DS", "K6", 6, "hinhThuc"]]);
    expect(found(result, "award-not-allowed")[0].message).toBe(
      "Cá nhân «Người 1» là điển hình tiên tiến cấp sở nên không được đề nghị «Bằng khen của Chủ tịch UBND tỉnh» " +
        "(chỉ dành cho điển hình tiên tiến cấp tỉnh). Hãy đề nghị Giấy công nhận điển hình tiên tiến; " +
        "Giấy khen của Giám đốc Sở, hoặc sửa ghi chú nếu đây là điển hình tiên tiến cấp tỉnh.",
    );
  });

  it("never reads the level from the proposed form: a Bằng khen with no cấp tỉnh written is a warning", () => {
    const result = check(
      proposals(["Giấy công nhận ĐHTT cấp sở; đề nghị BK UBND tỉnh"], ["Bằng khen cấp tỉnh"]),
      "so-tttt-2022-2025",
    );
    expect(where(result)).toEqual([
      ["award-not-allowed", "warning", "DS", "K6", 6, "hinhThuc"],
      ["award-not-allowed", "warning", "DS", "K7", 7, "hinhThuc"],
    ]);
    expect(found(result, "award-not-allowed")[1].message).toBe(
      "Cá nhân «Người 2» được đề nghị «Bằng khen của Chủ tịch UBND tỉnh», hình thức chỉ dành cho điển hình " +
        "tiên tiến cấp tỉnh, nhưng chưa ghi cấp điển hình. Hãy ghi «Điển hình tiên tiến cấp tỉnh» ở cột Cấp " +
        "điển hình hoặc Ghi chú nếu đúng, hoặc đổi hình thức đề nghị.",
    );
  });

  it("reads the level from its own column before the note", () => {
    const columns = [...PERSON_COLUMNS, "capDienHinh" as const]; // capDienHinh in M
    const rows = [
      person("Cấp sở", { hinhThuc: "Bằng khen Chủ tịch UBND tỉnh", capDienHinh: "Cấp sở" }),
      person("Cấp tỉnh", {
        hinhThuc: "Bằng khen Chủ tịch UBND tỉnh",
        capDienHinh: "ĐHTT cấp tỉnh",
        ghiChu: "cấp sở",
      }),
    ];
    const result = check([makeList("DS", columns, rows)], "so-tttt-2022-2025");
    expect(where(result)).toEqual([["award-not-allowed", "error", "DS", "K6", 6, "hinhThuc"]]);
  });

  it("allows a cấp tỉnh exemplar a Giấy công nhận and the Bằng khen, and a cấp sở one a Giấy khen", () => {
    const result = check(
      proposals(
        ["Giấy công nhận và Bằng khen Chủ tịch UBND tỉnh", "Điển hình tiên tiến cấp tỉnh"],
        ["Giấy khen Giám đốc Sở", "cấp sở"],
        ["Giấy công nhận"], // no level written: a form every level may have
      ),
      "so-tttt-2022-2025",
    );
    expect(result.listFindings).toEqual([[]]);
  });

  it("takes the note's level over the form's wording", () => {
    const result = check(proposals(["Bằng khen cấp tỉnh", "Điển hình cấp sở"]), "so-tttt-2022-2025");
    expect(found(result, "award-not-allowed").map((f) => f.row)).toEqual([6]);
  });
});
