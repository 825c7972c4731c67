/** Seed 004: Sở Thông tin và Truyền thông, đề án tuyên truyền gương điển hình tiên tiến 2022–2025. */
import type { PlanInput } from "../schema";
import { BANG_KHEN_TINH } from "./common";

export const SO_TTTT_2022_2025: PlanInput = {
  id: "so-tttt-2022-2025",
  title: "Kế hoạch triển khai thực hiện Đề án “Tuyên truyền gương điển hình tiên tiến giai đoạn 2022 - 2025”",
  source: "Sở Thông tin và Truyền thông, kế hoạch nội bộ (seed 004)",
  // 004 §III: "Từ năm 2023 - 2025: Tổ chức triển khai thực hiện …; Năm 2025: … tổng kết".
  period: { from: "2023-01-01", to: "2025-12-31", label: "Giai đoạn 2022 – 2025 (thực hiện 2023 – 2025)" },
  listType: "nomination",
  // 004 §I.1: "mỗi tập thể, cá nhân" of the Sở's rooms and units.
  subjectKinds: ["tap-the", "ca-nhan"],
  // 004 §II.3 asks the rooms to "giới thiệu, bình xét" exemplars: who, and their record.
  required: { "tap-the": ["ten", "thanhTich"], "ca-nhan": ["ten", "thanhTich"], "ho-gia-dinh": [] },
  // 004 §II.3: all exemplars are "trên lĩnh vực thông tin và truyền thông", in any walk of work:
  // no field list to check against.
  fields: [],
  criteria: [],
  quotas: [],
  awardForms: [
    // 004 §II.3: "Đối với các điển hình tiên tiến cấp tỉnh: Bên cạnh việc được cấp Giấy công nhận
    // còn được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh."
    {
      id: "giay-cong-nhan",
      name: "Giấy công nhận điển hình tiên tiến",
      synonyms: ["Giấy công nhận", "GCN", "Giấy chứng nhận điển hình tiên tiến"],
      level: "co-so",
      requiresLaunched: false,
    },
    // 004 §II.3: "cấp sở: Lãnh đạo Sở … xem xét quyết định hình thức khen thưởng theo thẩm quyền".
    {
      id: "giay-khen-giam-doc-so",
      name: "Giấy khen của Giám đốc Sở",
      synonyms: ["Giấy khen Giám đốc Sở", "Giấy khen của Sở", "Giấy khen Sở", "Giấy khen", "GK"],
      level: "co-so",
      requiresLaunched: false,
    },
    BANG_KHEN_TINH,
  ],
  // 004 §II.3: two levels of exemplar, "Đối với các điển hình tiên tiến cấp sở" and "… cấp tỉnh".
  // A record's level is its own particular, read from a "Cấp điển hình" column or the note, never
  // from the form proposed (the form is what the level is checked against).
  exemplarLevels: [
    {
      id: "cap-so",
      name: "Điển hình tiên tiến cấp sở",
      synonyms: ["cấp sở", "ĐHTT cấp sở"],
      awardForms: ["giay-cong-nhan", "giay-khen-giam-doc-so"],
    },
    {
      id: "cap-tinh",
      name: "Điển hình tiên tiến cấp tỉnh",
      synonyms: ["cấp tỉnh", "ĐHTT cấp tỉnh"],
      awardForms: ["giay-cong-nhan", "giay-khen-giam-doc-so", "bang-khen-chu-tich-ubnd-tinh"],
    },
  ],
  // 004 §III: "Từ năm 2023 - 2025: … sơ kết hằng năm vào cuối năm. Năm 2025: Tổ chức đánh giá
  // tổng kết thực hiện kế hoạch." "Cuối năm" names no day: the clerk sets it.
  deadlines: [
    { id: "so-ket-nam", label: "Sơ kết hằng năm", kind: "bao-cao", covers: "nam" },
    { id: "tong-ket", label: "Tổng kết thực hiện kế hoạch (năm 2025)", kind: "bao-cao", covers: "giai-doan" },
  ],
  checks: { minAchievementChars: 30, minAge: 16 },
};
