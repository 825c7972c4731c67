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

/** The particulars 000 §VI.7 asks of a person or household (also the base of other plans). */
export const PERSON_PARTICULARS: readonly RequiredItem[] = [
  "ten",
  "ngaySinh",
  "queQuan",
  "chucVu",
  { oneOf: ["donVi", "noiThuongTru"] },
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
