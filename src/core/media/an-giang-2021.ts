/**
 * The media profile of plan 002 (Kế hoạch tuyên truyền và nhân rộng điển hình tiên tiến, An Giang
 * 2021): §IV.6 for outlets, quotas and the send-by day, §II for the theme calendar.
 *
 * "Báo An Giang thực hiện việc tuyên truyền trên báo in và báo điện tử An Giang (2 bài/tháng)":
 * one parenthesis after both media, where the Đài's sentence gives each medium its own
 * ("truyền hình (2kỳ/tháng) và phát thanh (2kỳ/tháng)"). So Báo An Giang owes 2 articles a month
 * across print and online together, the Đài 2 TV and 2 radio programmes.
 */
import type { MediaProfileInput } from "./schema";

/** Báo An Giang and the Đài, as clerks write them (the same two outlets in 000 §VI.6 and 002 §IV.6). */
export const AN_GIANG_OUTLETS: MediaProfileInput["outlets"] = [
  {
    id: "bao-an-giang",
    name: "Báo An Giang",
    synonyms: [
      "Báo AG",
      "BAG",
      "Báo An Giang điện tử",
      "Báo điện tử An Giang",
      "Báo in An Giang",
      "baoangiang.com.vn",
    ],
    media: ["bao-in", "bao-dien-tu"],
  },
  {
    id: "dai-an-giang",
    name: "Đài Phát thanh – Truyền hình An Giang",
    synonyms: [
      "Đài Phát thanh - Truyền hình An Giang",
      "Đài Phát thanh và Truyền hình An Giang",
      "Đài PT-TH AG",
      "Đài PT-TH An Giang",
      "Đài PTTH AG",
      "Đài PTTH An Giang",
      "Đài PT&TH An Giang",
      "Đài AG",
      "Đài An Giang",
      "ATV",
      "Truyền hình An Giang",
    ],
    media: ["truyen-hinh", "phat-thanh"],
    // 000 §VI.6 and 002 §IV.6 alike: "Đài … gửi bài viết kèm video-clip", so each item shows its clip.
    withClip: true,
  },
];

export const AN_GIANG_2021_MEDIA: MediaProfileInput = {
  outlets: AN_GIANG_OUTLETS,
  quotas: [
    {
      outlet: "bao-an-giang",
      media: ["bao-in", "bao-dien-tu"],
      perMonth: 2,
      unit: "bài",
      note: "§IV.6: tuyên truyền trên báo in và báo điện tử An Giang (2 bài/tháng)",
    },
    {
      outlet: "dai-an-giang",
      media: ["truyen-hinh"],
      perMonth: 2,
      unit: "kỳ",
      note: "§IV.6: phát sóng truyền hình (2 kỳ/tháng)",
    },
    {
      outlet: "dai-an-giang",
      media: ["phat-thanh"],
      perMonth: 2,
      unit: "kỳ",
      note: "§IV.6: phát thanh (2 kỳ/tháng)",
    },
  ],
  sendBeforeDay: 25,
  recipient: "Sở Nội vụ (Ban Thi đua - Khen thưởng)",
  themes: [
    {
      // The text export leaves this row's month cell blank: it is the top of the merged "1 và 2" cell.
      months: [1, 2],
      topics: [
        "Chào mừng 75 năm ngày Tổng tuyển cử đầu tiên của Quốc hội Việt Nam (06/01/1946 - 06/01/2021); " +
          "Cuộc bầu cử Quốc hội và Hội đồng nhân dân các cấp tỉnh An Giang.",
        "Chào mừng 91 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 03/02/2021) và mừng Xuân Tân Sửu.",
      ],
    },
    {
      months: [3],
      topics: [
        "Chào mừng kỷ niệm 90 năm ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3/1931 - 26/3/2021).",
      ],
    },
    {
      months: [4],
      topics: [
        "Chào mừng ngày Giỗ tổ Hùng Vương (mùng 10 tháng 3 âm lịch).",
        "Chào mừng kỷ niệm 46 năm ngày Miền Nam hoàn toàn giải phóng, thống nhất đất nước (30/4/1975 - 30/4/2021) " +
          "và Quốc tế lao động (01/5/1975 - 01/5/2021).",
      ],
    },
    {
      months: [5],
      topics: ["Chào mừng 131 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2021)."],
    },
    {
      months: [6],
      topics: ["Chào mừng 73 năm ngày truyền thống thi đua yêu nước (11/6/1948 - 11/6/2021)."],
    },
    {
      months: [8, 9],
      topics: [
        "Kỷ niệm 133 năm ngày sinh Chủ tịch Tôn Đức Thắng (20/8/1888 - 20/8/2021).",
        "Chào mừng 76 năm Cách mạng tháng Tám (19/8/1945 - 19/8/2021) và Quốc khánh nước Cộng hòa xã hội " +
          "chủ nghĩa Việt Nam (2/9/1945 - 2/9/2021).",
      ],
    },
    {
      months: [12],
      topics: [
        "Chào mừng 77 năm ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2021).",
        "32 năm Ngày hội quốc phòng toàn dân (22/12/1989 - 22/12/2021).",
      ],
    },
    {
      months: "all",
      topics: [
        "Tiếp tục thực hiện phong trào thi đua “An Giang chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”.",
      ],
    },
    {
      months: "all",
      topics: ["Tiếp tục thực hiện phong trào thi đua “Doanh nghiệp An Giang hội nhập và phát triển”."],
    },
    {
      months: "all",
      topics: ["Tiếp tục thực hiện phong trào thi đua “An Giang chung sức xây dựng nông thôn mới”."],
    },
    {
      months: "all",
      topics: [
        "Phát động và triển khai thực hiện phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện " +
          "văn hóa công sở”.",
      ],
    },
  ],
};
