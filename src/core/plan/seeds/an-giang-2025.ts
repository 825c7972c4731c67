/** Seed 000: An Giang, tuyên truyền, xây dựng và nhân rộng điển hình tiên tiến năm 2025 (dự thảo). */
import { AN_GIANG_2025_MEDIA } from "../../media/an-giang-2025";
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
  // 000 §VI.7: "Thực hiện việc báo cáo định kỳ 06 tháng, tổng kết năm … về Sở Nội vụ". The plan
  // states no day for either: the clerk sets it (pane, --han-nop, a plan file); none set, nothing
  // is late.
  deadlines: [
    { id: "bao-cao-6-thang", label: "Báo cáo định kỳ 6 tháng", kind: "bao-cao", covers: "6-thang" },
    { id: "bao-cao-nam", label: "Báo cáo tổng kết năm", kind: "bao-cao", covers: "nam" },
  ],
  checks: { minAchievementChars: 30, minAge: 16 },
  // The yearly exemplars of §IV.2 are "khen thưởng thường xuyên" in table 0603.N.
  defaultMethod: "thuong-xuyen",
  // 000 §VI.6: "Định kỳ trước ngày 25 hàng tháng Báo An Giang gửi bài viết; Đài Phát thanh -
  // Truyền hình An Giang gửi bài viết kèm video-clip về Sở Nội vụ (qua Phòng Thi đua - Khen
  // thưởng)". No number of items per month is set (only "tăng cường thời lượng tin bài").
  media: AN_GIANG_2025_MEDIA,
};
