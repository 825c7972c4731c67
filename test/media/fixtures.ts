/** The media logs the tests read, as sheet specs for real .xlsx files. */
import type { Cell, SheetSpec } from "./xlsx";
import { toTcvn3 } from "../fixtures/build-fixtures";

export const d = (m: number, day: number, y = 2021): Date => new Date(Date.UTC(y, m - 1, day));

const TITLE_BLOCK: Cell[][] = [
  ["SỞ NỘI VỤ TỈNH AN GIANG", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["BAN THI ĐUA - KHEN THƯỞNG", null, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["NHẬT KÝ TIN BÀI TUYÊN TRUYỀN GƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2021"],
  [],
];

/** Rows 6–8: a two-row merged header and the column numbers. */
const HEADER: Cell[][] = [
  ["STT", "Tháng", "Cơ quan báo chí", "Loại", "Tin bài", null, "Ngày", null, "Đường dẫn / ghi chú"],
  [null, null, null, null, "Tiêu đề", "Gương điển hình được nêu", "Đăng, phát sóng", "Gửi Sở Nội vụ", null],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"],
];
const HEADER_MERGES = ["A4:I4", "A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:F6", "G6:H6", "I6:I7"];

/** Items from row 9 on: one or more for every month of 2021, with shortfalls, late and faulty rows. */
export const YEAR_ITEMS: Cell[][] = [
  // 9–13, month 1: the same article in print and online counts once; sent on the 24th vs the 25th.
  [
    1,
    1,
    "Báo An Giang",
    "Báo in",
    "Nữ nông dân làm giàu ở Chợ Mới",
    "Nguyễn Thị Lan",
    d(1, 10),
    d(1, 15),
    null,
  ],
  [
    2,
    1,
    "Báo AG",
    "Báo điện tử",
    "Nữ nông dân làm giàu ở Chợ Mới",
    "Nguyễn Thị Lan",
    d(1, 10),
    d(1, 15),
    "baoangiang.com.vn/nu-nong-dan",
  ],
  [
    3,
    1,
    "Đài PT-TH AG",
    "Truyền hình",
    "Hợp tác xã Mỹ Hòa Hưng",
    "HTX Mỹ Hòa Hưng",
    d(1, 12),
    d(1, 24),
    null,
  ],
  [4, 1, "ATV", "TH", "Thầy giáo vùng biên", "Trần Văn Bình", d(1, 13), d(1, 25), null],
  [
    5,
    1,
    "Đài Phát thanh - Truyền hình An Giang",
    "Phát thanh",
    "Gương sáng vì người nghèo",
    "Lê Văn Cường",
    d(1, 14),
    d(1, 20),
    null,
  ],
  // 14–16, month 2: the month and the date written as text.
  [6, "Tháng 2", "Báo An Giang", "in", "Doanh nhân vì cộng đồng", "Phạm Văn Dũng", null, "20/02/2021", null],
  [7, 2, "Báo An Giang", "Online", "Chi đoàn tiêu biểu", "Chi đoàn ấp Long Hòa", null, d(2, 24), null],
  [8, 2, "Đài PT-TH AG", "Truyền hình", "Nông thôn mới Phú Tân", "Xã Phú Thạnh", null, d(2, 26), null],
  // 17, month 3: no exemplar.
  [9, 3, "Báo An Giang", "Báo in", "Thanh niên khởi nghiệp", null, null, d(3, 10), null],
  // 18–19, month 4: radio meets its quota.
  [
    10,
    4,
    "Đài PT-TH AG",
    "Phát thanh",
    "Giỗ tổ Hùng Vương",
    "Đoàn Thanh niên phường Mỹ Long",
    null,
    d(4, 5),
    null,
  ],
  [
    11,
    4,
    "Đài PT-TH AG",
    "Phát thanh",
    "Ngày giải phóng miền Nam",
    "Cựu chiến binh Nguyễn Văn Em",
    null,
    d(4, 22),
    null,
  ],
  // 20, month 5: no title.
  [12, 5, "Báo An Giang", "Báo in", null, "Nguyễn Văn Phúc", null, d(5, 10), null],
  // 21, month 6: no sent date.
  [13, 6, "Báo An Giang", "Báo điện tử", "Thi đua yêu nước", "Công ty Thực phẩm Sao Mai", null, null, null],
  // 22–23, month 7 (only year-round themes): Báo An Giang meets its quota.
  [14, 7, "Báo An Giang", "Báo in", "Văn hóa công sở", "Sở Nội vụ", null, d(7, 1), null],
  [15, 7, "Báo An Giang", "Báo in", "Văn hóa công sở ở xã", "UBND xã Vĩnh Hanh", null, d(7, 2), null],
  // 24, month 8: an outlet the plan does not name.
  [
    16,
    8,
    "Báo Nhân Dân",
    "Báo in",
    "Kỷ niệm ngày sinh Chủ tịch Tôn Đức Thắng",
    "Chủ tịch Tôn Đức Thắng",
    null,
    d(8, 5),
    null,
  ],
  // 25, month 9: month cell blank, taken from the broadcast date.
  [17, null, "Đài PT-TH AG", "Truyền hình", "Cách mạng tháng Tám", "Ông Hai Long", d(9, 10), d(9, 12), null],
  // 26, month 10: the Đài without a medium cannot be counted (its name names both media).
  [
    18,
    10,
    "Đài Phát thanh - Truyền hình An Giang",
    null,
    "Doanh nghiệp hội nhập",
    "Công ty Lộc Trời",
    null,
    d(10, 3),
    null,
  ],
  // 27, month 11: Báo An Giang without a medium still counts (one quota over both media).
  [19, 11, "Báo An Giang", null, "Người tốt việc tốt", "Bà Tư Ánh", null, d(11, 3), null],
  // 28, month 12: sent in January of the next year.
  [
    20,
    12,
    "Đài PT-TH AG",
    "Truyền hình",
    "Chiến sĩ biên phòng",
    "Đồn Biên phòng Vĩnh Xương",
    null,
    d(1, 5, 2022),
    null,
  ],
  // 29: an unreadable month; the sent date gives December.
  [21, "Tháng 13", "Báo An Giang", "Báo in", "Bài không rõ tháng", "Ông Sáu", null, d(12, 1), null],
];

const FOOTER: Cell[][] = [
  [],
  [null, null, null, null, "Người lập biểu", null, null, "TRƯỞNG BAN"],
  [null, null, null, null, "Nguyễn Văn Tám", null, null, "Huỳnh Văn Chín"],
];

export const YEAR_LOG: SheetSpec = {
  name: "Nhật ký 2021",
  rows: [...TITLE_BLOCK, ...HEADER, ...YEAR_ITEMS, ...FOOTER],
  merges: HEADER_MERGES,
};

/** A month's own sheet ("T3"): no month or outlet column, outlets as section rows, a total row. */
export const MONTH_SHEET: SheetSpec = {
  name: "T3",
  rows: [
    ["TIN BÀI TUYÊN TRUYỀN THÁNG 3/2021"],
    [],
    ["STT", "Tên bài", "Loại", "Nhân vật, gương điển hình", "Ngày phát sóng", "Ngày gửi"],
    ["I. BÁO AN GIANG"],
    [1, "Bí thư Đoàn xã năng động", "Báo in", "Nguyễn Thanh Hải", d(3, 5), d(3, 8)],
    [2, "Khởi nghiệp từ cây thốt nốt", "Báo điện tử", "Chau Sóc Kha", d(3, 9), d(3, 12)],
    ["II. ĐÀI PHÁT THANH - TRUYỀN HÌNH AN GIANG"],
    [3, "Tuổi trẻ Tri Tôn", "Truyền hình", "Đoàn Thanh niên huyện Tri Tôn", d(3, 20), d(3, 25)],
    [null, "Cộng: 3 tin bài"],
  ],
  merges: ["A1:F1", "A4:F4", "A7:F7"],
};

/** A log typed with the ABC keyboard in .VnTime (TCVN3). */
export const TCVN3_LOG: SheetSpec = {
  name: "Sheet1",
  font: ".VnTime",
  rows: [
    [toTcvn3("NHẬT KÝ TIN BÀI THÁNG 3")],
    [],
    [
      "STT",
      toTcvn3("Tháng"),
      toTcvn3("Cơ quan báo chí"),
      toTcvn3("Loại"),
      toTcvn3("Tiêu đề"),
      toTcvn3("Gương điển hình"),
      toTcvn3("Ngày gửi"),
    ],
    [
      1,
      3,
      toTcvn3("Báo An Giang"),
      toTcvn3("Báo in"),
      toTcvn3("Gương sáng thi đua"),
      toTcvn3("Nguyễn Văn Dũng"),
      "10/03/2021",
    ],
    [
      2,
      3,
      toTcvn3("Đài PT-TH An Giang"),
      toTcvn3("Truyền hình"),
      toTcvn3("Hội nông dân tiêu biểu"),
      toTcvn3("Hội Nông dân xã Bình Hòa"),
      "26/03/2021",
    ],
  ],
};

/** A nomination list: the media reader must not take it for a log. */
export const NOMINATION_SHEET: SheetSpec = {
  name: "Danh sách",
  rows: [
    ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"],
    [],
    ["STT", "Họ và tên", "Năm sinh", "Chức vụ, đơn vị công tác", "Tóm tắt thành tích"],
    [1, "Nguyễn Văn An", 1980, "Giáo viên", "Hoàn thành xuất sắc nhiệm vụ năm 2024"],
  ],
};
