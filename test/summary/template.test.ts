import { getBuiltinPlan, type Plan } from "../../src/core/plan";
import { fillTemplate, findTemplate, summaryValues, type SummaryInput } from "../../src/core/summary";
import type { SheetGrid } from "../../src/core/types";
import { finding, rec, report } from "./reports";
import { allKindsQuota } from "../check/quotas";

const AG2025 = getBuiltinPlan("an-giang-2025") as Plan;
const QUOTA = allKindsQuota({ min: 2, max: null, actual: 4, met: true });

const input: SummaryInput = {
  report: report(
    [
      rec("tap-the", { ten: "Công ty TNHH Sao Mai", linhVuc: "Nông nghiệp" }),
      rec("ca-nhan", { ten: "Nguyễn Thị Lan", gioiTinh: "nu", chucVu: "Nông dân", linhVuc: "Nông nghiệp" }),
      rec("ca-nhan", { ten: "Lê Văn Hai", gioiTinh: "nam", chucVu: "Chủ tịch UBND xã", linhVuc: "Y tế" }),
      rec("ho-gia-dinh", { ten: "Hộ ông Trần Văn Bảy", linhVuc: "Du lịch" }),
    ],
    {
      findings: [finding("missing-required", "error", 9), finding("unknown-field", "warning", 11)],
      quota: [QUOTA],
    },
  ),
  plan: AG2025,
  options: { reportDate: "2025-11-20", unitKind: "xa", unitName: "UBND xã Mỹ Hòa Hưng" },
  madeOn: "2025-11-20",
};

describe("summaryValues", () => {
  const v = summaryValues(input);

  it("gives the counts as numbers and the words as text", () => {
    expect(v).toMatchObject({
      don_vi: "UBND xã Mỹ Hòa Hưng",
      loai_don_vi: "Xã, phường, thị trấn",
      ke_hoach: AG2025.title,
      ky_bao_cao: "Năm 2025",
      ngay_lap: "20/11/2025",
      tep: "danh-sach.xlsx",
      tong_so: 4,
      so_tap_the: 1,
      so_ca_nhan: 2,
      so_ho_gia_dinh: 1,
      so_doanh_nghiep: 1,
      so_nu: 1,
      so_truc_tiep: 1,
      so_lanh_dao_khac: 1,
      so_lanh_dao_tinh: 0,
      so_lanh_dao_so: 0,
      so_doanh_nhan: 0,
      ma_01: 4,
      ma_02: 1,
      ma_03: 1,
      ma_04: 1,
      ma_05: 2,
      ma_09: 1,
      ma_10: 1,
      so_loi: 1,
      so_canh_bao: 1,
      so_thong_tin: 0,
      so_van_de: 2,
      chi_tieu_dat: "Đạt",
      chi_tieu: "Tập thể + Cá nhân + Hộ gia đình: 4/≥ 2",
      linh_vuc_4: 2,
      ten_linh_vuc_4: "Nông nghiệp",
      linh_vuc_6: 1,
      linh_vuc_1: 0,
      linh_vuc_14: 0,
      ten_linh_vuc_14: "Đời sống xã hội",
      linh_vuc_khac: 1,
    });
    expect(v.linh_vuc_15).toBeUndefined();
  });

  it("says «Chưa đạt» with the gap, or that there is no quota", () => {
    const short = { ...QUOTA, actual: 1, met: false };
    const under = summaryValues({ ...input, report: { ...input.report, quota: [short] } });
    expect(under.chi_tieu_dat).toBe("Chưa đạt");
    expect(under.chi_tieu).toBe("Tập thể + Cá nhân + Hộ gia đình: 1/≥ 2 — còn thiếu 1");
    const none = summaryValues({
      ...input,
      report: { ...input.report, quota: [] },
      options: { reportDate: "2025-11-20" },
    });
    expect(none.chi_tieu_dat).toBe("Không có chỉ tiêu");
    expect(none.don_vi).toBe("…");
  });
});

describe("summary templates", () => {
  const sheets: SheetGrid[] = [
    {
      name: "Danh sách",
      values: [
        ["STT", "Họ và tên"],
        [1, "Nguyễn Văn {An}"],
      ],
      originRow: 1,
      originCol: 1,
    },
    {
      name: "Mẫu báo cáo",
      originRow: 3,
      originCol: 2,
      values: [
        ["BÁO CÁO CỦA {{don_vi}}", null, 12],
        ["Tập thể", "{{so_tap_the}}", "=B4+1"],
        ["Cá nhân", " {{ SO_CA_NHAN }} ", "ghi chú"],
        ["Tổng", "Tổng số: {{tong_so}} điển hình, {{so_nu}} nữ", null],
        ["Khác", "{{khong_co}} và {{tong_so}}", "{{khong_co}}"],
        ["Công thức?", "={{so_tap_the}}+1", "{{ten_linh_vuc_4}}"],
      ],
    },
    { name: "Khác", values: [["{{tong_so}}"]], originRow: 1, originCol: 1 },
  ];

  it("finds the first sheet with placeholders, at sheet coordinates", () => {
    const t = findTemplate(sheets);
    expect(t).toEqual({
      sheet: "Mẫu báo cáo",
      cells: [
        { row: 3, col: 2, text: "BÁO CÁO CỦA {{don_vi}}" },
        { row: 4, col: 3, text: "{{so_tap_the}}" },
        { row: 5, col: 3, text: " {{ SO_CA_NHAN }} " },
        { row: 6, col: 3, text: "Tổng số: {{tong_so}} điển hình, {{so_nu}} nữ" },
        { row: 7, col: 3, text: "{{khong_co}} và {{tong_so}}" },
        { row: 7, col: 4, text: "{{khong_co}}" },
        { row: 8, col: 3, text: "={{so_tap_the}}+1" },
        { row: 8, col: 4, text: "{{ten_linh_vuc_4}}" },
      ],
    });
    expect(findTemplate([sheets[0]])).toBeNull();
  });

  it("writes only the placeholder cells: numbers for a lone numeric placeholder, text otherwise", () => {
    const t = findTemplate(sheets)!;
    const { cells, unknown } = fillTemplate(t, summaryValues(input));
    expect(cells).toEqual([
      { row: 3, col: 2, value: "BÁO CÁO CỦA UBND xã Mỹ Hòa Hưng" },
      { row: 4, col: 3, value: 1 },
      { row: 5, col: 3, value: 2 },
      { row: 6, col: 3, value: "Tổng số: 4 điển hình, 1 nữ" },
      { row: 7, col: 3, value: "{{khong_co}} và 4" },
      { row: 8, col: 3, value: "=1+1" },
      { row: 8, col: 4, value: "Nông nghiệp" },
    ]);
    expect(unknown).toEqual(["khong_co"]);
    // Formula-like results stay string values: the port writes them as text.
    expect(typeof cells[5].value).toBe("string");
    const touched = new Set(cells.map((c) => `${c.row}:${c.col}`));
    for (const [r, c] of [
      [4, 4],
      [5, 4],
      [3, 4],
      [7, 4],
    ])
      expect(touched.has(`${r}:${c}`)).toBe(false);
  });
});
