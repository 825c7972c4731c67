import { getBuiltinPlan } from "../../src/core/plan";
import type { Plan } from "../../src/core/plan";
import { buildSummarySheet, SUMMARY_SHEET, type SummaryInput } from "../../src/core/summary";
import type { FileReport, QuotaStatus } from "../../src/core/types";
import { cellAt, finding, rec, report, rowOf, rowValues, sectionRow, valueAt } from "./reports";
import { allKindsQuota } from "../check/quotas";

const AG2025 = getBuiltinPlan("an-giang-2025") as Plan;
const BD = getBuiltinPlan("binh-dinh-2022-2025") as Plan;
const SO_TTTT = getBuiltinPlan("so-tttt-2022-2025") as Plan;

const A = "A. SỐ LƯỢNG THEO ĐỐI TƯỢNG VÀ CHỈ TIÊU";
const B = "B. SỐ LƯỢNG THEO LĨNH VỰC";
const C = "C. THEO BIỂU 0603.N (THÔNG TƯ 02/2023/TT-BNV)";
const D = "D. DANH SÁCH TRÍCH NGANG";
const E = "E. KẾT QUẢ KIỂM TRA (VẤN ĐỀ CÒN TỒN TẠI)";

function input(
  r: FileReport,
  plan: Plan = AG2025,
  extra: Partial<SummaryInput["options"]> = {},
): SummaryInput {
  return {
    report: r,
    plan,
    options: { reportDate: "2025-11-20", unitKind: "xa", unitName: "UBND xã Mỹ Hòa Hưng", ...extra },
    madeOn: "2025-11-20",
  };
}

const XA_QUOTA = allKindsQuota({ min: 2, max: null, actual: 1, met: false });

describe("header block and signature", () => {
  const m = buildSummarySheet(input(report([rec("ca-nhan", { ten: "Lê Văn An" })], { quota: [XA_QUOTA] })));

  it("is the sheet «Tổng hợp» with the unit, plan, period and date", () => {
    expect(m.name).toBe(SUMMARY_SHEET);
    expect(m.name).toBe("Tổng hợp");
    const texts = m.cells.map((c) => c.value);
    expect(valueAt(m, 1, 1)).toBe("UBND xã Mỹ Hòa Hưng");
    expect(valueAt(m, 1, 4)).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(valueAt(m, 2, 4)).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(texts).toContain("Đơn vị: UBND xã Mỹ Hòa Hưng");
    expect(texts).toContain("Loại đơn vị: Xã, phường, thị trấn");
    expect(texts).toContain(`Kế hoạch: ${AG2025.title}`);
    expect(texts).toContain("Kỳ báo cáo: Năm 2025");
    expect(texts).toContain("Ngày lập: 20/11/2025");
    expect(texts).toContain("Tệp danh sách: danh-sach.xlsx");
  });

  it("merges the title across the nine columns and the motto over D–I", () => {
    const title = rowOf(m, "BẢNG TỔNG HỢP DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐỀ NGHỊ");
    expect(m.merges).toContainEqual({ top: title, left: 1, bottom: title, right: 9 });
    expect(m.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 3 });
    expect(m.merges).toContainEqual({ top: 1, left: 4, bottom: 1, right: 9 });
    expect(cellAt(m, title, 1)?.style).toMatchObject({ bold: true, align: "center" });
    for (const s of [A, B, C, D, E]) {
      const r = rowOf(m, s);
      expect(m.merges).toContainEqual({ top: r, left: 1, bottom: r, right: 9 });
      expect(cellAt(m, r, 1)?.style?.bold).toBe(true);
    }
    // STT, then section D's columns for 000: name, kind, birth, quê quán, chức vụ – đơn vị, hộ khẩu,
    // a tập thể's three particulars, thành tích, quá trình khen thưởng, the proposed form.
    expect(m.columnWidths).toEqual([6, 30, 12, 12, 20, 32, 26, 30, 30, 30, 60, 36, 28]);
  });

  it("shows «…» for a unit with no name, and no unit-kind line without a kind", () => {
    const anon = buildSummarySheet({
      ...input(report([])),
      options: { reportDate: "2025-11-20" },
    });
    expect(anon.cells.map((c) => c.value)).toContain("Đơn vị: …");
    expect(anon.cells.some((c) => typeof c.value === "string" && c.value.startsWith("Loại đơn vị"))).toBe(
      false,
    );
    expect(sectionRow(anon, A, "Chưa chọn loại đơn vị nên chưa đối chiếu chỉ tiêu.")[1]).toBe(
      "Chưa chọn loại đơn vị nên chưa đối chiếu chỉ tiêu.",
    );
  });

  it("ends with the signature block under a place-and-date line", () => {
    const dateRow = rowOf(m, "……, ngày 20 tháng 11 năm 2025");
    expect(valueAt(m, dateRow + 1, 1)).toBe("NGƯỜI LẬP BIỂU");
    expect(valueAt(m, dateRow + 1, 7)).toBe("THỦ TRƯỞNG ĐƠN VỊ");
    expect(valueAt(m, dateRow + 2, 1)).toBe("(Ký, ghi rõ họ tên)");
    expect(valueAt(m, dateRow + 2, 7)).toBe("(Ký, ghi rõ họ tên, đóng dấu)");
    expect(dateRow).toBeGreaterThan(rowOf(m, E));
  });
});

describe("A. counts by kind against the quota", () => {
  it("counts each kind and says the xã is 1 short of its combined quota of 2", () => {
    const m = buildSummarySheet(
      input(
        report([rec("ca-nhan", { ten: "Lê Văn An" }), rec(null, { ten: "Ấp Long Hòa" })], {
          quota: [XA_QUOTA],
        }),
      ),
    );
    expect(rowValues(m, rowOf(m, A) + 1, 6)).toEqual([
      "STT",
      "Đối tượng",
      "Số lượng",
      "Chỉ tiêu",
      "Kết quả",
      "Còn thiếu / vượt",
    ]);
    expect(sectionRow(m, A, "Tập thể").slice(0, 3)).toEqual([1, "Tập thể", 0]);
    expect(sectionRow(m, A, "Cá nhân").slice(0, 3)).toEqual([2, "Cá nhân", 1]);
    expect(sectionRow(m, A, "Hộ gia đình").slice(0, 3)).toEqual([3, "Hộ gia đình", 0]);
    expect(sectionRow(m, A, "Tổng cộng").slice(1, 3)).toEqual(["Tổng cộng", 1]);
    expect(sectionRow(m, A, "Tập thể + Cá nhân + Hộ gia đình")).toEqual([
      null,
      "Tập thể + Cá nhân + Hộ gia đình",
      1,
      "≥ 2",
      "Chưa đạt",
      "còn thiếu 1",
    ]);
    // The plan's quotas sit under their own heading, merged over B–F, right above the quota row.
    const quotaHead = rowOf(m, "Đối chiếu chỉ tiêu của kế hoạch (xã, phường, thị trấn)", rowOf(m, A), 2);
    expect(m.merges).toContainEqual({ top: quotaHead, left: 2, bottom: quotaHead, right: 6 });
    expect(rowOf(m, "Tập thể + Cá nhân + Hộ gia đình", rowOf(m, A), 2)).toBe(quotaHead + 1);
  });

  it("says a doanh nghiệp with 4 cá nhân is 1 over its 1–3 quota, one row per quota", () => {
    const four = ["A", "B", "C", "D"].map((x) => rec("ca-nhan", { ten: `Nguyễn Văn ${x}` }));
    const quota: QuotaStatus[] = [
      { kind: "ca-nhan", kinds: ["ca-nhan"], min: 1, max: 3, actual: 4, met: false },
    ];
    const m = buildSummarySheet(input(report(four, { quota }), BD, { unitKind: "doanh-nghiep" }));
    const quotaRow = rowOf(m, "Cá nhân", rowOf(m, "Đối chiếu chỉ tiêu của kế hoạch (doanh nghiệp)"), 2);
    expect(rowValues(m, quotaRow, 6)).toEqual([null, "Cá nhân", 4, "1–3", "Chưa đạt", "vượt 1"]);
    expect(rowValues(m, quotaRow + 1, 2)).toEqual([undefined, undefined]);
  });

  it("says «Đạt» with nothing missing when the quota is met", () => {
    const met: QuotaStatus = { ...XA_QUOTA, actual: 2, met: true };
    const two = [
      rec("tap-the", { ten: "Hội Nông dân xã" }),
      rec("ho-gia-dinh", { ten: "Hộ ông Trần Văn Bảy" }),
    ];
    const m = buildSummarySheet(input(report(two, { quota: [met] })));
    expect(sectionRow(m, A, "Tập thể + Cá nhân + Hộ gia đình").slice(2)).toEqual([2, "≥ 2", "Đạt", ""]);
  });

  it("says the plan sets no quota for the unit's kind", () => {
    const m = buildSummarySheet(input(report([]), SO_TTTT, { unitKind: "phong-don-vi" }));
    const text = "Kế hoạch không đặt chỉ tiêu cho phòng, đơn vị thuộc sở.";
    const r = rowOf(m, text, rowOf(m, A));
    expect(m.merges).toContainEqual({ top: r, left: 2, bottom: r, right: 6 });
  });
});

describe("B. counts by lĩnh vực", () => {
  const records = [
    rec("ca-nhan", { ten: "A", linhVuc: "Giáo dục và đào tạo" }),
    rec("ca-nhan", { ten: "B", linhVuc: "GIÁO DỤC VÀ ĐÀO TẠO" }),
    rec("tap-the", { ten: "C", linhVuc: "Quốc phòng" }),
    rec("tap-the", { ten: "D", linhVuc: "Lĩnh vực y tế" }),
    rec("ho-gia-dinh", { ten: "E", linhVuc: "" }),
    rec("ca-nhan", { ten: "F", linhVuc: "Du lịch" }),
    rec(null, { ten: "G", linhVuc: "Y tế" }),
  ];
  const m = buildSummarySheet(input(report(records)));

  it("lists every plan field, 0 included, and the rest under «Khác / chưa ghi»", () => {
    expect(sectionRow(m, B, "Giáo dục và đào tạo", 3)).toEqual([7, "Giáo dục và đào tạo", 2]);
    expect(sectionRow(m, B, "Quốc phòng, an ninh", 3)).toEqual([2, "Quốc phòng, an ninh", 1]);
    expect(sectionRow(m, B, "Y tế", 3)).toEqual([6, "Y tế", 1]);
    expect(sectionRow(m, B, "Nông nghiệp", 3)).toEqual([4, "Nông nghiệp", 0]);
    expect(sectionRow(m, B, "Khác / chưa ghi", 3)).toEqual([15, "Khác / chưa ghi", 2]);
    expect(sectionRow(m, B, "Tổng cộng", 3)).toEqual([null, "Tổng cộng", 6]);
    const first = rowOf(m, B) + 2;
    expect(AG2025.fields.map((_, i) => valueAt(m, first + i, 2))).toEqual(AG2025.fields);
  });

  it("groups the texts as written when the plan has no field list", () => {
    const s = buildSummarySheet(
      input(
        report([
          rec("ca-nhan", { ten: "A", linhVuc: "Báo chí" }),
          rec("ca-nhan", { ten: "B", linhVuc: "báo chí" }),
          rec("ca-nhan", { ten: "C" }),
        ]),
        SO_TTTT,
      ),
    );
    expect(rowValues(s, rowOf(s, B) + 2, 3)).toEqual([1, "Báo chí", 2]);
    expect(rowValues(s, rowOf(s, B) + 3, 3)).toEqual([2, "Chưa ghi", 1]);
  });
});

describe("C. table 0603.N", () => {
  const records = [
    rec("tap-the", { ten: "Công ty TNHH Thực phẩm Sao Mai" }),
    rec("tap-the", { ten: "DNTN Thành Đạt" }),
    rec("tap-the", { ten: "Hợp tác xã Nông nghiệp Mỹ Hòa" }),
    rec("tap-the", { ten: "Trường THCS Mỹ Hòa Hưng" }),
    rec("ho-gia-dinh", { ten: "Hộ bà Nguyễn Thị Mười", gioiTinh: "nu" }),
    rec("ca-nhan", { ten: "P1", chucVu: "Phó Chủ tịch UBND tỉnh" }),
    rec("ca-nhan", { ten: "P2", chucVu: "Giám đốc", donVi: "Sở Y tế" }),
    rec("ca-nhan", { ten: "P3", chucVu: "Giám đốc", donVi: "Công ty CP Du lịch An Giang", gioiTinh: "nu" }),
    rec("ca-nhan", { ten: "P4", chucVu: "Trưởng phòng Văn hóa - Thông tin", donVi: "UBND xã Mỹ Hòa Hưng" }),
    rec("ca-nhan", { ten: "P5", chucVu: "Chủ tịch UBND xã" }),
    rec("ca-nhan", {
      ten: "P6",
      chucVu: "Công nhân",
      donVi: "Công ty TNHH Thực phẩm Sao Mai",
      gioiTinh: "nu",
    }),
    rec("ca-nhan", { ten: "P7", chucVu: "Giáo viên", donVi: "Trường THCS Mỹ Hòa Hưng", gioiTinh: "nu" }),
    rec("ca-nhan", { ten: "P8", chucVu: "Tổ trưởng tổ sản xuất", donVi: "Công ty TNHH Thực phẩm Sao Mai" }),
    rec("ca-nhan", { ten: "P9", noiThuongTru: "Ấp Long Hòa" }),
    rec(null, { ten: "Không rõ", chucVu: "Giám đốc" }),
  ];
  const m = buildSummarySheet(input(report(records)));
  const code = (c: string): number | null | string | undefined =>
    sectionRow(m, C, c === "nu" ? "Trong đó: Nữ (cá nhân)" : LABELS[c], 3)[2];
  const LABELS: Record<string, string> = {
    "01": "Tổng số",
    "02": "Tập thể",
    "03": "Trong đó: Doanh nghiệp",
    "04": "Hộ gia đình",
    "05": "Cá nhân",
    "06": "Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên",
    "07": "Lãnh đạo cấp vụ, sở, ngành và tương đương",
    "08": "Doanh nhân",
    "09": "Các cấp lãnh đạo khác từ phó phòng trở lên",
    "10": "Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân…)",
  };

  it("counts each row with its code as text", () => {
    const expected: Record<string, number> = {
      "01": 14,
      "02": 4,
      "03": 2,
      "04": 1,
      "05": 9,
      "06": 1,
      "07": 1,
      "08": 1,
      "09": 2,
      "10": 4,
      nu: 3,
    };
    for (const [c, n] of Object.entries(expected)) expect([c, code(c)]).toEqual([c, n]);
    const head = rowOf(m, C) + 1;
    expect(rowValues(m, head, 3)).toEqual(["Mã số", "Chỉ tiêu", "Tổng số"]);
    const codes = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"];
    expect(codes.map((_, i) => valueAt(m, head + 1 + i, 1))).toEqual(codes);
    expect(valueAt(m, head + 11, 1)).toBeNull();
  });

  it("states the derivation rules in the sheet", () => {
    const from = rowOf(m, C);
    const notes = m.cells
      .filter((c) => c.row > from && typeof c.value === "string")
      .map((c) => c.value as string);
    expect(notes).toContain(
      "– Doanh nghiệp (03): tập thể có tên bắt đầu bằng Công ty (Cty), Tổng công ty, Chi nhánh công ty, Doanh nghiệp, DNTN, Tập đoàn.",
    );
    expect(
      notes.some((n) =>
        n.startsWith("   10: người trực tiếp công tác, lao động… — chức vụ ghi công nhân, nông dân"),
      ),
    ).toBe(true);
    expect(notes).toContain("– Nữ: cá nhân có giới tính ghi là nữ.");
  });
});

describe("D. the trích ngang list", () => {
  const records = [
    rec("ca-nhan", {
      ten: "Nguyễn Thị Lan",
      ngaySinh: "1978-05-02",
      gioiTinh: "nu",
      chucVu: "Giáo viên",
      donVi: "Trường THCS Mỹ Hòa Hưng",
      linhVuc: "Giáo dục và đào tạo",
      thanhTich: "Chiến sĩ thi đua cơ sở 3 năm liền",
      hinhThuc: "Giấy khen",
    }),
    rec("ho-gia-dinh", {
      ten: "Hộ ông Trần Văn Bảy",
      ngaySinh: "1960",
      gioiTinh: "nam",
      noiThuongTru: "Ấp Long Hòa",
    }),
    rec("ca-nhan", {
      ten: '=HYPERLINK("x")',
      ngaySinh: "15/13/1980",
      gioiTinh: "không rõ",
      chucVu: "-",
      linhVuc: "@abc",
      thanhTich: "+84 912 345 678",
      hinhThuc: "=1+1",
    }),
    rec(null, { ten: "Chưa rõ loại" }),
  ];
  const m = buildSummarySheet(input(report(records)));
  const head = rowOf(m, D) + 1;

  const HEAD = [
    "STT",
    "Họ và tên / Tên tập thể",
    "Loại",
    "Ngày, tháng, năm sinh",
    "Giới tính",
    "Quê quán",
    "Chức vụ, đơn vị công tác",
    "Hộ khẩu thường trú",
    "Lĩnh vực",
    "Quá trình thành lập",
    "Cơ cấu tổ chức bộ máy",
    "Chức năng, nhiệm vụ",
    "Tóm tắt thành tích",
    "Quá trình khen thưởng",
    "Hình thức đề nghị",
  ];
  const at = (row: number, head: string) => valueAt(m, row, HEAD.indexOf(head) + 1);

  // 000 §VI.7 asks quê quán, quá trình khen thưởng and a tập thể's quá trình thành lập, cơ cấu tổ
  // chức bộ máy, chức năng nhiệm vụ: each has its column even where no record fills it.
  it("has a column for every particular the plan asks and every one the records carry", () => {
    expect(rowValues(m, head, HEAD.length)).toEqual(HEAD);
    expect(valueAt(m, head, HEAD.length + 1)).toBeUndefined();
    expect(cellAt(m, head, 1)?.style).toMatchObject({ bold: true, border: true });
  });

  it("prints one normalised row per record; the birth column shows the full date or the year as read", () => {
    expect([1, 2, 3, 4, 5, 7, 9, 13, 15].map((c) => valueAt(m, head + 1, c))).toEqual([
      1,
      "Nguyễn Thị Lan",
      "Cá nhân",
      "02/05/1978",
      "Nữ",
      "Giáo viên, Trường THCS Mỹ Hòa Hưng",
      "Giáo dục và đào tạo",
      "Chiến sĩ thi đua cơ sở 3 năm liền",
      "Giấy khen",
    ]);
    expect([at(head + 2, "Ngày, tháng, năm sinh"), at(head + 2, "Hộ khẩu thường trú")]).toEqual([
      "1960",
      "Ấp Long Hòa",
    ]);
    expect(at(head + 2, "Chức vụ, đơn vị công tác")).toBe("");
    expect(rowValues(m, head + 4, 3)).toEqual([4, "Chưa rõ loại", "Chưa xác định"]);
  });

  it("keeps formula-like clerk text as string values, exactly as typed", () => {
    const row = head + 3;
    expect(
      [
        "Họ và tên / Tên tập thể",
        "Ngày, tháng, năm sinh",
        "Giới tính",
        "Chức vụ, đơn vị công tác",
        "Lĩnh vực",
        "Tóm tắt thành tích",
        "Hình thức đề nghị",
      ].map((h) => at(row, h)),
    ).toEqual(['=HYPERLINK("x")', "15/13/1980", "không rõ", "-", "@abc", "+84 912 345 678", "=1+1"]);
    for (let col = 2; col <= HEAD.length; col++) expect(typeof valueAt(m, row, col)).toBe("string");
  });

  it("carries 004's exemplar level, from its column or the note, and a tập thể's own particulars", () => {
    const so = buildSummarySheet(
      input(
        report([
          rec("ca-nhan", { ten: "A", capDienHinh: "Cấp tỉnh", hinhThuc: "Bằng khen Chủ tịch UBND tỉnh" }),
          rec("ca-nhan", { ten: "B", ghiChu: "ĐHTT cấp sở năm 2024", hinhThuc: "Giấy khen" }),
          rec("tap-the", { ten: "Phòng CNTT", quaTrinhThanhLap: "Thành lập năm 2008", danToc: "" }),
        ]),
        SO_TTTT,
      ),
    );
    const h = rowOf(so, D) + 1;
    const heads = so.cells.filter((c) => c.row === h).map((c) => c.value);
    const col = (name: string) => heads.indexOf(name) + 1;
    expect(heads).toContain("Cấp điển hình");
    expect(heads).toContain("Quá trình thành lập");
    expect(heads).not.toContain("Dân tộc");
    expect([valueAt(so, h + 1, col("Cấp điển hình")), valueAt(so, h + 2, col("Cấp điển hình"))]).toEqual([
      "Cấp tỉnh",
      "Điển hình tiên tiến cấp sở",
    ]);
    expect(valueAt(so, h + 3, col("Quá trình thành lập"))).toBe("Thành lập năm 2008");
  });

  it("says so when there is no record", () => {
    const empty = buildSummarySheet(input(report([])));
    const r = rowOf(empty, D) + 2;
    expect(valueAt(empty, r, 1)).toBe("Không có hồ sơ nào trong danh sách.");
    const width = empty.cells.filter((c) => c.row === r - 1).length;
    expect(empty.merges).toContainEqual({ top: r, left: 1, bottom: r, right: width });
  });
});

describe("E. findings by severity and code", () => {
  const r = report([rec("ca-nhan", { ten: "A" })], {
    findings: [
      finding("missing-required", "error", 8),
      finding("missing-required", "error", 9),
      finding("unknown-field", "warning", 8),
      finding("legacy-encoding", "info"),
    ],
    fileFindings: [finding("quota-below-min", "error")],
  });
  const m = buildSummarySheet(input(r));

  it("counts by severity", () => {
    expect(sectionRow(m, E, "Lỗi", 3)).toEqual([1, "Lỗi", 3]);
    expect(sectionRow(m, E, "Cảnh báo", 3)).toEqual([2, "Cảnh báo", 1]);
    expect(sectionRow(m, E, "Thông tin", 3)).toEqual([3, "Thông tin", 1]);
    expect(sectionRow(m, E, "Tổng cộng", 3)).toEqual([null, "Tổng cộng", 5]);
  });

  it("counts by code, errors first and the most frequent first", () => {
    const head = rowOf(m, "Vấn đề", rowOf(m, E));
    expect(rowValues(m, head, 5)).toEqual(["STT", "Vấn đề", "Số lượng", "Mức độ", "Mã"]);
    expect([1, 2, 3, 4].map((i) => rowValues(m, head + i, 5))).toEqual([
      [1, "Thiếu thông tin bắt buộc", 2, "Lỗi", "missing-required"],
      [2, "Chưa đủ chỉ tiêu", 1, "Lỗi", "quota-below-min"],
      [3, "Lĩnh vực không có trong kế hoạch", 1, "Cảnh báo", "unknown-field"],
      [4, "Chữ theo bảng mã cũ (TCVN3, VNI)", 1, "Thông tin", "legacy-encoding"],
    ]);
    expect(m.merges).toContainEqual({ top: head + 1, left: 5, bottom: head + 1, right: 6 });
  });

  it("says there is nothing open when there is no finding", () => {
    const clean = buildSummarySheet(input(report([rec("ca-nhan", { ten: "A" })])));
    expect(sectionRow(clean, E, "Tổng cộng", 3)).toEqual([null, "Tổng cộng", 0]);
    expect(rowOf(clean, "Không còn vấn đề nào.")).toBeGreaterThan(rowOf(clean, E));
  });
});

describe("cells", () => {
  const m = buildSummarySheet(
    input(
      report([rec("ca-nhan", { ten: "A", linhVuc: "Y tế" }), rec("tap-the", { ten: "Công ty X" })], {
        quota: [XA_QUOTA],
      }),
    ),
  );

  it("writes every count as a number with a number format, never as text", () => {
    const numbers = m.cells.filter((c) => typeof c.value === "number");
    expect(numbers.length).toBeGreaterThan(40);
    for (const c of numbers) expect(c.numFmt).toBe("0");
    for (const c of m.cells.filter((x) => typeof x.value === "string")) expect(c.numFmt).toBeUndefined();
  });

  it("has no two cells at one address, and every merge has its top-left cell", () => {
    const keys = m.cells.map((c) => `${c.row}:${c.col}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Each merge carries a heading or a line of text: its top-left cell holds non-empty text.
    for (const g of m.merges) expect(cellAt(m, g.top, g.left)?.value).toEqual(expect.stringMatching(/\S/));
  });

  it("does not overlap merges", () => {
    for (const [i, a] of m.merges.entries())
      for (const b of m.merges.slice(i + 1))
        expect(a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left).toBe(true);
  });
});
