/**
 * Seed 002: An Giang, tuyên truyền và nhân rộng điển hình tiên tiến năm 2021. A press plan: what it
 * checks is a media log (articles and broadcasts), not a nomination list, so the nomination parts
 * of the profile are empty; the media log's own data is added with the media checks.
 */
import { AN_GIANG_2021_MEDIA } from "../../media/an-giang-2021";
import type { PlanInput } from "../schema";

export const AN_GIANG_2021: PlanInput = {
  id: "an-giang-2021",
  title:
    "Kế hoạch tuyên truyền và nhân rộng điển hình tiên tiến về phong trào thi đua yêu nước trên địa bàn tỉnh An Giang năm 2021",
  source: "UBND tỉnh An Giang, kế hoạch năm 2021 (seed 002)",
  period: { from: "2021-01-01", to: "2021-12-31", label: "Năm 2021" },
  listType: "media",
  // 002 §I.2: the press presents "những tập thể, cá nhân" (and households, §II monthly themes).
  subjectKinds: ["tap-the", "ca-nhan", "ho-gia-dinh"],
  required: { "tap-the": [], "ca-nhan": [], "ho-gia-dinh": [] },
  fields: [],
  criteria: [],
  quotas: [],
  awardForms: [],
  // 002 §IV.6: "Định kỳ trước ngày 25 hàng tháng Báo An Giang gửi bài viết; Đài Phát thanh -
  // Truyền hình An Giang gửi bài viết kèm video-clip về Sở Nội vụ".
  deadlines: [
    {
      id: "gui-bai-hang-thang",
      label: "Gửi bài viết, video-clip về Sở Nội vụ (trước ngày 25 hằng tháng)",
      kind: "bao-cao",
      monthly: { day: 25 },
      before: true,
    },
  ],
  checks: { minAchievementChars: 30, minAge: 16 },
  media: AN_GIANG_2021_MEDIA,
};
