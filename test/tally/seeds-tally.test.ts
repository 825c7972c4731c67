/**
 * The province tally on real workbooks for the seeds' rules: plan 003's launch rule from the
 * registry's plan-sent date, the combined nominee sheet, khối/cụm subtotals, table 0603.N by award
 * form and the kỳ báo cáo. Expected numbers come from the spec written here, not from the code.
 */
import ExcelJS from "exceljs";
import { getBuiltinPlan } from "../../src/core/plan";
import type { SheetModel } from "../../src/core/port";
import { readRegistry, tallyProvince, type ProvinceTally, type UnitSource } from "../../src/core/tally";
import { openWorkbook } from "../../src/workbook";

const ACH = "Hoàn thành xuất sắc nhiệm vụ, dẫn đầu phong trào thi đua đặc biệt năm 2025 của đơn vị";
type Row = [name: string, kind: string, field: string, award: string];

async function bytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function unitFile(title: string, rows: Row[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.getCell("A1").value = title;
  ws.getCell("E2").value = "An Giang, ngày 10 tháng 7 năm 2025";
  ws.getRow(4).values = [
    "STT",
    "Họ và tên / Tên tập thể",
    "Đối tượng",
    "Lĩnh vực",
    "Tóm tắt thành tích",
    "Hình thức khen thưởng đề nghị",
  ];
  rows.forEach(
    ([name, kind, field, award], i) => (ws.getRow(5 + i).values = [i + 1, name, kind, field, ACH, award]),
  );
  return bytes(wb);
}

/** Registry: name, kind, khối/cụm, the date the unit sent its campaign plan (blank: none). */
const REGISTRY: [string, string, string, Date | string | null][] = [
  ["Sở Y tế", "Sở, ban, ngành", "Khối văn hóa - xã hội", new Date(Date.UTC(2025, 1, 20))],
  ["Sở Tài chính", "Sở, ban, ngành", "Khối kinh tế", null],
  ["Sở Xây dựng", "Sở, ban, ngành", "Khối kinh tế", "25/02/2025"],
  ["Sở Tư pháp", "Sở, ban, ngành", "Khối nội chính", "18/02/2025"],
];

const FILES: Record<string, [string, Row[]]> = {
  "so-y-te.xlsx": [
    "SỞ Y TẾ",
    [
      ["Bệnh viện Đa khoa tỉnh", "Tập thể", "Y tế", "Bằng khen của Chủ tịch UBND tỉnh"],
      ["Trần Thị Lan", "Cá nhân", "Y tế", "Giấy khen"],
    ],
  ],
  "so-tai-chinh.xlsx": [
    "SỞ TÀI CHÍNH",
    [
      ["Phòng Ngân sách", "Tập thể", "Tài chính, ngân hàng", "BK UBND tỉnh"],
      ["Lê Văn Bình", "Cá nhân", "Tài chính, ngân hàng", "Bằng khen Thủ tướng Chính phủ"],
      ["Võ Thị Cúc", "Cá nhân", "Tài chính, ngân hàng", "Giấy khen"],
    ],
  ],
  "so-xay-dung.xlsx": [
    "SỞ XÂY DỰNG",
    [
      [
        "Phòng Quản lý xây dựng",
        "Tập thể",
        "Công thương, xây dựng, giao thông vận tải",
        "Cờ thi đua của UBND tỉnh",
      ],
    ],
  ],
};

let tally: ProvinceTally;

beforeAll(async () => {
  const reg = new ExcelJS.Workbook();
  const ws = reg.addWorksheet("Danh mục đơn vị");
  ws.getRow(2).values = ["STT", "Tên đơn vị", "Loại đơn vị", "Khối thi đua", "Ngày gửi kế hoạch"];
  REGISTRY.forEach((r, i) => (ws.getRow(3 + i).values = [i + 1, ...r]));
  const { units, findings } = readRegistry(
    await (await openWorkbook(await bytes(reg), "danh-muc.xlsx")).readSheets(),
  );
  expect(findings).toEqual([]);
  const sources: UnitSource[] = await Promise.all(
    Object.entries(FILES).map(async ([name, [title, rows]]) => {
      const data = await unitFile(title, rows);
      return { name, readSheets: async () => (await openWorkbook(data, name)).readSheets() };
    }),
  );
  tally = await tallyProvince(sources, {
    registry: units,
    plan: getBuiltinPlan("an-giang-dot-dac-biet-2025")!,
    reportDate: "2025-07-20",
  });
}, 30_000);

const sheet = (name: string): SheetModel => tally.sheets.find((s) => s.name === name)!;
const rowCells = (s: SheetModel, row: number) =>
  s.cells
    .filter((c) => c.row === row)
    .sort((a, b) => a.col - b.col)
    .map((c) => c.value);
const rowOf = (s: SheetModel, col: number, value: string) =>
  s.cells.find((c) => c.col === col && c.value === value)!.row;

describe("003 in the province tally: «không tổ chức phát động … thì không đề nghị khen thưởng cấp tỉnh»", () => {
  it("reads launched from the registry's plan-sent date; the 25/02 itself is late («trước ngày 25»)", () => {
    const by = new Map(tally.consolidation.units.map((u) => [u.unit, u]));
    expect(
      ["Sở Y tế", "Sở Tài chính", "Sở Xây dựng", "Sở Tư pháp"].map((n) => [
        by.get(n)!.launched,
        by.get(n)!.planLate,
      ]),
    ).toEqual([
      [true, false],
      [false, false],
      [true, true],
      [true, false],
    ]);
  });

  it("refuses the province's and higher awards to the unit that sent no plan, and only to it", () => {
    const notAllowed = (file: string) =>
      tally.reports
        .find((r) => r.file === file)!
        .lists.flatMap((l) => l.findings)
        .filter((f) => f.code === "award-not-allowed")
        .map((f) => [f.cell, f.severity]);
    expect(notAllowed("so-tai-chinh.xlsx")).toEqual([
      ["F5", "error"],
      ["F6", "error"],
    ]);
    expect(notAllowed("so-y-te.xlsx")).toEqual([]);
    expect(tally.consolidation.units.find((u) => u.unit === "Sở Tài chính")!.errors).toBe(2);
    const units = sheet("Theo đơn vị");
    const head = rowOf(units, 2, "Tên đơn vị");
    expect(rowCells(units, head).at(-1)).toBe("Kế hoạch phát động");
    expect(rowCells(units, rowOf(units, 2, "Sở Xây dựng")).at(-1)).toBe("Gửi trễ 25/02/2025");
    expect(rowCells(units, rowOf(units, 2, "Sở Tài chính")).at(-1)).toMatch(/^Chưa gửi/);
  });
});

describe("what Sở Nội vụ receives", () => {
  it("a combined nominee sheet: every record with its unit, kind, field, award form and row in the unit's file", () => {
    const s = sheet("Danh sách đề nghị");
    const head = rowOf(s, 2, "Họ và tên / Tên tập thể");
    const rows = s.cells.filter((c) => c.col === 2 && c.row > head).map((c) => c.row);
    const expected = Object.entries(FILES).flatMap(([file, [, recs]]) =>
      recs.map(([name, kind, field, award], i) => [name, kind, field, award, file, 5 + i]),
    );
    expect(
      rows.map((r) => {
        const v = rowCells(s, r);
        return [v[1], v[2], v[5], v[6], v[9], v[11]];
      }),
    ).toEqual(expected);
    const unitOf = (name: string) => rowCells(s, rowOf(s, 2, name));
    expect([unitOf("Lê Văn Bình")[7], unitOf("Lê Văn Bình")[8]]).toEqual(["Sở Tài chính", "Khối kinh tế"]);
  });

  it("subtotals per khối thi đua from the registry", () => {
    const s = sheet("Tổng hợp tỉnh");
    const v = rowOf(s, 1, "V. THEO KHỐI, CỤM THI ĐUA");
    const at = (g: string) => rowCells(s, rowOf(s, 1, g)).slice(1);
    expect(s.cells.some((c) => c.row > v && c.value === "Khối kinh tế")).toBe(true);
    // Khối kinh tế: Sở Tài chính (1 TT, 2 CN) and Sở Xây dựng (1 TT).
    expect(at("Khối kinh tế")).toEqual(["2 (2)", 2, 2, 0, 4]);
    expect(at("Khối nội chính")).toEqual(["1 (0)", 0, 0, 0, 0]);
  });

  it("table 0603.N by award form, rows 11–17 from the plan's default (a campaign: chuyên đề), and the kỳ báo cáo", () => {
    const s = sheet("Tổng hợp tỉnh");
    expect(s.cells.some((c) => c.value === "Kỳ báo cáo: Đợt thi đua đặc biệt đến hết tháng 6/2025")).toBe(
      true,
    );
    const head = rowCells(s, rowOf(s, 1, "Mã số"));
    const col = (label: string) => head.indexOf(label);
    const row = (code: string) => rowCells(s, rowOf(s, 1, code));
    // 6 records: Bằng khen 3 (BV, Phòng Ngân sách, Thủ tướng), Giấy khen 2, Cờ thi đua 1.
    expect([
      row("01")[2],
      row("01")[col("Bằng khen")],
      row("01")[col("Giấy khen")],
      row("01")[col("Cờ thi đua")],
    ]).toEqual([6, 3, 2, 1]);
    expect([row("02")[2], row("02")[col("Bằng khen")], row("02")[col("Cờ thi đua")]]).toEqual([3, 2, 1]);
    expect([row("11")[2], row("12")[2]]).toEqual([0, 6]);
  });
});
