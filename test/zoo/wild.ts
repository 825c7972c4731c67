/**
 * Layouts as units really send them, beyond the generated zoo: a hospital's TCCB, a primary
 * school, a xã, a sở, the police and the militia, a company, a khối thi đua. Each varies what the
 * generator does not: roman and lettered sub-sections, "Trong đó" sub-columns, numbers typed as
 * text, line breaks in headers and names, ALL-CAPS headers without diacritics, TCVN3 and VNI text,
 * footnotes and "Nơi nhận" after the list, totals worded many ways, spacer and hidden columns, a
 * list starting at column C, two lists on one sheet, an award in the "Ghi chú" column, hospital
 * and school titles before names. The truth (row, kind, name without title, award) is written
 * down as each row is laid out, never computed by the reader.
 */
import { toTcvn3, type FixtureCell, type FixtureSheet } from "../fixtures/build-fixtures";
import type { RecordFields, SheetRole, SubjectKind } from "../../src/core/types";
import type { TruthRecord, ZooLayout } from "./layouts";

const _ = null;

/** One sheet laid out row by row, recording the truth of each record row as it is written. */
class Sheet {
  readonly rows: FixtureCell[][] = [];
  readonly merges: string[] = [];
  readonly records: TruthRecord[] = [];
  constructor(
    readonly name: string,
    /** Blank columns left of the list. */
    private readonly offset = 0,
  ) {}

  /** Writes a row (after the offset); returns its 1-based sheet row. */
  row(...cells: FixtureCell[]): number {
    this.rows.push([...Array<FixtureCell>(this.offset).fill(null), ...cells]);
    return this.rows.length;
  }

  /** Writes a record row and its truth. */
  record(
    truth: { kind: SubjectKind; ten: string; award?: string; fields?: RecordFields },
    ...cells: FixtureCell[]
  ): void {
    const row = this.row(...cells);
    this.records.push({ sheet: this.name, row, ...truth });
  }

  /** Merges columns `from`..`to` (1-based, after the offset) of the last row written. */
  mergeLast(from: number, to: number, down = 0): void {
    const r = this.rows.length;
    const col = (c: number): string => String.fromCharCode(64 + c + this.offset);
    this.merges.push(`${col(from)}${r}:${col(to)}${r + down}`);
  }

  build(extra: Partial<FixtureSheet> = {}): FixtureSheet {
    return { name: this.name, rows: this.rows, merges: this.merges, ...extra };
  }
}

const layout = (
  id: string,
  about: string,
  sheets: { sheet: Sheet; extra?: Partial<FixtureSheet> }[],
  others: { sheet: FixtureSheet; role: SheetRole }[] = [],
): ZooLayout => {
  const roles: Record<string, SheetRole> = {};
  for (const { sheet } of sheets) roles[sheet.name] = "list";
  for (const o of others) roles[o.sheet.name] = o.role;
  return {
    id: `wild-${id}`,
    about,
    sheets: [...sheets.map((s) => s.sheet.build(s.extra)), ...others.map((o) => o.sheet)],
    truth: { roles, records: sheets.flatMap((s) => s.sheet.records) },
  };
};

const CN = "ca-nhan" as const;
const TT = "tap-the" as const;
const HGD = "ho-gia-dinh" as const;
const date = (y: number, m: number, d: number): { date: Date } => ({ date: new Date(Date.UTC(y, m - 1, d)) });

const LONG_ACH =
  "Năm 2025, đồng chí luôn hoàn thành xuất sắc nhiệm vụ được giao.\n" +
  "- Trực tiếp điều trị 1.250 lượt bệnh nhân nặng, không để xảy ra sai sót chuyên môn;\n" +
  "- Chủ nhiệm đề tài cấp cơ sở «Ứng dụng thang điểm NEWS trong phát hiện sớm bệnh nhân nặng», " +
  "được Hội đồng khoa học bệnh viện nghiệm thu loại xuất sắc;\n" +
  "- Tham gia đào tạo liên tục cho 45 điều dưỡng tuyến xã; tích cực tham gia công tác xã hội.";

/** A hospital's TCCB: titles before names, birth dates by gender in three forms, Nơi nhận. */
function hospital(): ZooLayout {
  const s = new Sheet("DS khen CSTĐ");
  s.row("SỞ Y TẾ AN GIANG", _, _, _, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  s.row("BỆNH VIỆN ĐA KHOA KHU VỰC TÂN CHÂU", _, _, _, "Độc lập - Tự do - Hạnh phúc");
  s.row();
  s.row("DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2025");
  s.mergeLast(1, 8);
  s.row("(Kèm theo Tờ trình số 45/TTr-BV ngày 20/11/2025 của Bệnh viện)");
  s.row();
  s.row(
    "STT",
    "Họ và tên",
    "Ngày, tháng, năm sinh",
    _,
    "Chức vụ, đơn vị công tác",
    "Trình độ chuyên môn",
    "Tóm tắt thành tích",
    "Ghi chú",
  );
  s.row(_, _, "Nam", "Nữ");
  for (const c of [1, 2, 5, 6, 7, 8])
    s.merges.push(`${String.fromCharCode(64 + c)}7:${String.fromCharCode(64 + c)}8`);
  s.merges.push("C7:D7");
  const people: [string, string, FixtureCell, FixtureCell, string][] = [
    ["BSCKII. Nguyễn Văn Thành", "Nguyễn Văn Thành", date(1975, 4, 12), _, "Bác sĩ CKII"],
    ["ThS.BS Trần Thị Ngọc Hân", "Trần Thị Ngọc Hân", _, "12/3/1982", "Thạc sĩ Y học"],
    ["ĐD. Lê Thị Mỹ Duyên", "Lê Thị Mỹ Duyên", _, "1990", "Cử nhân Điều dưỡng"],
    ["BSCKI Phạm Văn Lộc", "Phạm Văn Lộc", 29301, _, "Bác sĩ CKI"],
    ["KTV. Võ Thị Hồng", "Võ Thị Hồng", _, 1988, "Cử nhân Kỹ thuật y học"],
    ["DS. Huỳnh Minh Tâm", "Huỳnh Minh Tâm", "05/09/1979", _, "Dược sĩ đại học"],
  ];
  people.forEach(([raw, ten, nam, nu, degree], i) =>
    s.record(
      { kind: CN, ten },
      i + 1,
      raw,
      nam,
      nu,
      `Khoa ${["Nội tổng hợp", "Ngoại", "Sản", "Nhi", "Xét nghiệm", "Dược"][i]}`,
      degree,
      LONG_ACH,
      _,
    ),
  );
  s.row();
  s.row(_, "Danh sách này có 06 cá nhân./.");
  s.row("Nơi nhận:", _, _, _, "GIÁM ĐỐC");
  s.row("- Sở Y tế (Phòng TCCB);");
  s.row("- Lưu: VT, TCCB.", _, _, _, "(Đã ký)");
  s.row(_, _, _, _, "BSCKII. Lâm Văn Phúc");
  return layout("hospital-cstd", "a hospital's TCCB list: BSCKII./ThS.BS/ĐD. titles, dates three ways", [
    { sheet: s },
  ]);
}

/** A primary school: line breaks in every header, Cô/Thầy/GV, a group among the teachers. */
function school(): ZooLayout {
  const s = new Sheet("Biểu 2a");
  s.row("TRƯỜNG TIỂU HỌC MỸ HÒA A");
  s.row("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM HỌC 2024 - 2025");
  s.row();
  s.row(
    "STT",
    "Họ và tên",
    "Năm\nsinh",
    "Giới\ntính",
    "Chức vụ,\nđơn vị công tác",
    "Danh hiệu\nđề nghị",
    "Ghi chú",
  );
  const rows: [SubjectKind, string, string, FixtureCell, FixtureCell, string, string][] = [
    [
      CN,
      "Cô Nguyễn Thị Lan",
      "Nguyễn Thị Lan",
      1985,
      "Nữ",
      "Giáo viên chủ nhiệm lớp 3A",
      "Lao động tiên tiến",
    ],
    [CN, "Thầy Trần Văn Bình", "Trần Văn Bình", 1979, "Nam", "Tổ trưởng tổ 5", "Chiến sĩ thi đua cơ sở"],
    [CN, "GV. Lê Thị Kim Ngân", "Lê Thị Kim Ngân", 1992, "Nữ", "Giáo viên tiếng Anh", "Lao động tiên tiến"],
    [CN, "Cô giáo Phạm Thị Hoa", "Phạm Thị Hoa", 1988, "Nữ", "Giáo viên lớp 1B", "Lao động tiên tiến"],
    [CN, "Thầy giáo Võ Văn Hải", "Võ Văn Hải", 1983, "Nam", "Giáo viên thể dục", "Lao động tiên tiến"],
    [TT, "Tổ khối 3", "Tổ khối 3", _, _, "Trường Tiểu học Mỹ Hòa A", "Tập thể lao động tiên tiến"],
  ];
  rows.forEach(([kind, raw, ten, year, sex, role, award], i) =>
    s.record({ kind, ten, award }, i + 1, raw, year, sex, role, award, _),
  );
  s.row(_, "Tổng cộng: 05 cá nhân, 01 tập thể");
  s.row();
  s.row(_, "Người lập biểu", _, _, "HIỆU TRƯỞNG");
  return layout("school-primary", "a primary school: line breaks in headers, Cô/Thầy/GV before names", [
    { sheet: s },
  ]);
}

/** A xã: roman sections split over STT and name, lettered and numbered sub-sections. */
function xaSubsections(): ZooLayout {
  const s = new Sheet("Sheet1");
  s.row("ỦY BAN NHÂN DÂN XÃ VĨNH THẠNH TRUNG");
  s.row("DANH SÁCH ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND XÃ NĂM 2025");
  s.row();
  s.row("STT", "Tên tập thể, cá nhân", "Chức vụ", "Hình thức khen thưởng", "Ghi chú");
  s.row("(1)", "(2)", "(3)", "(4)", "(5)");
  // A section row is [STT, title]; a record is [kind, STT, name, position, note].
  const rows: ([string, string] | [SubjectKind, number, string, string | null, string | null])[] = [
    ["I", "TẬP THỂ"],
    ["a)", "Khối Đảng, đoàn thể"],
    [TT, 1, "Ban Công tác Mặt trận ấp Vĩnh Lợi", _, _],
    [TT, 2, "Chi hội Phụ nữ ấp Vĩnh Phú", _, _],
    ["b)", "Khối chính quyền"],
    [TT, 3, "Văn phòng HĐND và UBND xã", _, _],
    ["II", "CÁ NHÂN"],
    ["1.", "Khối Đảng, đoàn thể"],
    [CN, 1, "Nguyễn Văn Út", "Bí thư Chi bộ ấp", _],
    [CN, 2, "Trần Thị Bé Năm", "Chi hội trưởng Phụ nữ", _],
    ["2.", "Khối chính quyền"],
    [CN, 3, "Lê Văn Sáu", "Công chức Tư pháp - Hộ tịch", _],
    ["III", "HỘ GIA ĐÌNH"],
    [HGD, 1, "Châu Văn Bảy", _, "Ấp Vĩnh Lợi"],
  ];
  for (const r of rows) {
    if (r.length === 2) s.row(...r);
    else s.record({ kind: r[0], ten: r[2], award: "Giấy khen" }, r[1], r[2], r[3], "Giấy khen", r[4]);
  }
  s.row();
  s.row(_, "Tổng cộng: 03 tập thể, 03 cá nhân, 01 hộ gia đình");
  return layout("xa-subsections", "a xã: I/II/III split, a)/b) and 1./2. sub-sections, column numbers", [
    { sheet: s },
  ]);
}

/** A company: an ALL-CAPS header without diacritics, sheet "Mau 01". */
function capsNoDiacritics(): ZooLayout {
  const s = new Sheet("Mau 01");
  s.row("CONG TY CO PHAN XUAT NHAP KHAU THUY SAN AN GIANG");
  s.row("DANH SACH DE NGHI KHEN THUONG NAM 2025");
  s.row();
  s.row(
    "STT",
    "HO VA TEN",
    "NAM SINH",
    "GIOI TINH",
    "CHUC VU",
    "DON VI CONG TAC",
    "HINH THUC KHEN THUONG",
    "GHI CHU",
  );
  const people: [string, number, string, string, string, string][] = [
    ["Nguyễn Văn Tèo", 1980, "Nam", "Tổ trưởng", "Phân xưởng chế biến 1", "Lao động tiên tiến"],
    ["Đặng Thị Thu Trang", 1991, "Nữ", "Công nhân", "Phân xưởng chế biến 2", "Lao động tiên tiến"],
    ["Lý Minh Khôi", 1986, "Nam", "Kỹ sư", "Phòng Kỹ thuật", "Chiến sĩ thi đua cơ sở"],
    ["Tô Thị Bích", 1995, "Nữ", "Nhân viên", "Phòng Kế toán", "Lao động tiên tiến"],
  ];
  people.forEach(([ten, y, g, cv, dv, award], i) =>
    s.record({ kind: CN, ten, award }, i + 1, ten, y, g, cv, dv, award),
  );
  s.row();
  s.row(_, "NGUOI LAP BIEU", _, _, _, "TONG GIAM DOC");
  return layout("caps-no-diacritics", "a company's list, header ALL CAPS without diacritics", [{ sheet: s }]);
}

/** An old company workbook in TCVN3 (.VnTime), header and all. */
function tcvn3(): ZooLayout {
  const s = new Sheet("DS");
  const t = (x: string | null): string | null => (x === null ? null : toTcvn3(x));
  s.row(t("CÔNG TY TNHH MỘT THÀNH VIÊN XỔ SỐ KIẾN THIẾT AN GIANG"));
  s.row(t("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"));
  s.row();
  s.row(t("STT"), t("Họ và tên"), t("Năm sinh"), t("Chức vụ"), t("Danh hiệu đề nghị"));
  const people: [string, number, string, string][] = [
    ["Nguyễn Thị Mỹ Hạnh", 1984, "Kế toán trưởng", "Chiến sĩ thi đua cơ sở"],
    ["Trương Văn Lực", 1977, "Trưởng phòng Kinh doanh", "Lao động tiên tiến"],
    ["Huỳnh Thị Diễm", 1990, "Nhân viên", "Lao động tiên tiến"],
  ];
  people.forEach(([ten, y, cv, award], i) =>
    s.record({ kind: CN, ten, award }, i + 1, t(ten), y, t(cv), t(award)),
  );
  s.record(
    { kind: TT, ten: "Phòng Kinh doanh", award: "Tập thể lao động tiên tiến" },
    4,
    t("Phòng Kinh doanh"),
    _,
    _,
    t("Tập thể lao động tiên tiến"),
  );
  s.row();
  s.row(_, t("Người lập biểu"), _, t("GIÁM ĐỐC"));
  return layout("tcvn3-company", "a company's list typed in TCVN3 (.VnTime)", [
    { sheet: s, extra: { font: ".VnTime" } },
  ]);
}

/** A school's old workbook in VNI-Windows. */
function vni(): ZooLayout {
  const s = new Sheet("Sheet1");
  s.row("DANH SAÙCH ÑEÀ NGHÒ KHEN THÖÔÛNG");
  s.row();
  s.row("STT", "Hoï vaø teân", "Naêm sinh", "Chöùc vuï");
  const people: [string, string, number, string][] = [
    ["Nguyeãn Vaên An", "Nguyễn Văn An", 1978, "Giaùo vieân"],
    ["Leâ Thò Hoàng", "Lê Thị Hồng", 1985, "Giaùo vieân"],
    ["Phaïm Thò Ngoïc Aùnh", "Phạm Thị Ngọc Ánh", 1990, "Giaùo vieân"],
    ["Huyønh Vaên Cöôøng", "Huỳnh Văn Cường", 1982, "Giaùo vieân"],
    ["Ñaëng Quoác Vieät", "Đặng Quốc Việt", 1975, "Giaùo vieân"],
  ];
  people.forEach(([raw, ten, y, cv], i) => s.record({ kind: CN, ten }, i + 1, raw, y, cv));
  return layout("vni-school", "a school's list typed in VNI-Windows", [
    { sheet: s, extra: { font: "VNI-Times" } },
  ]);
}

/** A sở: a list of tập thể then a list of cá nhân on one sheet, each with its header and total. */
function twoLists(): ZooLayout {
  const s = new Sheet("Danh sach");
  s.row("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", _, _, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  s.row();
  s.row("A. DANH SÁCH TẬP THỂ ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH");
  s.mergeLast(1, 6);
  s.row("STT", "Tên tập thể", "Tóm tắt thành tích", "Hình thức đề nghị");
  const units: [string, string][] = [
    ["Phòng Kế hoạch - Tài chính", "Bằng khen của Chủ tịch UBND tỉnh"],
    ["Chi cục Thủy lợi", "Bằng khen của Chủ tịch UBND tỉnh"],
    ["Trung tâm Khuyến nông", "Bằng khen của Chủ tịch UBND tỉnh"],
  ];
  units.forEach(([ten, award], i) =>
    s.record({ kind: TT, ten, award }, i + 1, ten, "Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục", award),
  );
  s.row(_, "Tổng cộng: 03 tập thể");
  s.row();
  s.row("B. DANH SÁCH CÁ NHÂN ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH");
  s.mergeLast(1, 6);
  s.row(
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Chức vụ, đơn vị công tác",
    "Tóm tắt thành tích",
    "Hình thức đề nghị",
  );
  const people: [string, number, string][] = [
    ["Ông Đỗ Văn Nhân", 1970, "Phó Giám đốc Sở"],
    ["Bà Lưu Thị Thanh Thúy", 1981, "Trưởng phòng Tổ chức cán bộ"],
    ["Kỹ sư Nguyễn Hoàng Phúc", 1987, "Chi cục Trồng trọt và Bảo vệ thực vật"],
    ["Lâm Thị Cẩm Tú", 1993, "Trung tâm Khuyến nông"],
  ];
  const award = "Bằng khen của Chủ tịch UBND tỉnh";
  people.forEach(([raw, y, cv], i) =>
    s.record(
      { kind: CN, ten: raw.replace(/^(Ông|Bà|Kỹ sư) /, ""), award },
      i + 1,
      raw,
      y,
      cv,
      "Hoàn thành xuất sắc nhiệm vụ",
      award,
    ),
  );
  s.row(_, "Tổng cộng: 04 cá nhân");
  s.row();
  s.row(_, "Nơi nhận:", _, "KT. GIÁM ĐỐC");
  s.row(_, "- Sở Nội vụ;", _, "PHÓ GIÁM ĐỐC");
  return layout("so-two-lists", "a sở: tập thể and cá nhân as two lists on one sheet, each with a total", [
    { sheet: s },
  ]);
}

/** The militia: a list from column C, a blank spacer column, a hidden helper column, frozen panes. */
function columnC(): ZooLayout {
  const s = new Sheet("DS khen thuong", 2);
  s.row("BAN CHỈ HUY QUÂN SỰ XÃ CHÂU PHONG");
  s.row("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CÔNG TÁC QUÂN SỰ - QUỐC PHÒNG NĂM 2025");
  s.row();
  s.row("TT", "Họ và tên", _, "Năm sinh", "Cấp bậc, chức vụ", "Đơn vị", "Hình thức khen thưởng", "Kiểm tra");
  const people: [string, string, number, string, string][] = [
    ["Thiếu úy Nguyễn Văn Tâm", "Nguyễn Văn Tâm", 1990, "Thiếu úy, Chỉ huy phó", "Ban CHQS xã"],
    ["Trung sĩ Lê Văn Đức", "Lê Văn Đức", 1998, "Trung sĩ, Tiểu đội trưởng", "Trung đội dân quân cơ động"],
    [
      "Binh nhất Trần Minh Khang",
      "Trần Minh Khang",
      2002,
      "Binh nhất, Chiến sĩ",
      "Trung đội dân quân cơ động",
    ],
    ["Đ/c Phan Văn Lâm", "Phan Văn Lâm", 1985, "Thôn đội trưởng", "Ấp Châu Long"],
  ];
  const award = "Giấy khen";
  people.forEach(([raw, ten, y, cv, dv], i) => {
    const r = s.rows.length + 1;
    s.record({ kind: CN, ten, award }, i + 1, raw, _, y, cv, dv, award, {
      formula: `IF(D${r}="","Thiếu tên","")`,
      result: "",
    } as FixtureCell);
  });
  s.record(
    { kind: TT, ten: "Trung đội dân quân cơ động", award: "Giấy khen" },
    5,
    "Trung đội dân quân cơ động",
    _,
    _,
    _,
    "Ban CHQS xã",
    award,
    { formula: `IF(D${s.rows.length + 1}="","Thiếu tên","")`, result: "" } as FixtureCell,
  );
  s.row();
  s.row(_, "CHỈ HUY TRƯỞNG");
  return layout("militia-column-c", "the militia: list from column C, spacer column, hidden helper, frozen", [
    { sheet: s, extra: { hiddenCols: [10], frozen: { rows: 4, cols: 4 } } },
  ]);
}

/** The police: a three-level header with a "Trong đó" split of past awards, serial dates. */
function policeThreeLevels(): ZooLayout {
  const s = new Sheet("Biểu 01");
  s.row("CÔNG AN TỈNH AN GIANG", _, _, _, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  s.row("PHÒNG CẢNH SÁT GIAO THÔNG");
  s.row("DANH SÁCH ĐỀ NGHỊ TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ");
  s.row();
  s.row(
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Cấp bậc, chức vụ",
    "Khen thưởng đã đạt (3 năm gần nhất)",
    _,
    _,
    "Hình thức đề nghị",
  );
  s.row(_, _, _, _, "Tổng số", "Trong đó", _, _);
  s.row(_, _, _, _, _, "Giấy khen", "Bằng khen", _);
  for (const c of ["A", "B", "C", "D", "H"]) s.merges.push(`${c}5:${c}7`);
  s.merges.push("E5:G5", "E6:E7", "F6:G6");
  const people: [string, string, number, number, number][] = [
    ["Thượng tá Nguyễn Văn Hải", "Nguyễn Văn Hải", 27485, 3, 1],
    ["Đại úy Trần Thị Thu", "Trần Thị Thu", 32874, 1, 0],
    ["Trung úy Lê Minh Quân", "Lê Minh Quân", 35432, 2, 1],
  ];
  const award = "Chiến sĩ thi đua cơ sở";
  people.forEach(([raw, ten, serial, gk, bk], i) =>
    s.record(
      { kind: CN, ten, award, fields: { chucVu: "Đội trưởng" } },
      i + 1,
      raw,
      serial,
      "Đội trưởng",
      gk + bk,
      gk,
      bk,
      award,
    ),
  );
  s.row();
  s.row(_, "TRƯỞNG PHÒNG");
  return layout(
    "police-three-levels",
    "the police: 3-level header with a «Trong đó» split, dates as serials",
    [{ sheet: s }],
  );
}

/** The militia's yearly list: numbers typed as text, STT "01", sections "I."/"II.". */
function textNumbers(): ZooLayout {
  const s = new Sheet("Biểu 1");
  s.row("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
  s.row("STT", "Họ tên / Tên đơn vị", "Năm sinh", "Chức vụ", "Danh hiệu");
  // A section row is [STT, title]; a record is [kind, STT, name, year, position, award], all text.
  const rows: ([string, string] | [SubjectKind, string, string, string | null, string | null, string])[] = [
    ["I.", "Tập thể"],
    [TT, "01", "Trung đội dân quân cơ động xã Mỹ Đức", _, _, "Đơn vị quyết thắng"],
    [TT, "02", "Tiểu đội dân quân thường trực", _, _, "Đơn vị tiên tiến"],
    ["II.", "Cá nhân"],
    [CN, "01", "Ngô Văn Phước", "1996", "Tiểu đội trưởng", "Chiến sĩ tiên tiến"],
    [CN, "02", "Dương Minh Trí", "2000", "Chiến sĩ", "Chiến sĩ tiên tiến"],
    [CN, "03", "Kha Văn Lành", "1993", "Khẩu đội trưởng", "Chiến sĩ thi đua"],
  ];
  for (const r of rows) {
    if (r.length === 2) s.row(...r);
    else s.record({ kind: r[0], ten: r[2], award: r[5] }, ...r.slice(1));
  }
  return layout("militia-text-numbers", "numbers typed as text: STT «01», years «1996», sections «I.»", [
    { sheet: s },
  ]);
}

/** A khối thi đua: only units, the award written in the "Ghi chú" column. */
function awardInNote(): ZooLayout {
  const s = new Sheet("Khối 5");
  s.row("KHỐI THI ĐUA CÁC CƠ QUAN TỔNG HỢP");
  s.row("DANH SÁCH SUY TÔN, ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025");
  s.row();
  s.row("STT", "Tên đơn vị", "Tóm tắt thành tích", "Ghi chú");
  const units: [string, string][] = [
    ["Sở Tài chính", "Cờ thi đua của UBND tỉnh"],
    ["Sở Nội vụ", "Bằng khen của Chủ tịch UBND tỉnh"],
    ["Thanh tra tỉnh", "Bằng khen của Chủ tịch UBND tỉnh"],
    ["Văn phòng UBND tỉnh", "Tập thể lao động xuất sắc"],
  ];
  units.forEach(([ten, award], i) =>
    s.record(
      { kind: TT, ten, award },
      i + 1,
      ten,
      "Dẫn đầu Khối thi đua, hoàn thành xuất sắc nhiệm vụ năm 2025",
      award,
    ),
  );
  s.row();
  s.row(_, "TM. KHỐI THI ĐUA");
  s.row(_, "KHỐI TRƯỞNG");
  return layout("khoi-award-in-note", "a khối thi đua: units only, the award in the «Ghi chú» column", [
    { sheet: s },
  ]);
}

/** A hospital's mixed list: gender, ethnicity, degree, long multi-line achievements, a ward. */
function hospitalMixed(): ZooLayout {
  const s = new Sheet("TCCB");
  s.row("TRUNG TÂM Y TẾ KHU VỰC CHÂU THÀNH");
  s.row("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025");
  s.row();
  s.row(
    "STT",
    "Họ và tên / Tên tập thể",
    "Giới tính",
    "Dân tộc",
    "Trình độ chuyên môn",
    "Chức vụ",
    "Tóm tắt thành tích",
    "Hình thức đề nghị",
  );
  s.row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)");
  const rows: [SubjectKind, string, string, FixtureCell, FixtureCell, FixtureCell, string][] = [
    [
      TT,
      "Khoa Hồi sức tích cực - Chống độc",
      "Khoa Hồi sức tích cực - Chống độc",
      _,
      _,
      _,
      "Tập thể lao động xuất sắc",
    ],
    [
      CN,
      "BS.CKI Néang Sa Rết",
      "Néang Sa Rết",
      "Nữ",
      "Khmer",
      "Bác sĩ chuyên khoa I",
      "Chiến sĩ thi đua cơ sở",
    ],
    [CN, "ThS. Châu Văn Tài", "Châu Văn Tài", "Nam", "Chăm", "Thạc sĩ Y tế công cộng", "Lao động tiên tiến"],
    [
      CN,
      "CN. Trần Thị Thanh Hương",
      "Trần Thị Thanh Hương",
      "Nữ",
      "Kinh",
      "Cử nhân Điều dưỡng",
      "Lao động tiên tiến",
    ],
    [TT, "Trạm Y tế xã Bình Hòa", "Trạm Y tế xã Bình Hòa", _, _, _, "Tập thể lao động tiên tiến"],
  ];
  rows.forEach(([kind, raw, ten, g, dt, td, award], i) =>
    s.record({ kind, ten, award }, i + 1, raw, g, dt, td, kind === CN ? "Viên chức" : _, LONG_ACH, award),
  );
  s.row();
  s.row(_, "THỦ TRƯỞNG ĐƠN VỊ");
  s.row(_, "(Ký tên, đóng dấu)");
  return layout("hospital-mixed", "a hospital: units and staff in one list, gender, ethnicity, long text", [
    { sheet: s },
  ]);
}

/** Footnotes and a "Nơi nhận" block after the list, worded as units write them. */
function footnotes(): ZooLayout {
  const s = new Sheet("Cá nhân");
  s.row("DANH SÁCH CÁ NHÂN ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU LAO ĐỘNG TIÊN TIẾN");
  s.row();
  s.row("STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Đơn vị", "Danh hiệu");
  const people: [string, FixtureCell][] = [
    ["Nguyễn Thị Tuyết Mai", "02/01/1987"],
    ["Trần Quốc Toản", "15/8/1990"],
    ["Võ Thị Kim Chi", date(1979, 11, 3)],
  ];
  people.forEach(([ten, d], i) =>
    s.record(
      { kind: CN, ten, award: "Lao động tiên tiến" },
      i + 1,
      ten,
      d,
      "Chuyên viên",
      "Phòng Văn hóa - Xã hội",
      "Lao động tiên tiến",
    ),
  );
  s.row();
  s.row(_, "Lưu ý: Cá nhân đề nghị danh hiệu Chiến sĩ thi đua cơ sở phải có sáng kiến được công nhận.");
  s.row("(*)", "Cột Ngày sinh ghi đủ ngày, tháng, năm theo CCCD.");
  s.row(_, "Danh sách gồm 03 cá nhân./.");
  s.row();
  s.row("Nơi nhận:", _, _, "THỦ TRƯỞNG ĐƠN VỊ");
  s.row("- Như trên;");
  s.row("- Lưu: VT.", _, _, "(Ký, ghi rõ họ tên, đóng dấu)");
  return layout("footnotes", "footnotes («Lưu ý:», «(*)», «Danh sách gồm…») and Nơi nhận after the list", [
    { sheet: s },
  ]);
}

/** Totals worded many ways: in the name column, merged over STT and name, with counts beside. */
function totals(): ZooLayout {
  const s = new Sheet("Tập thể");
  s.row("DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG");
  s.row("STT", "Tên tập thể", "Số thành viên", "Hình thức đề nghị");
  s.row("I", "Khối xã");
  s.record(
    { kind: TT, ten: "UBND xã Mỹ Hòa Hưng", award: "Giấy khen" },
    1,
    "UBND xã Mỹ Hòa Hưng",
    42,
    "Giấy khen",
  );
  s.record(
    { kind: TT, ten: "Đảng ủy xã Bình Hòa", award: "Giấy khen" },
    2,
    "Đảng ủy xã Bình Hòa",
    35,
    "Giấy khen",
  );
  s.row(_, "Cộng", 77);
  s.row("II", "Khối trường học");
  s.record(
    { kind: TT, ten: "Trường THCS Mỹ Hòa Hưng", award: "Giấy khen" },
    3,
    "Trường THCS Mỹ Hòa Hưng",
    51,
    "Giấy khen",
  );
  s.record(
    { kind: TT, ten: "Trường Mẫu giáo Hoa Mai", award: "Giấy khen" },
    4,
    "Trường Mẫu giáo Hoa Mai",
    18,
    "Giấy khen",
  );
  s.row(_, "Cộng khối", 69);
  s.row("TỔNG CỘNG", _, 146);
  s.mergeLast(1, 2);
  s.row(_, "Tổng số: 04 tập thể");
  return layout(
    "totals-variants",
    "totals: «Cộng» with a count, «Cộng khối», «TỔNG CỘNG» merged, «Tổng số:»",
    [{ sheet: s }],
  );
}

/** A name and position in one cell, split by a line break or a comma, under one merged header. */
function nameWithPosition(): ZooLayout {
  const s = new Sheet("Danh sách");
  s.row("DANH SÁCH ĐỀ NGHỊ CHỦ TỊCH UBND TỈNH TẶNG BẰNG KHEN");
  s.row();
  s.row("STT", "Họ và tên,\nchức vụ, đơn vị công tác", "Tóm tắt thành tích", "Hình thức khen thưởng");
  s.row();
  for (const c of ["A", "B", "C", "D"]) s.merges.push(`${c}3:${c}4`);
  s.row("(1)", "(2)", "(3)", "(4)");
  const award = "Bằng khen";
  const rows: [SubjectKind, string, string][] = [
    [CN, "Bà Nguyễn Thị Hồng\nPhó Trưởng phòng Văn hóa - Xã hội xã Mỹ Hòa Hưng", "Nguyễn Thị Hồng"],
    [CN, "Ông Trần Văn Hai, Chủ tịch Hội Nông dân xã Bình Hòa", "Trần Văn Hai"],
    [CN, "Lê Thanh Tùng\nChuyên viên Văn phòng HĐND và UBND xã", "Lê Thanh Tùng"],
    [TT, "Phòng Kinh tế xã Mỹ Hòa Hưng", "Phòng Kinh tế xã Mỹ Hòa Hưng"],
  ];
  rows.forEach(([kind, raw, ten], i) =>
    s.record({ kind, ten, award }, i + 1, raw, "Hoàn thành xuất sắc nhiệm vụ năm 2025", award),
  );
  return layout("name-with-position", "name and position in one cell (line break or comma), merged header", [
    { sheet: s },
  ]);
}

/** A decision's annex: the award named by each numbered sub-section, kind in its words. */
function awardBySection(): ZooLayout {
  const s = new Sheet("Phụ lục");
  s.row("DANH SÁCH KHEN THƯỞNG");
  s.row("(Kèm theo Quyết định số 1234/QĐ-UBND ngày 25/11/2025)");
  s.row();
  s.row("STT", "Họ và tên", "Chức vụ, đơn vị công tác");
  s.row("1. Tặng danh hiệu “Lao động tiên tiến” cho 3 cá nhân:");
  s.mergeLast(1, 3);
  for (const [i, ten] of ["Phan Thị Ngọc Diệp", "Kiều Văn Mến", "Hà Thị Yến Nhi"].entries())
    s.record({ kind: CN, ten, award: "Lao động tiên tiến" }, i + 1, ten, "Công chức xã Vĩnh Hậu");
  s.row("2. Tặng Giấy khen cho 2 tập thể:");
  s.mergeLast(1, 3);
  s.record({ kind: TT, ten: "Văn phòng Đảng ủy", award: "Giấy khen" }, 1, "Văn phòng Đảng ủy", "Xã Vĩnh Hậu");
  s.record(
    { kind: TT, ten: "Ban Chỉ huy Quân sự", award: "Giấy khen" },
    2,
    "Ban Chỉ huy Quân sự",
    "Xã Vĩnh Hậu",
  );
  s.row();
  s.row(_, _, "CHỦ TỊCH");
  return layout("award-by-section", "a decision's annex: «1. Tặng … cho 3 cá nhân:» sub-sections", [
    { sheet: s },
  ]);
}

/** A company's staff list: employee numbers, CCCD as text, birth dates as text, header on row 8. */
function companyStaff(): ZooLayout {
  const s = new Sheet("DS khen thuong");
  s.row("TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM");
  s.row("CÔNG TY ĐIỆN LỰC AN GIANG");
  s.row();
  s.row(_, _, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  s.row(_, _, "Độc lập - Tự do - Hạnh phúc");
  s.row();
  s.row("DANH SÁCH CÁ NHÂN ĐẠT DANH HIỆU LAO ĐỘNG TIÊN TIẾN NĂM 2025");
  s.row("Mã NV", "Họ tên", "Số CCCD", "Ngày sinh", "Bộ phận", "Chức danh");
  const people: [string, string, string, string][] = [
    ["NV0125", "Hồ Văn Nhựt", "089080001234", "12/03/1985"],
    ["NV0342", "Thái Thị Kim Loan", "089190004567", "1/7/1992"],
    ["NV0519", "Quách Minh Luân", "089088007890", "30/12/1988"],
  ];
  people.forEach(([id, ten, cccd, d]) =>
    s.record({ kind: CN, ten }, id, ten, cccd, d, "Đội Quản lý điện", "Công nhân"),
  );
  return layout("company-staff", "a company's staff list: employee no., CCCD as text, header on row 8", [
    { sheet: s },
  ]);
}

/** Households of a xã: "Hộ ông/bà", chủ hộ header, address, a totals row with the count. */
function households(): ZooLayout {
  const s = new Sheet("HGĐ");
  s.row("UBND XÃ PHÚ HỮU");
  s.row("DANH SÁCH HỘ GIA ĐÌNH ĐỀ NGHỊ KHEN THƯỞNG");
  s.row();
  s.row("STT", "Họ và tên chủ hộ", "Năm sinh", "Địa chỉ", "Thành tích", "Hình thức");
  const rows: [string, number, string][] = [
    ["Nguyễn Văn Mười", 1958, "Ấp Phú Lợi"],
    ["Lê Thị Tám", 1962, "Ấp Phú Thạnh"],
    ["Hộ ông Đinh Văn Chín", 1955, "Ấp Phú Lợi"],
  ];
  rows.forEach(([raw, y, addr], i) =>
    s.record(
      { kind: HGD, ten: raw, award: "Giấy khen" },
      i + 1,
      raw,
      y,
      addr,
      "Hiến 300 m² đất làm đường giao thông nông thôn",
      "Giấy khen",
    ),
  );
  s.row(_, "Tổng cộng: 03 hộ");
  return layout("households", "households under «Họ và tên chủ hộ» with the head's birth year", [
    { sheet: s },
  ]);
}

/** A sở's Tờ trình: awards as numbered sub-sections under "I. DANH HIỆU" / "II. HÌNH THỨC", no award column. */
function awardSubSections(): ZooLayout {
  const s = new Sheet("Biểu 3");
  s.row("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
  s.row("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM HỌC 2024-2025");
  s.row();
  s.row("STT", "Họ và tên / Tên tập thể", "Năm sinh", "Chức vụ, đơn vị", "Tóm tắt thành tích");
  s.row("I", "DANH HIỆU THI ĐUA");
  s.row("1.", "Chiến sĩ thi đua cơ sở");
  s.record(
    { kind: CN, ten: "Mai Thị Thanh Trúc", award: "Chiến sĩ thi đua cơ sở" },
    1,
    "ThS. Mai Thị Thanh Trúc",
    1984,
    "Phó Hiệu trưởng Trường THPT Long Xuyên",
    "Có sáng kiến cấp tỉnh",
  );
  s.record(
    { kind: CN, ten: "Đoàn Văn Lợi", award: "Chiến sĩ thi đua cơ sở" },
    2,
    "Thầy Đoàn Văn Lợi",
    1979,
    "Giáo viên Trường THPT Thoại Ngọc Hầu",
    "Có sáng kiến cấp tỉnh",
  );
  s.row("2.", "Danh hiệu “Lao động tiên tiến”");
  s.record(
    { kind: CN, ten: "Trịnh Thị Thủy", award: "Lao động tiên tiến" },
    1,
    "Trịnh Thị Thủy",
    1990,
    "Nhân viên Văn phòng Sở",
    "Hoàn thành tốt nhiệm vụ",
  );
  s.row("II", "HÌNH THỨC KHEN THƯỞNG");
  s.row("1.", "Giấy khen của Giám đốc Sở:");
  s.record(
    { kind: TT, ten: "Trường THPT Châu Văn Liêm", award: "Giấy khen của Giám đốc Sở" },
    1,
    "Trường THPT Châu Văn Liêm",
    _,
    _,
    "Dẫn đầu phong trào thi đua",
  );
  s.record(
    { kind: CN, ten: "Nguyễn Hữu Tín", award: "Giấy khen của Giám đốc Sở" },
    2,
    "NGƯT. Nguyễn Hữu Tín",
    1972,
    "Hiệu trưởng Trường THCS Mỹ Thới",
    "Hoàn thành xuất sắc nhiệm vụ",
  );
  s.row();
  s.row("Ghi chú: Hồ sơ gửi kèm bản mềm về Phòng Tổ chức cán bộ.");
  s.row(_, "GIÁM ĐỐC");
  return layout("award-sub-sections", "awards as numbered sub-sections, no award column, a «Ghi chú:» line", [
    { sheet: s },
  ]);
}

/** A xã's notes column of awards in other words, a dash between name and position. */
function notesAndDashes(): ZooLayout {
  const s = new Sheet("DS 2025");
  s.row("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
  s.row("STT", "Họ tên, chức danh", "Thành tích", "Ghi chú");
  const rows: [SubjectKind, string, string, string][] = [
    [CN, "Trần Văn Mạnh - Chủ tịch UBND xã", "Trần Văn Mạnh", "Đề nghị Bằng khen Thủ tướng Chính phủ"],
    [CN, "Lý Thị Hoa – Công chức Văn hóa - Xã hội", "Lý Thị Hoa", "Chiến sĩ thi đua cấp tỉnh"],
    [CN, "Bà Hồ Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ", "Hồ Thị Nga", "Bằng khen của Chủ tịch UBND tỉnh"],
  ];
  rows.forEach(([kind, raw, ten, award], i) =>
    s.record({ kind, ten, award }, i + 1, raw, "Hoàn thành xuất sắc nhiệm vụ", award),
  );
  s.row(_, "Cộng mục I: 03 cá nhân");
  s.row(_, "TM. ỦY BAN NHÂN DÂN");
  return layout("notes-and-dashes", "awards in «Ghi chú» worded otherwise, «Tên - chức danh» with dashes", [
    { sheet: s },
  ]);
}

/** A sở's list whose award and unit cells are merged down over the records they apply to. */
function mergedDown(): ZooLayout {
  const s = new Sheet("DS");
  s.row("DANH SÁCH ĐỀ NGHỊ GIÁM ĐỐC SỞ TẶNG GIẤY KHEN");
  s.row();
  s.row("STT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị công tác", "Hình thức khen thưởng");
  const award = "Giấy khen của Giám đốc Sở";
  const people: [string, number, string, string | null][] = [
    ["Nguyễn Thanh Phong", 1982, "Trưởng phòng", "Phòng Tổ chức"],
    ["Phạm Ngọc Bích", 1988, "Chuyên viên", null],
    ["Lê Quang Vinh", 1991, "Chuyên viên", null],
    ["Tạ Thị Hương", 1985, "Phó Chánh Văn phòng", "Văn phòng Sở"],
    ["Bùi Văn Kiên", 1979, "Nhân viên", null],
  ];
  const first = s.rows.length + 1;
  people.forEach(([ten, y, cv, dv], i) =>
    s.record(
      { kind: CN, ten, award, fields: { donVi: i < 3 ? "Phòng Tổ chức" : "Văn phòng Sở" } },
      i + 1,
      ten,
      y,
      cv,
      dv,
      i === 0 ? award : _,
    ),
  );
  s.merges.push(`F${first}:F${first + 4}`, `E${first}:E${first + 2}`, `E${first + 3}:E${first + 4}`);
  s.row();
  s.row(_, "Người lập biểu", _, _, "GIÁM ĐỐC");
  return layout("merged-down", "award and unit cells merged down over the records they apply to", [
    { sheet: s },
  ]);
}

/** Each record over two rows (from a Word table): STT and year merged down, position under the name. */
function twoRowRecords(): ZooLayout {
  const s = new Sheet("Sheet1");
  s.row("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
  s.row("STT", "Họ và tên, chức vụ", "Năm sinh", "Hình thức đề nghị");
  const people: [string, string, number][] = [
    ["Ông Võ Văn Thắng", "Bí thư Chi bộ ấp Tân Hòa", 1968],
    ["Bà Dương Thị Lụa", "Chi hội trưởng Hội Nông dân", 1975],
    ["Ông Kim Sóc Phan", "Trưởng ban Công tác Mặt trận", 1970],
  ];
  people.forEach(([raw, cv, y], i) => {
    const top = s.rows.length + 1;
    s.record(
      { kind: CN, ten: raw.replace(/^(Ông|Bà) /, ""), award: "Giấy khen", fields: { chucVu: cv } },
      i + 1,
      raw,
      y,
      "Giấy khen",
    );
    s.row(_, cv);
    s.merges.push(`A${top}:A${top + 1}`, `C${top}:C${top + 1}`, `D${top}:D${top + 1}`);
  });
  return layout(
    "two-row-records",
    "each record over two rows: STT merged down, the position under the name",
    [{ sheet: s }],
  );
}

/** A school's export: "Họ và tên" over "Họ đệm" | "Tên", dates as text. */
function splitNameColumns(): ZooLayout {
  const s = new Sheet("Danh sach hoc sinh");
  s.row("DANH SÁCH HỌC SINH ĐỀ NGHỊ KHEN THƯỞNG HỌC SINH XUẤT SẮC");
  s.row("STT", "Họ và tên", _, "Ngày sinh", "Lớp", "Danh hiệu");
  s.row(_, "Họ đệm", "Tên");
  s.merges.push("A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3");
  const kids: [string, string, string][] = [
    ["Nguyễn Thị Bảo", "Ngọc", "03/02/2012"],
    ["Trần Gia", "Huy", "17/11/2012"],
    ["Lê Hoàng Minh", "Khang", "8/5/2012"],
  ];
  kids.forEach(([ho, ten, d], i) =>
    s.record(
      { kind: CN, ten: `${ho} ${ten}`, award: "Học sinh xuất sắc" },
      i + 1,
      ho,
      ten,
      d,
      "7A1",
      "Học sinh xuất sắc",
    ),
  );
  return layout("split-name-columns", "«Họ và tên» over «Họ đệm» | «Tên», dates as text", [{ sheet: s }]);
}

/** A list printed over pages: the column numbers repeated at each page, "Tổng:", a compiler's signature. */
function pageBreaks(): ZooLayout {
  const s = new Sheet("In");
  s.row("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
  s.row("STT", "Họ và tên", "Năm sinh", "Chức vụ", "Hình thức");
  s.row(1, 2, 3, 4, 5);
  const names = ["Nguyễn Văn Ân", "Trần Thị Bé Ba", "Lê Hữu Nghĩa", "Mã Thị Hoa", "Tăng Văn Sơn"];
  names.forEach((ten, i) => {
    if (i === 3) s.row("(1)", "(2)", "(3)", "(4)", "(5)");
    if (i === 4) s.row(1, 2, 3, 4, 5);
    s.record({ kind: CN, ten, award: "Giấy khen" }, i + 1, ten, 1980 + i, "Chuyên viên", "Giấy khen");
  });
  s.row(_, "Tổng: 05 cá nhân");
  s.row(_, "Tổng cộng (I+II): 05");
  s.row(_, "NGƯỜI TỔNG HỢP", _, "THỦ TRƯỞNG CƠ QUAN");
  s.row(_, "Đinh Thị Thu");
  return layout("page-breaks", "column numbers repeated under page breaks, «Tổng:», «NGƯỜI TỔNG HỢP»", [
    { sheet: s },
  ]);
}

/** A tập thể sheet and a cá nhân sheet named "DS TT" and "DS CN", nothing else telling the kind. */
function shortSheetNames(): ZooLayout {
  const tt = new Sheet("DS TT");
  const cn = new Sheet("DS CN");
  for (const s of [tt, cn]) s.row("STT", "Tên", "Thành tích", "Hình thức khen thưởng");
  for (const [i, ten] of ["Mỹ Thạnh", "Hoa Sen"].entries())
    tt.record({ kind: TT, ten, award: "Giấy khen" }, i + 1, ten, "Hoàn thành xuất sắc nhiệm vụ", "Giấy khen");
  for (const [i, ten] of ["Lê Văn Tư", "Phạm Thị Thu Hà"].entries())
    cn.record({ kind: CN, ten, award: "Giấy khen" }, i + 1, ten, "Hoàn thành xuất sắc nhiệm vụ", "Giấy khen");
  return layout("short-sheet-names", "sheets «DS TT» and «DS CN»: the sheet's short name tells the kind", [
    { sheet: tt },
    { sheet: cn },
  ]);
}

/** Sections without numbers, with counts ("Tập thể (02)", "Cá nhân: 03 người"), remarks after names. */
function unnumberedSections(): ZooLayout {
  const s = new Sheet("Danh sách KT");
  s.row("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
  s.row("STT", "Họ và tên", "Năm sinh", "Chức vụ", "Thành tích");
  const ach = "Hoàn thành xuất sắc nhiệm vụ năm 2025";
  s.row(_, "Tập thể (02)");
  s.record({ kind: TT, ten: "Phòng Nội vụ" }, 1, "Phòng Nội vụ", _, _, ach);
  s.record({ kind: TT, ten: "Mỹ Thạnh" }, 2, "Mỹ Thạnh", _, _, ach);
  s.row(_, "Cá nhân: 03 người");
  s.record({ kind: CN, ten: "Lý Văn Sáu" }, 1, "Lý Văn Sáu", 1980, "Chuyên viên", ach);
  s.row(_, "Danh hiệu “Lao động tiên tiến”");
  s.record(
    { kind: CN, ten: "Đào Thị Nhàn", award: "Lao động tiên tiến" },
    2,
    "Đào Thị Nhàn (*)",
    1982,
    "Kế toán",
    ach,
  );
  s.record(
    { kind: CN, ten: "Nguyễn Thị Kim Ngân", award: "Lao động tiên tiến" },
    3,
    "Nguyễn Thị Kim Ngân\n(Đảng viên)",
    1975,
    "Văn thư",
    ach,
  );
  s.row();
  s.row("(*) Cá nhân được đề nghị lần thứ hai.");
  return layout(
    "unnumbered-sections",
    "sections without numbers, with counts; «(*)» and remarks after names",
    [{ sheet: s }],
  );
}

/** A xã's list beside its tally of counts per kind ("Trong đó: Tập thể | Cá nhân | HGĐ"), which is no list. */
function listAndTally(): ZooLayout {
  const list = new Sheet("Biểu 01");
  list.row("STT", "Tên tập thể, cá nhân", "Loại", "Thành tích", "Hình thức đề nghị");
  const rows: [SubjectKind, string, string][] = [
    [TT, "Ấp Mỹ Thuận", "Tập thể"],
    [CN, "Trương Thị Nở", "Cá nhân"],
    [HGD, "Hộ ông Cao Văn Tý", "Hộ gia đình"],
  ];
  rows.forEach(([kind, ten, loai], i) =>
    list.record(
      { kind, ten, award: "Giấy khen" },
      i + 1,
      ten,
      loai,
      "Hoàn thành xuất sắc nhiệm vụ",
      "Giấy khen",
    ),
  );
  const tally: FixtureSheet = {
    name: "Biểu 02",
    rows: [
      ["BIỂU TỔNG HỢP SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG"],
      ["STT", "Đơn vị", "Tổng số", "Trong đó", _, _],
      [_, _, _, "Tập thể", "Cá nhân", "Hộ gia đình"],
      [1, "Ấp Mỹ Thuận", 5, 2, 2, 1],
      [2, "Ấp Mỹ Phú", 4, 1, 3, 0],
      [_, "Tổng cộng", 9, 3, 5, 1],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:F2"],
  };
  const counts: FixtureSheet = {
    name: "Sheet3",
    rows: [
      ["STT", "Đơn vị", "Số tập thể", "Số cá nhân", "Ghi chú"],
      [1, "Ấp Mỹ Thuận", 1, 1, _],
      [2, "Ấp Mỹ Phú", 0, 1, _],
    ],
  };
  return layout(
    "list-and-tally",
    "a list beside two tallies of counts per kind (a «Trong đó» split, «Số tập thể»)",
    [{ sheet: list }],
    [
      { sheet: tally, role: "report" },
      { sheet: counts, role: "report" },
    ],
  );
}

/** A decision's annex: "Ông"/"Bà" in its own column under "Họ và tên" merged over two columns. */
function honorificColumn(): ZooLayout {
  const s = new Sheet("PL1");
  s.row("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN");
  s.row("(Kèm theo Quyết định số 2468/QĐ-UBND ngày 01/12/2025 của Chủ tịch UBND tỉnh)");
  s.row();
  s.row("STT", "Họ và tên", _, "Chức vụ, đơn vị công tác");
  s.mergeLast(2, 3);
  const people: [string, string, string][] = [
    ["Ông", "Nguyễn Văn Hùng", "Chủ tịch UBND xã Mỹ Hòa Hưng"],
    ["Bà", "Trần Thị Mỹ Lệ", "Phó Chủ tịch HĐND xã Mỹ Hòa Hưng"],
    ["Ông", "Lê Hoàng Nam", "Trưởng Công an xã Bình Hòa"],
  ];
  people.forEach(([title, ten, cv], i) => s.record({ kind: CN, ten }, i + 1, title, ten, cv));
  return layout("honorific-column", "«Ông»/«Bà» in its own column under «Họ và tên» merged over two", [
    { sheet: s },
  ]);
}

/** Every wild layout. */
export function wildLayouts(): ZooLayout[] {
  return [
    hospital(),
    school(),
    xaSubsections(),
    capsNoDiacritics(),
    tcvn3(),
    vni(),
    twoLists(),
    columnC(),
    policeThreeLevels(),
    textNumbers(),
    awardInNote(),
    hospitalMixed(),
    footnotes(),
    totals(),
    nameWithPosition(),
    awardBySection(),
    companyStaff(),
    households(),
    awardSubSections(),
    notesAndDashes(),
    mergedDown(),
    twoRowRecords(),
    splitNameColumns(),
    pageBreaks(),
    shortSheetNames(),
    unnumberedSections(),
    listAndTally(),
    honorificColumn(),
  ];
}
