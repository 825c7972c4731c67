/** The summary written through the ExcelJS port, saved, and read back with ExcelJS itself. */
import ExcelJS from "exceljs";
import { getBuiltinPlan, type Plan } from "../../src/core/plan";
import {
  buildSummarySheet,
  fillTemplate,
  findTemplate,
  summaryValues,
  type SummaryInput,
} from "../../src/core/summary";
import type { QuotaStatus } from "../../src/core/types";
import { createWorkbook, openWorkbook } from "../../src/workbook";
import { finding, rec, report } from "./reports";

const FORMULA_LIKE = ['=HYPERLINK("x")', "+84 912 345 678", "-", "@abc", "=1+1"];

const quota: QuotaStatus = { kind: "ca-nhan", kinds: ["ca-nhan"], min: 1, max: 3, actual: 4, met: false };
const input: SummaryInput = {
  report: report(
    [
      rec("ca-nhan", {
        ten: FORMULA_LIKE[0],
        chucVu: "Giám đốc",
        donVi: "Công ty CP Du lịch",
        thanhTich: FORMULA_LIKE[1],
      }),
      rec("ca-nhan", {
        ten: "Lê Thị Hoa",
        gioiTinh: "nu",
        chucVu: FORMULA_LIKE[2],
        linhVuc: FORMULA_LIKE[3],
      }),
      rec("ca-nhan", { ten: "Trần Văn Tư", chucVu: "Công nhân", hinhThuc: FORMULA_LIKE[4] }),
      rec("ca-nhan", { ten: "Võ Văn Sáu", chucVu: "Trưởng phòng Kế toán", ngaySinh: "1979" }),
    ],
    { fileFindings: [finding("quota-above-max", "warning")] },
  ),
  plan: getBuiltinPlan("binh-dinh-2022-2025") as Plan,
  options: { reportDate: "2025-11-05", unitKind: "doanh-nghiep", unitName: "Công ty CP Thủy sản Hoài Nhơn" },
  madeOn: "2025-11-05",
};
input.report.quota = [quota];

async function reopen(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return wb;
}

/** Row of the first cell in column `col` whose text is `text`. */
function findRow(ws: ExcelJS.Worksheet, text: string, col = 2, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === text) return r;
  throw new Error(`no «${text}» in column ${col}`);
}

describe("the summary sheet in a saved .xlsx", () => {
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    const book = createWorkbook();
    await book.writeSheet(buildSummarySheet(input));
    const wb = await reopen(await book.save());
    ws = wb.getWorksheet("Tổng hợp")!;
  });

  it("keeps the counts as numbers", () => {
    const a = findRow(ws, "A. SỐ LƯỢNG THEO ĐỐI TƯỢNG VÀ CHỈ TIÊU", 1);
    const person = findRow(ws, "Cá nhân", 2, a);
    expect(ws.getCell(person, 3).type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell(person, 3).value).toBe(4);
    const quotaRow = findRow(ws, "Cá nhân", 2, person + 1);
    expect([3, 4, 5, 6].map((c) => ws.getCell(quotaRow, c).value)).toEqual([4, "1–3", "Chưa đạt", "vượt 1"]);
    const c = findRow(ws, "C. THEO BIỂU 0603.N (THÔNG TƯ 02/2023/TT-BNV)", 1);
    expect(ws.getCell(findRow(ws, "Doanh nhân", 2, c), 3).value).toBe(1);
    expect(ws.getCell(findRow(ws, "Các cấp lãnh đạo khác từ phó phòng trở lên", 2, c), 3).value).toBe(1);
    expect(ws.getCell(c + 2, 1).value).toBe("01");
    expect(ws.getCell(c + 2, 1).type).toBe(ExcelJS.ValueType.String);
  });

  it("writes formula-like clerk text as text, with no formula", () => {
    const head = findRow(ws, "Họ và tên / Tên tập thể");
    const cells = [
      ws.getCell(head + 1, 2),
      ws.getCell(head + 1, 8),
      ws.getCell(head + 2, 6),
      ws.getCell(head + 2, 7),
      ws.getCell(head + 3, 9),
    ];
    expect(cells.map((c) => c.value)).toEqual(FORMULA_LIKE);
    for (const c of cells) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }
  });

  it("keeps the merges and the column widths", () => {
    const title = findRow(ws, "BẢNG TỔNG HỢP DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐỀ NGHỊ", 1);
    expect(ws.getCell(title, 9).isMerged).toBe(true);
    expect(ws.getCell(title, 9).master.address).toBe(`A${title}`);
    expect(ws.getColumn(8).width).toBe(60);
    expect(ws.getCell(title, 1).font?.bold).toBe(true);
  });
});

describe("a clerk's template filled through the port", () => {
  it("writes the placeholder cells only, and leaves the clerk's formula alone", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Báo cáo");
    ws.getCell("A1").value = "Đơn vị: {{don_vi}}";
    ws.getCell("B2").value = "{{so_ca_nhan}}";
    ws.getCell("B3").value = { formula: "B2*2" } as ExcelJS.CellFormulaValue;
    ws.getCell("C2").value = "giữ nguyên";
    const port = await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "mau.xlsx");
    const template = findTemplate(await port.readSheets())!;
    const { cells, unknown } = fillTemplate(template, summaryValues(input));
    await port.writeCells(template.sheet, cells);
    const back = (await reopen(await port.save())).getWorksheet("Báo cáo")!;
    expect(unknown).toEqual([]);
    expect(back.getCell("A1").value).toBe("Đơn vị: Công ty CP Thủy sản Hoài Nhơn");
    expect(back.getCell("B2").value).toBe(4);
    expect(back.getCell("B3").formula).toBe("B2*2");
    expect(back.getCell("C2").value).toBe("giữ nguyên");
  });
});
