/** Seed 000: An Giang, tuyên truyền, xây dựng và nhân rộng điển hình tiên tiến năm 2025 (dự thảo). */
import type { PlanInput } from "../schema";
import { FOURTEEN_FIELDS, GENERAL_CRITERIA, PERSON_PARTICULARS } from "./common";

// 000 §IV.2: "toàn tỉnh có ít nhất 15 …; mỗi sở, ban, ngành … ít nhất 01 …; mỗi huyện, thị xã,
// thành phố … ít nhất 05 …; mỗi xã, phường, thị trấn … ít nhất 02 điển hình tập thể, cá nhân".
// "Điển hình" covers tập thể, cá nhân and hộ gia đình (§II.1), so the three are counted together.
const ALL_KINDS = ["tap-the", "ca-nhan", "ho-gia-dinh"] as const;

export const AN_GIANG_2025: PlanInput = {
  id: "an-giang-2025",
  title:
    "Kế hoạch tuyên truyền, xây dựng và nhân rộng điển hình tiên tiến năm 2025 trên địa bàn tỉnh An Giang",
  source: "UBND tỉnh An Giang, dự thảo kế hoạch năm 2025 (seed 000)",
  // 000 §II.3: "Thời gian thực hiện: Trong năm 2025."
  period: { from: "2025-01-01", to: "2025-12-31", label: "Năm 2025" },
  listType: "nomination",
  // 000 §II.1: "Điển hình tiên tiến là tập thể, cá nhân, hộ gia đình …"
  subjectKinds: [...ALL_KINDS],
  // 000 §VI.7: "đối với tập thể phải nêu rõ: tên tập thể, quá trình thành lập, cơ cấu tổ chức bộ máy,
  // chức năng nhiệm vụ, thành tích tiêu biểu xuất sắc đạt được và quá trình khen thưởng; đối với hộ
  // gia đình, cá nhân phải nêu rõ: họ và tên, ngày tháng năm sinh, quê quán, chức vụ, đơn vị công tác
  // hoặc hộ khẩu thường trú; thành tích … và quá trình khen thưởng".
  required: {
    "tap-the": [
      "ten",
      "quaTrinhThanhLap",
      "coCauToChuc",
      "chucNangNhiemVu",
      "thanhTich",
      "quaTrinhKhenThuong",
    ],
    "ca-nhan": [...PERSON_PARTICULARS],
    "ho-gia-dinh": [...PERSON_PARTICULARS],
  },
  // 000 §III.2: the 14 fields.
  fields: [...FOURTEEN_FIELDS],
  // 000 §III.1: "Tiêu chuẩn chung".
  criteria: [...GENERAL_CRITERIA],
  quotas: [
    {
      unitKind: "tinh",
      kinds: [...ALL_KINDS],
      min: 15,
      note: "hằng năm, toàn tỉnh có ít nhất 15 điển hình tập thể, cá nhân tiêu biểu",
    },
    {
      unitKind: "so-ban-nganh",
      kinds: [...ALL_KINDS],
      min: 1,
      note: "mỗi sở, ban, ngành có ít nhất 01 điển hình tập thể, cá nhân tiêu biểu",
    },
    {
      unitKind: "huyen",
      kinds: [...ALL_KINDS],
      min: 5,
      note: "mỗi huyện, thị xã, thành phố có ít nhất 05 điển hình tập thể, cá nhân tiêu biểu",
    },
    {
      unitKind: "xa",
      kinds: [...ALL_KINDS],
      min: 2,
      note: "mỗi xã, phường, thị trấn có ít nhất 02 điển hình tập thể, cá nhân tiêu biểu",
    },
  ],
  // 000 §IV.4 names no award form ("khen thưởng theo thẩm quyền và trình cấp trên"): none to check.
  awardForms: [],
  // 000 §VI.7: "báo cáo định kỳ 06 tháng, tổng kết năm … về Sở Nội vụ". The seed gives no dates:
  // 15/6 and 15/11 are ASSUMPTIONS (the usual An Giang practice), to be corrected in a plan file.
  deadlines: [
    {
      id: "bao-cao-6-thang",
      label: "Báo cáo định kỳ 6 tháng",
      kind: "bao-cao",
      yearly: { month: 6, day: 15 },
    },
    { id: "bao-cao-nam", label: "Báo cáo tổng kết năm", kind: "bao-cao", yearly: { month: 11, day: 15 } },
  ],
  checks: { minAchievementChars: 30, minAge: 16 },
};
