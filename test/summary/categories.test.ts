import { categoryCounts, isEnterprise, personLevel } from "../../src/core/summary";
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
    });
  });
});
