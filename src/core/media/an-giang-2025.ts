/**
 * The press duty of plan 000 (An Giang, điển hình tiên tiến năm 2025), §VI.6: "Mở chuyên trang,
 * chuyên mục, tăng cường thời lượng tin bài … Định kỳ trước ngày 25 hàng tháng Báo An Giang gửi
 * bài viết; Đài Phát thanh - Truyền hình An Giang gửi bài viết kèm video-clip về Sở Nội vụ (qua
 * Phòng Thi đua - Khen thưởng)". The same two outlets as 002, the same send-by day; unlike 002 no
 * number of items a month and no monthly themes.
 */
import { AN_GIANG_OUTLETS } from "./an-giang-2021";
import type { MediaProfileInput } from "./schema";

export const AN_GIANG_2025_MEDIA: MediaProfileInput = {
  outlets: AN_GIANG_OUTLETS,
  quotas: [],
  sendBeforeDay: 25,
  recipient: "Sở Nội vụ (qua Phòng Thi đua - Khen thưởng)",
  themes: [],
};
