/** Parts the seed plans share, written once. */
import type { AwardForm, RequiredItem } from "../schema";

/**
 * The 14 fields (lĩnh vực): 000 §III.2 and 001 §III.2.1.c list the same ones
 * ("Trong lĩnh vực xây dựng Đảng, chính quyền, đoàn thể…" … "Trong đời sống xã hội").
 */
export const FOURTEEN_FIELDS: readonly string[] = [
  "Xây dựng Đảng, chính quyền, đoàn thể",
  "Quốc phòng, an ninh",
  "Công thương, xây dựng, giao thông vận tải",
  "Nông nghiệp",
  "Tài chính, ngân hàng",
  "Y tế",
  "Giáo dục và đào tạo",
  "Khoa học và công nghệ",
  "Văn hóa, nghệ thuật, thể dục thể thao",
  "Đối ngoại",
  "Thông tin và truyền thông",
  "Cải cách hành chính",
  "An sinh xã hội",
  "Đời sống xã hội",
];

/** The four general criteria: 000 §III.1 and 001 §III.2.1.b ("Tiêu chuẩn chung"). */
export const GENERAL_CRITERIA: readonly string[] = [
  "Gương mẫu, chấp hành tốt đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
  "Hoàn thành xuất sắc các nhiệm vụ được giao",
  "Có mô hình mới, cách làm hay, nhiều sáng kiến, giải pháp sáng tạo, mang lại hiệu quả thiết thực và là nhân tố nổi trội, tiêu biểu, dẫn đầu trong các phong trào thi đua",
  "Có tinh thần tương thân tương ái, giúp đỡ mọi người cùng tiến bộ; tích cực tham gia các hoạt động nhân đạo, từ thiện, các hoạt động xã hội khác",
];

/**
 * The particulars 000 §VI.7 asks of a person or household: "họ và tên, ngày tháng năm sinh, quê
 * quán, chức vụ, đơn vị công tác hoặc hộ khẩu thường trú; thành tích … và quá trình khen thưởng".
 * "Hoặc" joins the workplace pair and the registered address: a farmer or a household with a hộ
 * khẩu and no chức vụ is complete.
 */
export const PERSON_PARTICULARS: readonly RequiredItem[] = [
  "ten",
  "ngaySinh",
  "queQuan",
  { oneOf: [["chucVu", "donVi"], "noiThuongTru"] },
  "thanhTich",
  "quaTrinhKhenThuong",
];

/** Bằng khen của Chủ tịch UBND tỉnh (003 §IV.4, 004 §II.3), as clerks write it. */
export const BANG_KHEN_TINH: AwardForm = {
  id: "bang-khen-chu-tich-ubnd-tinh",
  name: "Bằng khen của Chủ tịch UBND tỉnh",
  synonyms: [
    "Bằng khen Chủ tịch UBND tỉnh",
    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    "Bằng khen Chủ tịch Ủy ban nhân dân tỉnh",
    "Bằng khen UBND tỉnh",
    "Bằng khen của UBND tỉnh",
    "Bằng khen Ủy ban nhân dân tỉnh",
    "Bằng khen CT UBND tỉnh",
    "Bằng khen tỉnh",
    "Bằng khen cấp tỉnh",
    "BK UBND tỉnh",
    "BK CT UBND tỉnh",
    "BK Chủ tịch UBND tỉnh",
    "BKUBND tỉnh",
    "BK tỉnh",
  ],
  level: "tinh",
  requiresLaunched: false,
};

/**
 * Awards above a unit's own authority that a list may propose "lên cấp trên" (Luật Thi đua, khen
 * thưởng 06/2022/QH15, Điều 9 and 10): province-level titles besides the Bằng khen, and the
 * national ones. Clerks' spellings included.
 */
export const HIGHER_AWARDS: readonly AwardForm[] = [
  {
    id: "chien-si-thi-dua-cap-tinh",
    name: "Chiến sĩ thi đua cấp tỉnh",
    synonyms: ["CSTĐ cấp tỉnh", "Chiến sĩ thi đua tỉnh"],
    level: "tinh",
    requiresLaunched: false,
  },
  {
    id: "co-thi-dua-ubnd-tinh",
    name: "Cờ thi đua của Ủy ban nhân dân tỉnh",
    synonyms: ["Cờ thi đua UBND tỉnh", "Cờ thi đua tỉnh", "Cờ thi đua cấp tỉnh"],
    level: "tinh",
    requiresLaunched: false,
  },
  {
    id: "bang-khen-thu-tuong",
    name: "Bằng khen của Thủ tướng Chính phủ",
    synonyms: ["Bằng khen Thủ tướng Chính phủ", "Bằng khen Thủ tướng", "BK TTCP", "BKTTCP", "BK Thủ tướng"],
    level: "trung-uong",
    requiresLaunched: false,
  },
  {
    id: "co-thi-dua-chinh-phu",
    name: "Cờ thi đua của Chính phủ",
    synonyms: ["Cờ thi đua Chính phủ"],
    level: "trung-uong",
    requiresLaunched: false,
  },
  {
    id: "chien-si-thi-dua-toan-quoc",
    name: "Chiến sĩ thi đua toàn quốc",
    synonyms: ["CSTĐ toàn quốc"],
    level: "trung-uong",
    requiresLaunched: false,
  },
  {
    id: "huan-chuong",
    name: "Huân chương",
    synonyms: ["Huân chương Lao động", "Huân chương Bảo vệ Tổ quốc", "Huân chương Chiến công"],
    level: "trung-uong",
    requiresLaunched: false,
  },
  {
    id: "bang-khen-bo-nganh",
    name: "Bằng khen của Bộ, ban, ngành Trung ương",
    synonyms: ["Bằng khen Bộ", "Bằng khen cấp Bộ", "Bằng khen của Bộ"],
    level: "trung-uong",
    requiresLaunched: false,
  },
];
