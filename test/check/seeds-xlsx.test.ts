/**
 * The seeds' rules on real .xlsx files (written with ExcelJS, read by the ExcelJS port): the
 * particulars of 000 §VI.7, the birth year, Bình Định's sở as khối member, 004's level column.
 */
import ExcelJS from "exceljs";
import { getBuiltinPlan } from "../../src/core/plan";
import { checkWorkbook } from "../../src/core/run";
import type { CheckOptions, FileReport } from "../../src/core/types";
import { openWorkbook } from "../../src/workbook";
import { ACHIEVEMENT } from "./lists";

async function checked(
  planId: string,
  header: string[],
  rows: (string | number | Date | null)[][],
  options: Partial<CheckOptions> = {},
): Promise<FileReport> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN"]);
  ws.addRow(header);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  const book = await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "ds.xlsx");
  return checkWorkbook("ds.xlsx", await book.readSheets(), getBuiltinPlan(planId)!, {
    reportDate: "2025-11-20",
    ...options,
  });
}

const codes = (r: FileReport) =>
  r.lists.flatMap((l) => l.findings).map((f) => [f.code, f.severity, f.cell] as const);

describe("000 §VI.7 in a real workbook", () => {
  const header = [
    "STT",
    "Họ và tên",
    "Loại",
    "Ngày, tháng, năm sinh",
    "Quê quán",
    "Chức vụ",
    "Đơn vị công tác",
    "Hộ khẩu thường trú",
    "Tóm tắt thành tích",
    "Quá trình khen thưởng",
  ];
  const base = (
    name: string,
    kind: string,
    birth: string,
    chucVu: string | null,
    donVi: string | null,
    hk: string | null,
  ) => [name, kind, birth, "An Giang", chucVu, donVi, hk, ACHIEVEMENT, "Giấy khen năm 2023"];

  it("a farmer or a household with a hộ khẩu and no chức vụ is complete; a year alone is a warning", async () => {
    const r = await checked("an-giang-2025", header, [
      base("Lê Văn Nông", "Cá nhân", "12/03/1970", null, null, "Ấp Mỹ Thành, xã Mỹ Hòa Hưng"),
      base("Hộ ông Trần Văn Ba", "Hộ gia đình", "05/06/1962", null, null, "Ấp Bình An"),
      base("Nguyễn Thị Cúc", "Cá nhân", "1979", "Giáo viên", "Trường THCS Mỹ Hòa", null),
      base("Võ Văn Dũng", "Cá nhân", "01/01/1985", "Kế toán", null, null),
    ]);
    expect(codes(r)).toEqual([
      ["birth-year-only", "warning", "D5"],
      ["missing-required", "error", "G6"],
    ]);
  });
});

describe("001: a sở, ban, ngành is a member of a khối thi đua", () => {
  it("is held to ≥ 3 tập thể and ≥ 3 cá nhân; a household fills neither", async () => {
    const header = ["STT", "Tên tập thể, cá nhân", "Đối tượng", "Tóm tắt thành tích"];
    const r = await checked(
      "binh-dinh-2022-2025",
      header,
      [
        ["Phòng Tổ chức", "Tập thể", ACHIEVEMENT],
        ["Phòng Kế hoạch", "Tập thể", ACHIEVEMENT],
        ["Phòng Thanh tra", "Tập thể", ACHIEVEMENT],
        ["Trần Văn An", "Cá nhân", ACHIEVEMENT],
        ["Lê Thị Bình", "Cá nhân", ACHIEVEMENT],
        ["Hộ ông Phạm Văn Cư", "Hộ gia đình", ACHIEVEMENT],
      ],
      { unitKind: "so-ban-nganh" },
    );
    expect(r.quota.map((q) => [q.kind, q.min, q.actual, q.met])).toEqual([
      ["tap-the", 3, 3, true],
      ["ca-nhan", 3, 2, false],
    ]);
    expect(r.findings.filter((f) => f.code === "quota-below-min")).toHaveLength(1);
  });
});

describe("004: the exemplar level from its own column", () => {
  it("reads «Cấp điển hình», not the form; a Bằng khen with no cấp tỉnh is a warning", async () => {
    const header = [
      "STT",
      "Họ và tên",
      "Loại",
      "Tóm tắt thành tích",
      "Cấp điển hình",
      "Hình thức khen thưởng đề nghị",
    ];
    const r = await checked("so-tttt-2022-2025", header, [
      ["Trần Văn An", "Cá nhân", ACHIEVEMENT, "Cấp sở", "Bằng khen Chủ tịch UBND tỉnh"],
      ["Lê Thị Bình", "Cá nhân", ACHIEVEMENT, "Cấp tỉnh", "Giấy công nhận; Bằng khen Chủ tịch UBND tỉnh"],
      ["Phạm Văn Cư", "Cá nhân", ACHIEVEMENT, null, "Bằng khen cấp tỉnh"],
    ]);
    expect(r.lists[0].columns.map((c) => c.field)).toContain("capDienHinh");
    expect(codes(r)).toEqual([
      ["award-not-allowed", "error", "F3"],
      ["award-not-allowed", "warning", "F5"],
    ]);
  });
});
