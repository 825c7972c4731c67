/** The province tally's sheets, in the order Sở Nội vụ reads them: written out here, not taken from the code. */
export const TALLY_SHEET_NAMES = [
  "Tổng hợp tỉnh",
  "Theo đơn vị",
  "Danh sách đề nghị",
  "Trùng lặp",
  "Chưa nộp",
  "Biểu đồ chỉ tiêu",
];
