/** Seed 001: Bình Định, tuyên truyền gương điển hình tiên tiến giai đoạn 2022–2025. */
import type { PlanInput, Quota } from "../schema";
import { FOURTEEN_FIELDS, GENERAL_CRITERIA } from "./common";

// 001 §IV.1.đ: "(có trích ngang thành tích kèm theo)": every nomination carries its achievements.
const WITH_ACHIEVEMENT = ["ten", "thanhTich"] as const;

/** "Mỗi cơ quan, đơn vị là thành viên các khối thi đua … ít nhất 03 tập thể, 03 cá nhân". */
function khoiMember(unitKind: "thanh-vien-khoi" | "so-ban-nganh"): Quota[] {
  return (["tap-the", "ca-nhan"] as const).map((kind) => ({
    unitKind,
    kinds: [kind],
    min: 3,
    note: `mỗi thành viên khối thi đua giới thiệu ít nhất 03 ${kind === "tap-the" ? "tập thể" : "cá nhân"}`,
  }));
}

export const BINH_DINH_2022_2025: PlanInput = {
  id: "binh-dinh-2022-2025",
  title: "Kế hoạch tuyên truyền gương điển hình tiên tiến giai đoạn 2022 – 2025 trên địa bàn tỉnh Bình Định",
  source: "UBND tỉnh Bình Định, kế hoạch năm 2023 (seed 001)",
  // 001 §II.2: "Thời gian thực hiện: Từ năm 2022 đến năm 2025."
  period: { from: "2022-01-01", to: "2025-12-31", label: "Giai đoạn 2022 – 2025" },
  listType: "nomination",
  // 001 §III.2.1.a: "tập thể, cá nhân, hộ gia đình có thành tích tiêu biểu".
  subjectKinds: ["tap-the", "ca-nhan", "ho-gia-dinh"],
  required: {
    "tap-the": [...WITH_ACHIEVEMENT],
    "ca-nhan": [...WITH_ACHIEVEMENT],
    "ho-gia-dinh": [...WITH_ACHIEVEMENT],
  },
  // 001 §III.2.1.c: the same 14 fields as 000.
  fields: [...FOURTEEN_FIELDS],
  criteria: [...GENERAL_CRITERIA],
  // 001 §IV.1.đ "Cụ thể hàng năm": "Mỗi cơ quan, đơn vị là thành viên các khối thi đua … ít nhất
  // 03 tập thể, 03 cá nhân tiêu biểu; các huyện, thị xã, thành phố giới thiệu từ 05 tập thể đến 05
  // cá nhân tiêu biểu; mỗi doanh nghiệp giới thiệu từ 01 đến 03 cá nhân …; mỗi xã phường, thị trấn
  // giới thiệu từ 03 tập thể đến 03 cá nhân tiêu biểu". "Từ 05 tập thể đến 05 cá nhân" joins two
  // kinds, not the ends of a range (a range, as for doanh nghiệp, has one kind on both ends): read
  // as 5 tập thể and 5 cá nhân, each a minimum like the khối members' "ít nhất".
  // The khối members are "các sở, ban, ngành, lực lượng vũ trang tỉnh, các cơ quan thuộc Tỉnh ủy,
  // Ủy ban MTTQ Việt Nam tỉnh, các hội, đoàn thể" (§I.2 lists them as the units of the plan): a
  // sở/ban/ngành is held to the khối members' quota. Hộ gia đình are exemplars too (§III.2.1.a)
  // but the quotas name only tập thể and cá nhân: a household is counted, and fills neither.
  quotas: [
    ...khoiMember("thanh-vien-khoi"),
    ...khoiMember("so-ban-nganh"),
    {
      unitKind: "huyen",
      kinds: ["tap-the"],
      min: 5,
      note: "mỗi huyện, thị xã, thành phố giới thiệu 05 tập thể",
    },
    {
      unitKind: "huyen",
      kinds: ["ca-nhan"],
      min: 5,
      note: "mỗi huyện, thị xã, thành phố giới thiệu 05 cá nhân",
    },
    {
      unitKind: "doanh-nghiep",
      kinds: ["ca-nhan"],
      min: 1,
      max: 3,
      note: "mỗi doanh nghiệp giới thiệu từ 01 đến 03 cá nhân",
    },
    { unitKind: "xa", kinds: ["tap-the"], min: 3, note: "mỗi xã, phường, thị trấn giới thiệu 03 tập thể" },
    { unitKind: "xa", kinds: ["ca-nhan"], min: 3, note: "mỗi xã, phường, thị trấn giới thiệu 03 cá nhân" },
  ],
  awardForms: [],
  // 001 §IV.1.đ: "Định kỳ hàng năm báo cáo tình hình triển khai thực hiện Kế hoạch về Sở Nội vụ".
  // No day is stated: the clerk sets it; none set, nothing is late.
  deadlines: [{ id: "bao-cao-nam", label: "Báo cáo hằng năm", kind: "bao-cao", covers: "nam" }],
  checks: { minAchievementChars: 30, minAge: 16 },
};
