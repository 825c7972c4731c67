import { classifyText, convertTcvn3, convertVni, decodeLegacy, readLists } from "../../src/core/read";
import { sheet } from "./grids";

const TCVN3: [string, string][] = [
  ["NguyÔn V¨n An", "Nguyễn Văn An"],
  ["Ph¹m ThÞ Hång", "Phạm Thị Hồng"],
  ["Tr­êng THCS Lª Lîi", "Trường THCS Lê Lợi"],
  ["§inh Quang Dòng", "Đinh Quang Dũng"],
  ["Hoµng ThÞ Thu H­¬ng", "Hoàng Thị Thu Hương"],
  ["Ngµy, th¸ng, n¨m sinh", "Ngày, tháng, năm sinh"],
  ["Quª qu¸n", "Quê quán"],
  ["Chøc vô", "Chức vụ"],
  ["Bïi Xu©n Tr­êng", "Bùi Xuân Trường"],
  ["Vâ ThÞ Ngäc Ph­îng", "Võ Thị Ngọc Phượng"],
  ["Hoµn thµnh xuÊt s¾c nhiÖm vô", "Hoàn thành xuất sắc nhiệm vụ"],
  ["NGUYÔN V¡N AN", "NGUYỄN VĂN AN"],
  ["TR¦êNG TIÓU HäC", "TRƯỜNG TIỂU HỌC"],
];
const VNI: [string, string][] = [
  ["Höôøng", "Hường"],
  ["Nguyeãn Vaên An", "Nguyễn Văn An"],
  ["Leâ Thò Hoàng", "Lê Thị Hồng"],
  ["Ñoaøn Thanh Nieân", "Đoàn Thanh Niên"],
  ["Tröôøng Tieåu hoïc", "Trường Tiểu học"],
  ["Toùm taét thaønh tích", "Tóm tắt thành tích"],
  ["UÛy ban nhaân daân xaõ", "Ủy ban nhân dân xã"],
  ["Phaïm Thò Ngoïc Aùnh", "Phạm Thị Ngọc Ánh"],
  ["Huyønh Vaên Cöôøng", "Huỳnh Văn Cường"],
  ["NGUYEÃN VAÊN AN", "NGUYỄN VĂN AN"],
  ["TRÖÔØNG", "TRƯỜNG"],
  ["Ñaëng Quoác Vieät", "Đặng Quốc Việt"],
];
const UNICODE = [
  "Tô Hà",
  "Hoàng",
  "Thành tích",
  "Lê Thị Hà",
  "HỌ VÀ TÊN",
  "Võ Văn Kiệt",
  "Nguyễn Thị Ánh Tuyết",
  "Trường THPT Long Xuyên",
  "30°C",
  "Müller",
  "Phòng Giáo dục và Đào tạo",
  "Ôn Thị Bé",
  "Ý Lan",
];

describe("legacy encodings", () => {
  it.each(TCVN3)("converts TCVN3 %s", (raw, want) => {
    expect(convertTcvn3(raw)).toBe(want);
    expect(decodeLegacy(raw)).toEqual({ text: want, encoding: "tcvn3" });
  });

  it.each(VNI)("converts VNI %s", (raw, want) => {
    expect(convertVni(raw)).toBe(want);
    expect(decodeLegacy(raw)).toEqual({ text: want, encoding: "vni" });
  });

  it.each(UNICODE)("leaves Unicode/ASCII %s alone", (text) => {
    expect(
      classifyText(text) === "legacy" || classifyText(text) === "ambiguous" ? decodeLegacy(text) : null,
    ).toBeNull();
  });

  const list = (rows: unknown[][]) =>
    readLists([sheet("Sheet1", [["STT", "Hä vµ tªn", "N¨m sinh", "Chøc vô"], ...rows])])[0];

  it("reads a TCVN3 list, reports the encoding once at the first converted cell", () => {
    const l = list([
      [1, "NguyÔn V¨n An", 1970, "Gi¸o viªn"],
      [2, "Ph¹m ThÞ Hång", 1972, "KÕ to¸n"],
    ]);
    expect(l.encoding).toBe("tcvn3");
    expect(l.columns.map((c) => c.header)).toEqual(["STT", "Họ và tên", "Năm sinh", "Chức vụ"]);
    expect(l.records.map((r) => [r.fields.ten, r.fields.chucVu, r.kind])).toEqual([
      ["Nguyễn Văn An", "Giáo viên", "ca-nhan"],
      ["Phạm Thị Hồng", "Kế toán", "ca-nhan"],
    ]);
    expect(l.findings).toEqual([
      {
        code: "legacy-encoding",
        severity: "info",
        sheet: "Sheet1",
        cell: "B1",
        row: 1,
        field: null,
        message:
          "Đã chuyển 7 ô từ bảng mã TCVN3 (ABC, phông .VnTime) sang Unicode để đọc danh sách. " +
          "Nên chuyển tệp sang Unicode (phông Times New Roman) trước khi gửi để tránh lỗi hiển thị.",
      },
    ]);
  });

  it("reads a VNI list, settling cells that read as Unicode too", () => {
    const [l] = readLists([
      sheet("Sheet1", [
        ["STT", "Hoï vaø teân", "Naêm sinh", "Chöùc vuï"],
        [1, "Hoàng", 1970, "Giaùo vieân"],
      ]),
    ]);
    expect(l.encoding).toBe("vni");
    expect(l.records[0].fields).toEqual({ stt: "1", ten: "Hồng", ngaySinh: "1970", chucVu: "Giáo viên" });
  });

  it("calls a list mixing legacy and Unicode text mixed", () => {
    const l = list([
      [1, "Nguyễn Văn An", 1970, "Giáo viên"],
      [2, "Nguyeãn Vaên Bình", 1971, "Kế toán"],
    ]);
    expect(l.encoding).toBe("mixed");
    expect(l.records.map((r) => r.fields.ten)).toEqual(["Nguyễn Văn An", "Nguyễn Văn Bình"]);
    expect(l.findings.map((f) => [f.code, f.message])).toEqual([
      [
        "legacy-encoding",
        "Đã chuyển 3 ô từ bảng mã TCVN3 (ABC, phông .VnTime) và 1 ô từ bảng mã VNI-Windows (phông VNI-Times) " +
          "sang Unicode để đọc danh sách. Nên chuyển tệp sang Unicode (phông Times New Roman) trước khi gửi " +
          "để tránh lỗi hiển thị.",
      ],
    ]);
  });

  it("reads a plain Unicode list as unicode with no finding", () => {
    const [l] = readLists([
      sheet("S", [
        ["STT", "Họ và tên", "Năm sinh", "Chức vụ"],
        [1, "Tô Hà", 1970, "Hoàng"],
      ]),
    ]);
    expect(l.encoding).toBe("unicode");
    expect(l.records[0].fields.ten).toBe("Tô Hà");
    expect(l.findings).toEqual([]);
  });
});
