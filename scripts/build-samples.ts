/**
 * Writes the bundled sample nomination workbooks (samples/*.xlsx), one per nomination seed plan,
 * laid out the way units really send them: a title block, a merged two-row header with column
 * numbers, section rows, a signature block, and the faults clerks really make. Deterministic:
 * the same bytes on every run (fixed creation dates and zip times).
 *
 *   npx tsx scripts/build-samples.ts [OUT_DIR]
 *
 * samples/README.md says what each sample is for; `npm run demo` checks them all.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { fixZipTimes } from "./zip-times";

type Value = string | number | Date | null;

const FONT = "Times New Roman";
const THIN = { style: "thin" as const };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FIXED = { y: 2025, m: 11, d: 20 };
const FIXED_DATE = new Date(Date.UTC(FIXED.y, FIXED.m - 1, FIXED.d));

const ymd = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** A sheet written the way a clerk lays it out; rows and columns are 1-based. */
class Sheet {
  constructor(private readonly ws: ExcelJS.Worksheet) {}

  put(
    r: number,
    c: number,
    v: Value,
    opts: { bold?: boolean; italic?: boolean; center?: boolean } = {},
  ): void {
    const cell = this.ws.getCell(r, c);
    cell.value = v;
    cell.font = { name: FONT, size: 12, bold: opts.bold, italic: opts.italic };
    cell.alignment = { horizontal: opts.center ? "center" : undefined, vertical: "middle", wrapText: true };
    if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
  }

  /** A text across columns `from`..`to` of one row. */
  line(
    r: number,
    from: number,
    to: number,
    text: string,
    opts: { bold?: boolean; italic?: boolean } = {},
  ): void {
    this.put(r, from, text, { ...opts, center: true });
    if (to > from) this.ws.mergeCells(r, from, r, to);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.ws.mergeCells(top, left, bottom, right);
  }

  row(r: number, values: Value[], opts: { bold?: boolean } = {}): void {
    values.forEach((v, i) => {
      if (v !== null) this.put(r, i + 1, v, opts);
    });
  }

  /** Thin borders around every cell of a block (the table). */
  box(top: number, bottom: number, width: number): void {
    for (let r = top; r <= bottom; r++) for (let c = 1; c <= width; c++) this.ws.getCell(r, c).border = BOX;
  }

  widths(widths: number[]): void {
    widths.forEach((w, i) => (this.ws.getColumn(i + 1).width = w));
  }

  /** "(1) (2) (3)…" under the header, as the forms print it. */
  numbers(r: number, width: number): void {
    for (let c = 1; c <= width; c++) this.put(r, c, `(${c})`, { italic: true, center: true });
  }
}

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Trợ lý TĐKT";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): Sheet {
  return new Sheet(
    wb.addWorksheet(name, { pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true } }),
  );
}

/** Two-line unit heading on the left, the national motto on the right, the place and date under it. */
function titleBlock(s: Sheet, width: number, unit: [string, string], placeDate: string): void {
  const split = Math.max(3, Math.floor(width / 2) - 1);
  s.line(1, 1, split, unit[0]);
  s.line(2, 1, split, unit[1], { bold: true });
  s.line(1, split + 1, width, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true });
  s.line(2, split + 1, width, "Độc lập - Tự do - Hạnh phúc", { bold: true });
  s.line(3, split + 1, width, placeDate, { italic: true });
}

/** The signature block under a list: "Nơi nhận" on the left, the signer on the right. */
function signature(s: Sheet, r: number, width: number, right: string[], name: string): void {
  const split = Math.max(3, Math.floor(width / 2) - 1);
  s.put(r, 1, "Nơi nhận:", { bold: true, italic: true });
  s.put(r + 1, 1, "- Như trên;");
  s.put(r + 2, 1, "- Lưu: VT.");
  right.forEach((t, i) => s.line(r + i, split + 1, width, t, { bold: true }));
  s.line(r + right.length + 4, split + 1, width, name, { bold: true });
}

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return fixZipTimes(Buffer.from(await wb.xlsx.writeBuffer()), FIXED);
}

/**
 * Plan 000 (An Giang 2025), a xã: tập thể, cá nhân and hộ gia đình in one list with section rows,
 * birth dates under "Nam"/"Nữ", and the usual faults: a missing quê quán, an impossible date, a
 * field not in the plan, a one-word achievement, a tập thể without its cơ cấu tổ chức.
 */
async function anGiang2025Xa(): Promise<Buffer> {
  const wb = workbook();
  const s = sheet(wb, "DS đề nghị");
  const W = 13;
  titleBlock(
    s,
    W,
    ["UBND XÃ MỸ HÒA HƯNG", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"],
    "Mỹ Hòa Hưng, ngày 10 tháng 11 năm 2025",
  );
  s.line(5, 1, W, "DANH SÁCH", { bold: true });
  s.line(6, 1, W, "Điển hình tiên tiến đề nghị tuyên dương năm 2025", { bold: true });
  s.line(7, 1, W, "(Kèm theo Tờ trình số 112/TTr-UBND ngày 10/11/2025 của UBND xã Mỹ Hòa Hưng)", {
    italic: true,
  });

  const top: Value[] = [
    "STT",
    "Tên tập thể, cá nhân, hộ gia đình",
    "Ngày, tháng, năm sinh",
    null,
    "Quê quán",
    "Chức vụ, đơn vị công tác (hoặc hộ khẩu thường trú)",
    "Lĩnh vực",
    "Đối với tập thể",
    null,
    null,
    "Tóm tắt thành tích tiêu biểu",
    "Quá trình khen thưởng",
    "Ghi chú",
  ];
  const sub: Value[] = [
    null,
    null,
    "Nam",
    "Nữ",
    null,
    null,
    null,
    "Quá trình thành lập",
    "Cơ cấu tổ chức bộ máy",
    "Chức năng, nhiệm vụ",
    null,
    null,
    null,
  ];
  s.row(9, top, { bold: true });
  s.row(10, sub, { bold: true });
  for (const c of [1, 2, 5, 6, 7, 11, 12, 13]) s.merge(9, c, 10, c);
  s.merge(9, 3, 9, 4);
  s.merge(9, 8, 9, 10);
  s.numbers(11, W);

  const rows: Value[][] = [
    ["I", "TẬP THỂ"],
    [
      1,
      "Hội Nông dân xã Mỹ Hòa Hưng",
      null,
      null,
      null,
      "Ấp Mỹ Hòa, xã Mỹ Hòa Hưng",
      "Nông nghiệp",
      "Thành lập năm 1976, kiện toàn theo Điều lệ Hội Nông dân Việt Nam",
      "Ban Chấp hành 15 đồng chí, Ban Thường vụ 5 đồng chí; 7 chi hội ấp với 1.245 hội viên",
      "Tập hợp, vận động hội viên nông dân phát triển sản xuất, xây dựng nông thôn mới",
      "Vận động 312 hộ chuyển đổi sang lúa chất lượng cao, liên kết tiêu thụ với doanh nghiệp; 95% chi hội đạt vững mạnh",
      "Bằng khen của Trung ương Hội Nông dân Việt Nam năm 2023",
      null,
    ],
    [
      2,
      "Công ty TNHH Thực phẩm Sao Mai - Chi nhánh Mỹ Hòa Hưng",
      null,
      null,
      null,
      "Ấp Mỹ Thạnh, xã Mỹ Hòa Hưng",
      "Công thương, xây dựng, giao thông vận tải",
      "Thành lập năm 2012",
      null,
      "Chế biến, xuất khẩu cá tra phi lê",
      "Tạo việc làm ổn định cho 420 lao động địa phương; đóng góp 1,2 tỷ đồng xây cầu nông thôn và nhà tình thương",
      "Giấy khen Chủ tịch UBND huyện năm 2022",
      "Đang bổ sung hồ sơ",
    ],
    ["II", "CÁ NHÂN"],
    [
      1,
      "Nguyễn Thị Lan",
      null,
      "12/05/1978",
      "Xã Mỹ Hòa Hưng, tỉnh An Giang",
      "Giáo viên, Trường THCS Mỹ Hòa Hưng",
      "Giáo dục và đào tạo",
      null,
      null,
      null,
      "Chiến sĩ thi đua cơ sở 3 năm liền; có sáng kiến dạy học trực tuyến được áp dụng toàn huyện",
      "Chiến sĩ thi đua cơ sở năm 2023, 2024",
      null,
    ],
    [
      2,
      "Lê Văn Hai",
      ymd(1969, 3, 2),
      null,
      "Xã Mỹ Hòa Hưng, tỉnh An Giang",
      "Chủ tịch Hội Cựu chiến binh xã",
      "Xây dựng Đảng, chính quyền, đoàn thể",
      null,
      null,
      null,
      "Vận động hội viên hiến 1.200 m² đất làm đường giao thông nông thôn; Hội 5 năm liền vững mạnh xuất sắc",
      "Bằng khen của Chủ tịch UBND tỉnh năm 2021",
      null,
    ],
    [
      3,
      "Trần Văn Tư",
      1985,
      null,
      null,
      "Công nhân, Công ty TNHH Thực phẩm Sao Mai",
      "Công thương",
      null,
      null,
      null,
      "Tích cực",
      "Không",
      null,
    ],
    [
      4,
      "Phạm Thị Hồng Nhung",
      null,
      "31/02/1990",
      "Xã Hòa Bình, tỉnh An Giang",
      "Y sĩ, Trạm Y tế xã Mỹ Hòa Hưng",
      "Y tế",
      null,
      null,
      null,
      "Trực chiến phòng chống sốt xuất huyết, không để dịch lây lan trong 3 năm; tiêm chủng đạt 98%",
      "Giấy khen Giám đốc Sở Y tế năm 2024",
      null,
    ],
    ["III", "HỘ GIA ĐÌNH"],
    [
      1,
      "Hộ ông Nguyễn Văn Út",
      ymd(1958, 8, 19),
      null,
      "Xã Mỹ Hòa Hưng, tỉnh An Giang",
      "Ấp Mỹ Hòa, xã Mỹ Hòa Hưng",
      "Du lịch cộng đồng",
      null,
      null,
      null,
      "Mở mô hình du lịch vườn, tạo việc làm cho 12 lao động; hỗ trợ 5 hộ nghèo vốn làm ăn",
      "Giấy khen UBND xã năm 2024",
      null,
    ],
  ];
  rows.forEach((r, i) => s.row(12 + i, r, { bold: typeof r[0] === "string" }));
  const last = 12 + rows.length - 1;
  s.box(9, last, W);
  signature(s, last + 2, W, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Võ Thành Tâm");
  s.widths([6, 30, 12, 12, 22, 30, 22, 24, 26, 26, 50, 28, 14]);
  return bytes(wb);
}

/**
 * Plan 001 (Bình Định 2022–2025), a doanh nghiệp: four cá nhân with their trích ngang (one over
 * the 1–3 quota), achievements written as "- …" bullet lines, a phone number "+84…" in the notes.
 */
async function binhDinhDoanhNghiep(): Promise<Buffer> {
  const wb = workbook();
  const s = sheet(wb, "Trích ngang");
  const W = 9;
  titleBlock(s, W, ["CÔNG TY CỔ PHẦN", "THỦY SẢN HOÀI NHƠN"], "Hoài Nhơn, ngày 05 tháng 11 năm 2025");
  s.line(5, 1, W, "DANH SÁCH TRÍCH NGANG THÀNH TÍCH", { bold: true });
  s.line(6, 1, W, "Cá nhân tiêu biểu đề nghị tuyên truyền gương điển hình tiên tiến năm 2025", {
    bold: true,
  });

  s.row(
    8,
    [
      "STT",
      "Họ và tên",
      "Năm sinh",
      null,
      "Chức vụ",
      "Đơn vị công tác",
      "Lĩnh vực",
      "Trích ngang thành tích",
      "Ghi chú",
    ],
    {
      bold: true,
    },
  );
  s.row(9, [null, null, "Nam", "Nữ"], { bold: true });
  for (const c of [1, 2, 5, 6, 7, 8, 9]) s.merge(8, c, 9, c);
  s.merge(8, 3, 8, 4);
  s.numbers(10, W);

  const rows: Value[][] = [
    [null, "CÁ NHÂN"],
    [
      1,
      "Đặng Văn Minh",
      1972,
      null,
      "Giám đốc",
      "Công ty Cổ phần Thủy sản Hoài Nhơn",
      "Công thương, xây dựng, giao thông vận tải",
      "- Đưa doanh thu năm 2024 đạt 640 tỷ đồng, tăng 18%; - Xây 2 nhà tình nghĩa, ủng hộ quỹ Vì người nghèo 300 triệu đồng",
      null,
    ],
    [
      2,
      "Huỳnh Thị Thu Hà",
      null,
      1986,
      "Trưởng phòng Kế toán",
      "Công ty Cổ phần Thủy sản Hoài Nhơn",
      "Tài chính, ngân hàng",
      "- Chuyển toàn bộ chứng từ sang hóa đơn điện tử, rút thời gian quyết toán từ 20 xuống 7 ngày",
      null,
    ],
    [
      3,
      "Võ Văn Sáu",
      1979,
      null,
      "Tổ trưởng tổ chế biến",
      "Phân xưởng chế biến số 2",
      "Công thương, xây dựng, giao thông vận tải",
      "- Sáng kiến cải tiến băng chuyền phân cỡ tôm, tiết kiệm 450 triệu đồng/năm; - Lao động giỏi 5 năm liền",
      null,
    ],
    [
      4,
      "Nguyễn Thị Mai",
      null,
      1995,
      "Công nhân",
      "Phân xưởng chế biến số 1",
      "Đời sống xã hội",
      "- Hiến máu tình nguyện 12 lần; - Vận động công nhân góp 80 triệu đồng giúp đồng nghiệp bị bệnh hiểm nghèo",
      "+84 905 123 456",
    ],
  ];
  rows.forEach((r, i) => s.row(11 + i, r, { bold: i === 0 }));
  const last = 11 + rows.length - 1;
  s.box(8, last, W);
  signature(s, last + 2, W, ["GIÁM ĐỐC"], "Đặng Văn Minh");
  s.widths([6, 24, 10, 10, 22, 32, 26, 60, 18]);
  return bytes(wb);
}

/**
 * Plan 003 (đợt thi đua đặc biệt 2025), a sở: tập thể and cá nhân proposed for the Bằng khen of the
 * Chủ tịch UBND tỉnh, written several ways ("BK UBND tỉnh"), one Giấy khen, one form the plan does
 * not have, one achievement too short to say anything.
 */
async function anGiangDotDacBiet(): Promise<Buffer> {
  const wb = workbook();
  const s = sheet(wb, "Đề nghị BK");
  const W = 6;
  titleBlock(
    s,
    W,
    ["UBND TỈNH AN GIANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
    "An Giang, ngày 15 tháng 7 năm 2025",
  );
  s.line(5, 1, W, "DANH SÁCH ĐỀ NGHỊ CHỦ TỊCH UBND TỈNH TẶNG BẰNG KHEN", { bold: true });
  s.line(
    6,
    1,
    W,
    "Đã có thành tích xuất sắc trong đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030",
    { italic: true },
  );
  s.row(
    8,
    ["STT", "Tên tập thể, cá nhân", "Chức vụ, đơn vị công tác", "Tóm tắt thành tích", "Khen thưởng", null],
    {
      bold: true,
    },
  );
  s.row(9, [null, null, null, null, "Hình thức đề nghị", "Đã được khen (năm gần nhất)"], { bold: true });
  for (const c of [1, 2, 3, 4]) s.merge(8, c, 9, c);
  s.merge(8, 5, 8, 6);
  s.numbers(10, W);

  const rows: Value[][] = [
    ["I", "TẬP THỂ"],
    [
      1,
      "Chi cục Thủy lợi",
      "Sở Nông nghiệp và Môi trường",
      "Hoàn thành 100% công trình phòng chống hạn mặn mùa khô 2025 trước thời hạn, bảo vệ 45.000 ha lúa",
      "Bằng khen Chủ tịch UBND tỉnh",
      "Giấy khen Giám đốc Sở năm 2023",
    ],
    [
      2,
      "Trung tâm Khuyến nông",
      "Sở Nông nghiệp và Môi trường",
      "Xây dựng 26 mô hình lúa giảm phát thải, chuyển giao cho 3.100 nông dân trong đợt thi đua",
      "BK UBND tỉnh",
      "Bằng khen UBND tỉnh năm 2020",
    ],
    [
      3,
      "Phòng Kế hoạch - Tài chính",
      "Sở Nông nghiệp và Môi trường",
      "Hoàn thành tốt nhiệm vụ",
      "Giấy khen",
      null,
    ],
    ["II", "CÁ NHÂN"],
    [
      1,
      "Ông Trần Quốc Việt",
      "Phó Giám đốc Sở Nông nghiệp và Môi trường",
      "Chỉ đạo hoàn thành sáp nhập 4 đơn vị sự nghiệp, giải ngân vốn đầu tư công đạt 92% kế hoạch đến 30/6/2025",
      "Bằng khen của Chủ tịch UBND tỉnh",
      "Chiến sĩ thi đua cấp tỉnh năm 2022",
    ],
    [
      2,
      "Bà Lý Thị Kim Ngân",
      "Chuyên viên Phòng Tổ chức cán bộ, Văn phòng Sở",
      "Tham mưu kiện toàn tổ chức bộ máy sau sắp xếp, không để gián đoạn công việc; 2 sáng kiến cấp cơ sở",
      "Bằng khen Chủ tịch UBND tỉnh",
      "Giấy khen Giám đốc Sở năm 2024",
    ],
    [
      3,
      "Ông Nguyễn Hữu Phước",
      "Kỹ sư, Trung tâm Khuyến nông",
      "Trực tiếp hướng dẫn 40 tổ hợp tác áp dụng quy trình canh tác lúa giảm phát thải đạt chứng nhận",
      "Giấy khen",
      null,
    ],
    [
      4,
      "Bà Thạch Thị Sa Rây",
      "Trạm trưởng Trạm Khuyến nông Tri Tôn",
      "Vận động đồng bào Khmer chuyển 300 ha đất lúa kém hiệu quả sang trồng màu, thu nhập tăng 30%",
      "Bằng khen Bộ trưởng",
      "Giấy khen Giám đốc Sở năm 2023",
    ],
  ];
  rows.forEach((r, i) => s.row(11 + i, r, { bold: typeof r[0] === "string" }));
  const last = 11 + rows.length - 1;
  s.box(8, last, W);
  signature(s, last + 2, W, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trần Quốc Việt");
  s.widths([6, 30, 34, 60, 30, 28]);
  return bytes(wb);
}

/**
 * Plan 004 (Sở Thông tin và Truyền thông 2022–2025): the Sở's exemplars of the year on two sheets,
 * "Tập thể" and "Cá nhân", each with its level (cấp sở / cấp tỉnh) in the notes; one cấp sở
 * exemplar is proposed for a Bằng khen only a cấp tỉnh exemplar may receive.
 */
async function soTtttDienHinh(): Promise<Buffer> {
  const wb = workbook();
  const W = 8;
  const head = (s: Sheet, what: string): void => {
    titleBlock(
      s,
      W,
      ["UBND TỈNH AN GIANG", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"],
      "An Giang, ngày 15 tháng 12 năm 2025",
    );
    s.line(5, 1, W, `DANH SÁCH ${what} ĐIỂN HÌNH TIÊN TIẾN NĂM 2025`, { bold: true });
    s.line(6, 1, W, "(Theo Đề án “Tuyên truyền gương điển hình tiên tiến giai đoạn 2022 - 2025”)", {
      italic: true,
    });
  };

  const t = sheet(wb, "Tập thể");
  head(t, "TẬP THỂ");
  t.row(8, ["STT", "Tên tập thể", "Đơn vị", "Lĩnh vực", "Thành tích tiêu biểu", "Đề nghị", null, "Ghi chú"], {
    bold: true,
  });
  t.row(9, [null, null, null, null, null, "Hình thức khen thưởng", "Số năm liên tục", null], { bold: true });
  for (const c of [1, 2, 3, 4, 5, 8]) t.merge(8, c, 9, c);
  t.merge(8, 6, 8, 7);
  t.numbers(10, W);
  const groups: Value[][] = [
    [
      1,
      "Phòng Bưu chính, Viễn thông",
      "Sở Thông tin và Truyền thông",
      "Bưu chính, viễn thông",
      "Phủ sóng 4G 100% ấp, khóm; hỗ trợ 102 xã, phường mới vận hành hệ thống hội nghị truyền hình",
      "Giấy công nhận",
      2,
      "ĐHTT cấp sở",
    ],
    [
      2,
      "Trung tâm Công nghệ thông tin và Truyền thông",
      "Sở Thông tin và Truyền thông",
      "Công nghệ thông tin",
      "Vận hành Trung tâm giám sát điều hành thông minh, không để xảy ra sự cố mất an toàn thông tin",
      "Bằng khen Chủ tịch UBND tỉnh",
      3,
      "ĐHTT cấp tỉnh",
    ],
  ];
  groups.forEach((r, i) => t.row(11 + i, r));
  t.box(8, 12, W);
  signature(t, 14, W, ["GIÁM ĐỐC"], "Lê Hoàng Phong");
  t.widths([6, 36, 28, 22, 60, 28, 12, 16]);

  const p = sheet(wb, "Cá nhân");
  head(p, "CÁ NHÂN");
  p.row(
    8,
    [
      "STT",
      "Họ và tên",
      "Năm sinh",
      "Giới tính",
      "Chức vụ",
      "Đơn vị",
      "Thành tích tiêu biểu",
      "Hình thức khen thưởng đề nghị",
      "Ghi chú",
    ],
    {
      bold: true,
    },
  );
  p.numbers(9, W + 1);
  const people: Value[][] = [
    [
      1,
      "Nguyễn Minh Trí",
      1976,
      "Nam",
      "Trưởng phòng Thông tin - Báo chí - Xuất bản",
      "Sở Thông tin và Truyền thông",
      "Chủ trì xây dựng bộ tiêu chí đánh giá báo chí địa phương; 2 đề tài cấp tỉnh được nghiệm thu xuất sắc",
      "Bằng khen Chủ tịch UBND tỉnh",
      "ĐHTT cấp tỉnh",
    ],
    [
      2,
      "Đỗ Thị Ngọc Hân",
      1990,
      "Nữ",
      "Chuyên viên",
      "Văn phòng Sở",
      "Số hóa 100% hồ sơ lưu trữ giai đoạn 2015 - 2024, được Sở Nội vụ đánh giá cao",
      "Giấy công nhận",
      "ĐHTT cấp sở",
    ],
    [
      3,
      "Lâm Quốc Bảo",
      1993,
      "Nam",
      "Kỹ sư",
      "Trung tâm Công nghệ thông tin và Truyền thông",
      "Phát hiện, xử lý kịp thời 14 cuộc tấn công mạng vào cổng thông tin điện tử tỉnh",
      "Bằng khen UBND tỉnh",
      "ĐHTT cấp sở",
    ],
  ];
  people.forEach((r, i) => p.row(10 + i, r));
  p.box(8, 12, W + 1);
  signature(p, 14, W + 1, ["GIÁM ĐỐC"], "Lê Hoàng Phong");
  p.widths([6, 24, 10, 10, 34, 34, 60, 30, 16]);
  return bytes(wb);
}

/** File name → builder; file names start with the plan id they are for. */
export const SAMPLE_BUILDERS: Readonly<Record<string, () => Promise<Buffer>>> = {
  "an-giang-2025-xa-my-hoa-hung.xlsx": anGiang2025Xa,
  "binh-dinh-2022-2025-doanh-nghiep-thuy-san.xlsx": binhDinhDoanhNghiep,
  "an-giang-dot-dac-biet-2025-so-nong-nghiep.xlsx": anGiangDotDacBiet,
  "so-tttt-2022-2025-dien-hinh.xlsx": soTtttDienHinh,
};

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? "samples");
  mkdirSync(dir, { recursive: true });
  for (const [file, build] of Object.entries(SAMPLE_BUILDERS)) {
    const out = join(dir, file);
    writeFileSync(out, await build());
    process.stdout.write(`${out}\n`);
  }
}

if (require.main === module) void main();
