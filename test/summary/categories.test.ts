import { getBuiltinPlan } from "../../src/core/plan";
import { awardColumns, categoryCounts, isEnterprise, personLevel, table0603 } from "../../src/core/summary";
import { rec } from "./reports";

describe("0603.N derivation", () => {
  it.each([
    ["Công ty TNHH Thực phẩm Sao Mai", true],
    ["CÔNG TY CỔ PHẦN XÂY LẮP AN GIANG", true],
    ["Tổng Công ty Điện lực miền Nam", true],
    ["Chi nhánh Công ty Xăng dầu An Giang", true],
    ["Doanh nghiệp tư nhân Thành Đạt", true],
    ["DNTN Thành Đạt", true],
    ["Tập đoàn Lộc Trời", true],
    ["Cty TNHH Minh Phát", true],
    ["Công tyTNHH", false],
    ["Hợp tác xã Nông nghiệp Mỹ Hòa", false],
    ["Công đoàn cơ sở Trường THCS Mỹ Hòa", false],
    ["Phòng Kinh tế, Công ty hóa", false],
    ["", false],
  ])("tập thể «%s» is a doanh nghiệp: %s", (name, expected) => {
    expect(isEnterprise(name)).toBe(expected);
  });

  it.each([
    ["Bí thư Tỉnh ủy", "", "06"],
    ["Phó Chủ tịch UBND tỉnh", "", "06"],
    ["Chủ tịch", "Ủy ban nhân dân tỉnh An Giang", "06"],
    ["Thứ trưởng Bộ Nội vụ", "", "06"],
    ["Thủ trưởng đơn vị", "Trung tâm Y tế", "09"],
    ["Giám đốc", "Sở Y tế", "07"],
    ["Phó Giám đốc Sở Nội vụ", "", "07"],
    ["Phó Chủ tịch UBND huyện", "UBND huyện Chợ Mới", "07"],
    ["Trưởng Ban Tuyên giáo Tỉnh ủy", "", "07"],
    ["Giám đốc", "Công ty CP Du lịch An Giang", "08"],
    ["Chủ tịch HĐQT", "Công ty CP Xuất nhập khẩu Thủy sản", "08"],
    ["Doanh nhân", "", "08"],
    ["Giám đốc", "Hợp tác xã Mỹ Hòa", "09"],
    ["Chủ tịch UBND xã", "UBND xã Mỹ Hòa Hưng", "09"],
    ["Phó phòng", "Phòng Văn hóa - Xã hội", "09"],
    ["Phó Trưởng phòng Tổ chức", "Sở Thông tin và Truyền thông", "09"],
    ["Hiệu trưởng", "Trường Tiểu học A", "09"],
    ["Trưởng Công an xã", "", "09"],
    ["Công nhân", "Công ty TNHH Thực phẩm Sao Mai", "10"],
    ["Nông dân", "", "10"],
    ["Giáo viên", "Trường THCS Mỹ Hòa Hưng", "10"],
    ["Giáo viên chủ nhiệm lớp 9A", "Trường THCS Mỹ Hòa Hưng", "10"],
    ["Tổ trưởng tổ sản xuất", "Công ty TNHH Thực phẩm Sao Mai", "10"],
    ["Trưởng ấp", "Ấp Long Hòa", "10"],
    ["Bí thư Chi đoàn", "Ấp Long Hòa", "10"],
    ["Chuyên viên", "Sở Nội vụ", "10"],
    ["", "", "10"],
    // Folded, these would read as viện trưởng, thứ trưởng, giám đốc sở: the diacritics decide.
    ["Giáo viên, Trường THCS Mỹ Hòa Hưng", "Giáo viên, Trường THCS Mỹ Hòa Hưng", "10"],
    ["Thủ trưởng", "Ban Chỉ huy Quân sự xã", "09"],
    ["Giám đốc", "Xí nghiệp số 5", "09"],
    ["Trạm trưởng Trạm Khuyến nông Tri Tôn", "", "09"],
    ["Phó Bí thư Tỉnh uỷ", "", "06"],
    ["PHÓ GIÁM ĐỐC SỞ TƯ PHÁP", "", "07"],
  ])("cá nhân «%s», «%s» → %s", (chucVu, donVi, expected) => {
    expect(personLevel(rec("ca-nhan", { ten: "X", chucVu, donVi }))).toBe(expected);
  });

  it("puts each cá nhân in exactly one of 06–10 and counts women among cá nhân only", () => {
    const c = categoryCounts([
      rec("ca-nhan", { chucVu: "Giám đốc", donVi: "Sở Y tế", gioiTinh: "nu" }),
      rec("ca-nhan", { chucVu: "Nông dân", gioiTinh: "nu" }),
      rec("ca-nhan", { chucVu: "Trưởng phòng", gioiTinh: "nam" }),
      rec("ho-gia-dinh", { ten: "Hộ bà Lê Thị Hoa", gioiTinh: "nu" }),
      rec("tap-the", { ten: "DNTN Thành Đạt" }),
      rec(null, { chucVu: "Công nhân", gioiTinh: "nu" }),
    ]);
    expect(c).toEqual({
      "01": 5,
      "02": 1,
      "03": 1,
      "04": 1,
      "05": 3,
      "06": 0,
      "07": 1,
      "08": 0,
      "09": 1,
      "10": 1,
      nu: 2,
      // No "Phương thức" column: every counted record is the plan's default, thường xuyên.
      "11": 5,
      "12": 0,
      "13": 0,
      "14": 0,
      "15": 0,
      "16": 0,
      "17": 0,
    });
  });

  it("counts rows 11–17 from the record's phương thức, else the plan's default", () => {
    const records = [
      rec("ca-nhan", { phuongThuc: "Đột xuất" }),
      rec("ca-nhan", { phuongThuc: "Khen thưởng theo chuyên đề" }),
      rec("tap-the", { phuongThuc: "TX" }),
      rec("ca-nhan", { phuongThuc: "Khen thưởng quá trình cống hiến" }),
      rec("ca-nhan", {}),
      rec("ca-nhan", { phuongThuc: "không rõ" }),
    ];
    const c = categoryCounts(records, "chuyen-de");
    expect([c["11"], c["12"], c["13"], c["14"], c["15"], c["16"], c["17"]]).toEqual([1, 2, 1, 0, 1, 0, 0]);
    expect(c["01"]).toBe(6);
  });
});

describe("table 0603.N by award form", () => {
  const col = (t: ReturnType<typeof table0603>, row: string, id: string) =>
    t.rows.find((r) => r.code === row)!.byColumn[t.columns.findIndex((c) => c.id === id)];

  it("has the table's columns, Giấy khen, the plan's other forms and the rest", () => {
    expect(awardColumns(getBuiltinPlan("so-tttt-2022-2025")!).map((c) => c.label)).toEqual([
      "Bằng khen",
      "Chiến sĩ thi đua cấp bộ, cấp tỉnh",
      "Cờ thi đua",
      "Huy hiệu (kỷ niệm chương)",
      "Giấy khen",
      "Giấy công nhận điển hình tiên tiến",
      "Khác / chưa ghi hình thức",
    ]);
  });

  it("counts each record under every form it proposes, once in Tổng số", () => {
    const plan = getBuiltinPlan("so-tttt-2022-2025")!;
    const t = table0603(
      [
        rec("ca-nhan", { hinhThuc: "Giấy công nhận và Bằng khen Chủ tịch UBND tỉnh", gioiTinh: "nu" }),
        rec("ca-nhan", { hinhThuc: "Giấy khen của Giám đốc Sở" }),
        rec("ca-nhan", { hinhThuc: "Chiến sĩ thi đua cấp tỉnh" }),
        rec("tap-the", { ten: "Công ty CP Viễn thông", hinhThuc: "Cờ thi đua của UBND tỉnh" }),
        rec("ca-nhan", { hinhThuc: "Kỷ niệm chương vì sự nghiệp thông tin" }),
        rec("ho-gia-dinh", {}),
      ],
      plan,
    );
    const total = t.rows.find((r) => r.code === "01")!;
    expect(total.total).toBe(6);
    expect([
      col(t, "01", "bang-khen"),
      col(t, "01", "chien-si-thi-dua"),
      col(t, "01", "co-thi-dua"),
      col(t, "01", "huy-hieu"),
      col(t, "01", "giay-khen"),
      col(t, "01", "giay-cong-nhan"),
      col(t, "01", "khac"),
    ]).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect([col(t, "03", "co-thi-dua"), col(t, "04", "khac"), col(t, "nu", "bang-khen")]).toEqual([1, 1, 1]);
    expect(col(t, "11", "giay-khen")).toBe(1); // 004's default phương thức: thường xuyên
  });
});
