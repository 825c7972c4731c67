/**
 * `tdkt kiem-tra` on the two things besides a plain nomination list: the media log of plan 002
 * (chosen or recognised), and a workbook holding the clerk's own summary template.
 */
import ExcelJS from "exceljs";
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURES_DIR } from "../fixtures/build-fixtures";
import { tdkt } from "./tdkt";

const MEDIA = join(__dirname, "../../samples/an-giang-2021-nhat-ky-tin-bai.xlsx");
const LIST = join(FIXTURES_DIR, "06-hai-trang.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tdkt-media-template-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  return wb;
}

interface MediaJson {
  file: string;
  listType: string;
  plan: string;
  error: string | null;
  logs: {
    sheet: string;
    headerRows: number[];
    items: unknown[];
    findings: { code: string; cell: string }[];
  }[];
  months: number[];
  quota: { month: number; outlet: string; media: string[]; required: number; actual: number; met: boolean }[];
  late: { cell: string; sentOn: string; deadline: string }[];
  themes: { month: number; label: string }[];
  findings: { code: string; severity: string; message: string }[];
}

describe("tdkt kiem-tra on a media log", () => {
  it("checks it against plan an-giang-2021 and prints the MediaReport JSON; quota shortfalls exit 1", async () => {
    const run = await tdkt("kiem-tra", MEDIA, "--ke-hoach", "an-giang-2021", "--json");
    expect([run.code, run.err]).toEqual([1, ""]);
    const json = JSON.parse(run.out) as { plan: string; files: MediaJson[] };
    expect(json.plan).toBe("an-giang-2021");
    const [r] = json.files;
    expect([r.file, r.listType, r.plan, r.error]).toEqual([MEDIA, "media", "an-giang-2021", null]);
    expect(r.logs.map((l) => [l.sheet, l.headerRows, l.items.length])).toEqual([
      ["Nhật ký tin bài", [7, 8], 16],
    ]);
    expect(r.months).toEqual([1, 2, 3, 4]);
    expect(r.themes.map((t) => t.label)).toEqual(["1 và 2", "1 và 2", "3", "4"]);
    // February: every outlet × medium one short of 2.
    expect(
      r.quota.filter((q) => q.month === 2).map((q) => [q.outlet, q.media.join("+"), q.actual, q.met]),
    ).toEqual([
      ["bao-an-giang", "bao-in+bao-dien-tu", 1, false],
      ["dai-an-giang", "truyen-hinh", 1, false],
      ["dai-an-giang", "phat-thanh", 1, false],
    ]);
    expect(r.late.map((l) => [l.cell, l.sentOn, l.deadline])).toEqual([
      ["H15", "2021-01-26", "2021-01-25"],
      ["H18", "2021-02-25", "2021-02-25"],
      ["H21", "2021-03-29", "2021-03-25"],
      ["H25", "2021-04-30", "2021-04-25"],
    ]);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual(
      Array(7).fill(["media-quota-below-min", "error"]),
    );
    expect(r.findings[0].message).toBe(
      "Báo An Giang – báo in và báo điện tử, tháng 2: 1/2 bài — còn thiếu 1 bài.",
    );
  });

  it("recognises a media log when no plan is chosen, and prints the month table with its themes", async () => {
    const run = await tdkt("kiem-tra", MEDIA);
    expect(run.code).toBe(1);
    const lines = run.out.split("\n");
    expect(lines.slice(0, 7)).toEqual([
      `Tệp: ${MEDIA}`,
      "  Nhật ký tin bài tuyên truyền — kế hoạch an-giang-2021",
      "  Trang «Nhật ký tin bài»",
      "    Dòng tiêu đề: 7, 8",
      "    Số tin bài: 16",
      "    Bảng mã: Unicode",
      // Warnings: 4 items sent late and the Đài's 9 items with no video-clip.
      "    Kết quả: 1 lỗi, 13 cảnh báo, 1 thông tin",
    ]);
    expect(lines).toContain(
      "    Tháng 3: Báo An Giang – báo in và báo điện tử 2/2 bài; " +
        "Đài Phát thanh – Truyền hình An Giang – truyền hình 1/2 kỳ (còn thiếu 1); " +
        "Đài Phát thanh – Truyền hình An Giang – phát thanh 0/2 kỳ (còn thiếu 2)",
    );
    expect(lines.find((l) => l.startsWith("      Chủ đề (tháng 3): "))).toContain(
      "90 năm ngày thành lập Đoàn",
    );
    expect(lines).toContain("  Tin bài gửi trễ: 4");
    expect(lines.filter((l) => l.includes("(media-quota-below-min)"))).toHaveLength(7);
  });

  it("writes the 'Tổng hợp tin bài' sheet with --xuat", async () => {
    const out = join(dir, "tin-bai.xlsx");
    const run = await tdkt("kiem-tra", MEDIA, "--xuat", out);
    expect(run.out.endsWith(`Đã ghi bảng tổng hợp vào ${out}.\n`)).toBe(true);
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp tin bài"]);
    const ws = wb.getWorksheet("Tổng hợp tin bài")!;
    const march: unknown[] = [];
    ws.eachRow((row) => {
      if (row.getCell(1).value === 3 && march.length === 0)
        for (let c = 3; c <= 9; c++) march.push(row.getCell(c).value);
    });
    // Done/required per outlet × medium, then the late count: 2/2, 1/2, 0/2, 1 late.
    expect(march).toEqual([2, 2, 1, 2, 0, 2, 1]);
  });
});

describe("tdkt kiem-tra --xuat with the clerk's template", () => {
  /** The fixture list plus a "Báo cáo" sheet of the clerk's: placeholders, a formula, a fill. */
  async function withTemplate(name: string): Promise<string> {
    const wb = await load(LIST);
    const ws = wb.addWorksheet("Báo cáo");
    ws.getCell("A1").value = "BÁO CÁO CỦA {{don_vi}}";
    ws.getCell("A2").value = "Cá nhân";
    ws.getCell("B2").value = "{{so_ca_nhan}}";
    ws.getCell("A3").value = "Tập thể";
    ws.getCell("B3").value = "{{ so_tap_the }}";
    ws.getCell("B4").value = { formula: "B2+B3", result: 0 };
    ws.getCell("A5").value = "Tổng số: {{tong_so}} điển hình; {{khong_co}}";
    ws.getCell("A6").value = "Ghi chú của đơn vị";
    ws.getCell("A6").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } };
    const path = join(dir, name);
    await wb.xlsx.writeFile(path);
    return path;
  }

  it("fills the placeholders in a copy of the clerk's workbook, leaving the rest and the original as they were", async () => {
    const input = await withTemplate("co-mau.xlsx");
    const before = await readFile(input);
    const out = join(dir, "co-mau-da-dien.xlsx");
    const run = await tdkt(
      "kiem-tra",
      input,
      "--loai-don-vi",
      "xa",
      "--ten-don-vi",
      "=UBND xã Phú Hòa",
      "--ngay-bao-cao",
      "10/11/2025",
      "--xuat",
      out,
    );
    expect(run.code).toBe(0);
    expect(run.out.endsWith(`Đã ghi bảng tổng hợp vào ${out}.\n`)).toBe(true);
    expect(run.err).toBe(
      "Mẫu tổng hợp trong «co-mau.xlsx» (trang «Báo cáo») có tên thay thế không có giá trị, để nguyên: {{khong_co}}.\n",
    );
    expect((await readFile(input)).equals(before)).toBe(true);

    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tập thể", "Cá nhân", "Báo cáo"]);
    const ws = wb.getWorksheet("Báo cáo")!;
    // A unit name starting with "=" stays text; a placeholder alone becomes a number.
    expect(ws.getCell("A1").value).toBe("BÁO CÁO CỦA =UBND xã Phú Hòa");
    expect([ws.getCell("B2").value, ws.getCell("B3").value]).toEqual([2, 2]);
    expect(ws.getCell("A5").value).toBe("Tổng số: 4 điển hình; {{khong_co}}");
    expect((ws.getCell("B4").value as ExcelJS.CellFormulaValue).formula).toBe("B2+B3");
    expect((ws.getCell("A6").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF92D050");
    // The clerk's lists are copied unchanged.
    const original = await load(LIST);
    for (const name of ["Tập thể", "Cá nhân"]) {
      const values = (w: ExcelJS.Workbook) => {
        const rows: unknown[] = [];
        w.getWorksheet(name)!.eachRow((row) => rows.push(row.values));
        return rows;
      };
      expect(values(wb)).toEqual(values(original));
    }
  });

  it("with several files, writes our sheets to OUT and each filled template beside it", async () => {
    const input = await withTemplate("mau-2.xlsx");
    const plain = join(dir, "khong-mau.xlsx");
    await copyFile(LIST, plain);
    const out = join(dir, "nhieu.xlsx");
    const run = await tdkt("kiem-tra", plain, input, "--loai-don-vi", "xa", "--xuat", out);
    const copy = join(dir, "nhieu - mau-2.xlsx");
    expect(run.out).toContain(`Đã ghi bảng tổng hợp vào ${out}.\n`);
    expect(run.out).toContain(`Đã ghi bảng tổng hợp vào ${copy}.\n`);
    expect((await load(out)).worksheets.map((w) => w.name)).toEqual(["Tổng hợp"]);
    expect((await load(copy)).getWorksheet("Báo cáo")!.getCell("B2").value).toBe(2);
  });
});
