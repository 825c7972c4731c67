/** Seed 003: An Giang, đợt thi đua đặc biệt chào mừng Đại hội Đảng bộ các cấp (2025). */
import type { PlanInput } from "../schema";
import { BANG_KHEN_TINH, HIGHER_AWARDS } from "./common";

export const AN_GIANG_DOT_DAC_BIET_2025: PlanInput = {
  id: "an-giang-dot-dac-biet-2025",
  title:
    "Kế hoạch phát động đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ các cấp nhiệm kỳ 2025-2030, Đại hội Thi đua yêu nước tỉnh An Giang lần thứ VII và Đại hội Thi đua yêu nước toàn quốc lần thứ XI",
  source: "Chủ tịch UBND tỉnh An Giang, kế hoạch năm 2025 (seed 003)",
  // 003 §IV.2: "từ ngày ban hành Kế hoạch này đến hết tháng 6 năm 2025". The issue date is not in
  // the seed: 01/01/2025 is an ASSUMPTION (unit plans are due 25/02/2025, so it is earlier).
  period: { from: "2025-01-01", to: "2025-06-30", label: "Đợt thi đua đặc biệt đến hết tháng 6/2025" },
  listType: "nomination",
  // 003 §IV.1: tập thể; cá nhân including "hộ gia đình và nhân dân".
  subjectKinds: ["tap-the", "ca-nhan", "ho-gia-dinh"],
  // 003 §IV.3 leaves numbers and criteria to a later guide; §IV.4 awards "những tập thể, cá nhân có
  // thành tích tiêu biểu xuất sắc": a proposal names who, for what, and which form.
  required: {
    "tap-the": ["ten", "thanhTich", "hinhThuc"],
    "ca-nhan": ["ten", "thanhTich", "hinhThuc"],
    "ho-gia-dinh": ["ten", "thanhTich", "hinhThuc"],
  },
  fields: [],
  criteria: [
    "Thành tích tiêu biểu xuất sắc, thực hiện vượt kế hoạch được giao, là gương điển hình tiên tiến, được các tập thể, cá nhân khác học tập, noi theo",
  ],
  // 003 §IV.3: "Số lượng và tiêu chuẩn khen thưởng: (sẽ có văn bản hướng dẫn cụ thể sau)".
  quotas: [],
  awardForms: [
    // 003 §IV.4 "Lưu ý: Những cơ quan, đơn vị, địa phương không tổ chức phát động … thì không đề
    // nghị khen thưởng cấp tỉnh." Awards above the province (§VI.1 "đề nghị cấp trên khen thưởng")
    // are proposed through the province, so the same units may not propose them either.
    { ...BANG_KHEN_TINH, requiresLaunched: true },
    // 003 §IV.4: "Giấy khen Thủ trưởng đơn vị" (each unit's own head awards it).
    {
      id: "giay-khen",
      name: "Giấy khen",
      synonyms: [
        "Giấy khen Thủ trưởng đơn vị",
        "Giấy khen của Thủ trưởng đơn vị",
        "Giấy khen Giám đốc Sở",
        "Giấy khen của Giám đốc Sở",
        "Giấy khen Chủ tịch UBND huyện",
        "Giấy khen Chủ tịch UBND xã",
        "GK",
      ],
      level: "co-so",
      requiresLaunched: false,
    },
    ...HIGHER_AWARDS.map((f) => ({ ...f, requiresLaunched: true })),
  ],
  // 003 §VI.1: plans "trước ngày 25 tháng 02 năm 2025"; summary report "trước ngày 31 tháng 7 năm
  // 2025". "Trước ngày" is strict: sent on the 25th or the 31st is late.
  deadlines: [
    {
      id: "ke-hoach-don-vi",
      label: "Kế hoạch phát động của đơn vị",
      kind: "ke-hoach",
      date: "2025-02-25",
      before: true,
    },
    {
      id: "bao-cao-tong-ket",
      label: "Báo cáo tổng kết đợt thi đua",
      kind: "bao-cao",
      date: "2025-07-31",
      before: true,
      covers: "dot",
    },
  ],
  checks: { minAchievementChars: 30, minAge: 16 },
  // One campaign ("đợt thi đua đặc biệt"): its awards are "khen thưởng chuyên đề" in table 0603.N.
  campaign: true,
  defaultMethod: "chuyen-de",
};
