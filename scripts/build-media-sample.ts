/**
 * Writes samples/an-giang-2021-nhat-ky-tin-bai.xlsx: the media log Sở Nội vụ keeps for plan 002
 * (An Giang 2021), January to April, with a title block, a merged two-row header, the month's
 * shortfalls and items sent on or after the 25th. Deterministic: same bytes on every run.
 *
 *   npx tsx scripts/build-media-sample.ts [OUT.xlsx]
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import ExcelJS from "exceljs";
import { fixZipTimes } from "./zip-times";

const FIXED = new Date(Date.UTC(2021, 4, 2));
const d = (m: number, day: number): Date => new Date(Date.UTC(2021, m - 1, day));

type Row = [
  number,
  number,
  string,
  string,
  string,
  string | null,
  Date | null,
  Date | string | null,
  string | null,
];

// Month, outlet, medium, title, exemplar, published, sent, link / note.
const ITEMS: Row[] = [
  [
    1,
    1,
    "Báo An Giang",
    "Báo in",
    "Nữ nông dân làm giàu ở Chợ Mới",
    "Bà Nguyễn Thị Lan",
    d(1, 8),
    d(1, 15),
    null,
  ],
  [
    2,
    1,
    "Báo An Giang",
    "Báo điện tử",
    "Chi đoàn ấp Long Hòa xung kích",
    "Chi đoàn ấp Long Hòa",
    d(1, 12),
    d(1, 18),
    "baoangiang.com.vn",
  ],
  [
    3,
    1,
    "Đài PT-TH AG",
    "Truyền hình",
    "Hợp tác xã Mỹ Hòa Hưng",
    "HTX Mỹ Hòa Hưng",
    d(1, 10),
    d(1, 20),
    null,
  ],
  [
    4,
    1,
    "Đài PT-TH AG",
    "Truyền hình",
    "Thầy giáo vùng biên",
    "Thầy Trần Văn Bình",
    d(1, 16),
    d(1, 24),
    null,
  ],
  [
    5,
    1,
    "Đài PT-TH AG",
    "Phát thanh",
    "Gương sáng vì người nghèo",
    "Ông Lê Văn Cường",
    d(1, 18),
    d(1, 22),
    null,
  ],
  [
    6,
    1,
    "Đài PT-TH AG",
    "Phát thanh",
    "Tết ấm cho hộ nghèo",
    "Hội Chữ thập đỏ xã Vĩnh Hanh",
    d(1, 20),
    d(1, 26),
    "gửi trễ",
  ],
  [7, 2, "Báo An Giang", "Báo in", "Doanh nhân vì cộng đồng", "Ông Phạm Văn Dũng", d(2, 5), d(2, 10), null],
  [
    8,
    2,
    "Đài PT-TH AG",
    "Truyền hình",
    "Mừng Đảng, mừng Xuân Tân Sửu",
    "Đảng bộ xã Phú Thạnh",
    d(2, 2),
    d(2, 8),
    null,
  ],
  [9, 2, "Đài PT-TH AG", "Phát thanh", "Vui xuân an toàn", null, d(2, 9), d(2, 25), null],
  [10, 3, "Báo An Giang", "Báo in", "Thanh niên khởi nghiệp", "Anh Chau Sóc Kha", d(3, 20), d(3, 23), null],
  [
    11,
    3,
    "Báo An Giang",
    "Báo điện tử",
    "Bí thư Đoàn xã năng động",
    "Anh Nguyễn Thanh Hải",
    d(3, 22),
    d(3, 24),
    null,
  ],
  [
    12,
    3,
    "Đài PT-TH AG",
    "Truyền hình",
    "Tuổi trẻ Tri Tôn",
    "Đoàn Thanh niên huyện Tri Tôn",
    d(3, 24),
    d(3, 29),
    null,
  ],
  [
    13,
    4,
    "Báo An Giang",
    "Báo in",
    "Giữ gìn nét đẹp Giỗ tổ Hùng Vương",
    "Đền thờ Vua Hùng Long Xuyên",
    d(4, 19),
    d(4, 21),
    null,
  ],
  [
    14,
    4,
    "Báo An Giang",
    "Báo điện tử",
    "Cựu chiến binh làm kinh tế giỏi",
    "Ông Nguyễn Văn Em",
    d(4, 20),
    d(4, 23),
    null,
  ],
  [
    15,
    4,
    "Đài PT-TH AG",
    "Truyền hình",
    "Ngày thống nhất",
    "Cựu chiến binh phường Mỹ Long",
    d(4, 28),
    null,
    "chưa gửi",
  ],
  [
    16,
    4,
    "Đài PT-TH AG",
    "Phát thanh",
    "Lao động giỏi ngày 1/5",
    "Công ty Thực phẩm Sao Mai",
    d(4, 26),
    "30/04/2021",
    null,
  ],
];

/** The sample workbook's bytes. */
export async function buildMediaSample(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Trợ lý TĐKT";
  wb.created = FIXED;
  wb.modified = FIXED;
  const ws = wb.addWorksheet("Nhật ký tin bài");
  const font = { name: "Times New Roman", size: 12 };
  const put = (r: number, c: number, v: ExcelJS.CellValue, bold = false): ExcelJS.Cell => {
    const cell = ws.getCell(r, c);
    cell.value = v;
    cell.font = { ...font, bold };
    return cell;
  };

  put(1, 1, "SỞ NỘI VỤ TỈNH AN GIANG", true);
  put(2, 1, "BAN THI ĐUA - KHEN THƯỞNG", true);
  put(1, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
  put(2, 6, "Độc lập - Tự do - Hạnh phúc", true);
  put(4, 1, "NHẬT KÝ TIN BÀI TUYÊN TRUYỀN GƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2021", true);
  put(5, 1, "(Theo Kế hoạch tuyên truyền và nhân rộng điển hình tiên tiến năm 2021 của UBND tỉnh)");
  for (const m of ["A1:D1", "A2:D2", "F1:I1", "F2:I2", "A4:I4", "A5:I5"]) ws.mergeCells(m);
  for (const r of [1, 2, 4, 5]) ws.getRow(r).alignment = { horizontal: "center" };

  const top = [
    "STT",
    "Tháng",
    "Cơ quan báo chí",
    "Loại",
    "Tin bài",
    null,
    "Ngày",
    null,
    "Đường dẫn / ghi chú",
  ];
  const sub = [
    null,
    null,
    null,
    null,
    "Tiêu đề",
    "Gương điển hình được nêu",
    "Đăng, phát sóng",
    "Gửi Sở Nội vụ",
    null,
  ];
  top.forEach((v, i) => put(7, i + 1, v, true));
  sub.forEach((v, i) => put(8, i + 1, v, true));
  for (let c = 1; c <= 9; c++) put(9, c, `(${c})`).alignment = { horizontal: "center" };
  for (const m of ["A7:A8", "B7:B8", "C7:C8", "D7:D8", "E7:F7", "G7:H7", "I7:I8"]) ws.mergeCells(m);
  for (const r of [7, 8])
    ws.getRow(r).alignment = { horizontal: "center", vertical: "middle", wrapText: true };

  ITEMS.forEach((item, i) =>
    item.forEach((v, c) => {
      const cell = put(10 + i, c + 1, v);
      if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
    }),
  );
  const end = 10 + ITEMS.length + 1;
  put(end, 2, "Người lập biểu", true);
  put(end, 7, "TRƯỞNG BAN", true);
  put(end + 4, 2, "Nguyễn Văn Tám", true);
  put(end + 4, 7, "Huỳnh Văn Chín", true);

  ws.columns.forEach((col, i) => (col.width = [6, 8, 22, 14, 40, 30, 14, 14, 24][i]));
  for (let r = 7; r < 10 + ITEMS.length; r++)
    for (let c = 1; c <= 9; c++) {
      const thin = { style: "thin" as const };
      ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
    }

  return fixZipTimes(Buffer.from(await wb.xlsx.writeBuffer()), { y: 2021, m: 5, d: 2 });
}

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? "samples/an-giang-2021-nhat-ky-tin-bai.xlsx");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await buildMediaSample());
  process.stdout.write(`${out}\n`);
}

if (require.main === module) void main();
