/** `npm run demo` on the committed samples: the pipeline the CLI uses, end to end on real files. */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE_BUILDERS } from "../../scripts/build-samples";
import { DEMO_SAMPLES, runDemo, type DemoResult } from "../../src/cli/demo";

const MEDIA_SAMPLE = "an-giang-2021-nhat-ky-tin-bai.xlsx";

const SAMPLES = join(__dirname, "../../samples");

describe("the demo", () => {
  const lines: string[] = [];
  let results: DemoResult[];
  let out: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "tdkt-demo-"));
    results = await runDemo(SAMPLES, out, (l) => lines.push(l));
  });

  it("runs every bundled sample: the nomination lists and the media log", () => {
    expect(DEMO_SAMPLES.map((s) => s.file).sort()).toEqual(
      [...Object.keys(SAMPLE_BUILDERS), MEDIA_SAMPLE].sort(),
    );
    expect(results.every((r) => r.out !== null)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(
      DEMO_SAMPLES.map((s) => `tong-hop-${s.file.replace(/\.xlsx$/, "")}.xlsx`).sort(),
    );
  });

  it("prints the plan, counts, quota and findings of each sample in Vietnamese", () => {
    const block = (file: string): string[] => {
      const i = lines.indexOf(`Mẫu: ${file}`);
      return lines.slice(i, lines.indexOf("", i));
    };
    expect(block("an-giang-2025-xa-my-hoa-hung.xlsx").slice(2, 6)).toEqual([
      "  Đơn vị: UBND xã Mỹ Hòa Hưng (xã, phường, thị trấn)",
      "  Số lượng: 2 tập thể, 4 cá nhân, 1 hộ gia đình (tổng 7)",
      "  Chỉ tiêu Tập thể + Cá nhân + Hộ gia đình: 7/≥ 2 — Đạt",
      "  Kết quả kiểm tra: 3 lỗi, 3 cảnh báo, 0 thông tin", // Trần Văn Tư: năm sinh 1985 alone
    ]);
    expect(block("binh-dinh-2022-2025-doanh-nghiep-thuy-san.xlsx").slice(3, 6)).toEqual([
      "  Số lượng: 0 tập thể, 4 cá nhân, 0 hộ gia đình (tổng 4)",
      "  Chỉ tiêu Cá nhân: 4/1–3 — Chưa đạt (vượt 1)",
      "  Kết quả kiểm tra: 0 lỗi, 1 cảnh báo, 0 thông tin",
    ]);
    expect(block("an-giang-dot-dac-biet-2025-so-nong-nghiep.xlsx")[4]).toBe(
      "  Chỉ tiêu: kế hoạch không đặt chỉ tiêu cho loại đơn vị này",
    );
    expect(block("so-tttt-2022-2025-dien-hinh.xlsx")[5]).toBe(
      "  Kết quả kiểm tra: 1 lỗi, 0 cảnh báo, 0 thông tin",
    );
    expect(block("so-tttt-2022-2025-dien-hinh.xlsx")[1]).toBe(
      "  Kế hoạch: so-tttt-2022-2025 — Kế hoạch triển khai thực hiện Đề án “Tuyên truyền gương điển hình tiên tiến giai đoạn 2022 - 2025”",
    );
  });

  it("checks the media log against plan 002 and writes its month × outlet table", async () => {
    const i = lines.indexOf(`Mẫu: ${MEDIA_SAMPLE}`);
    expect(lines.slice(i + 2, i + 6)).toEqual([
      "  Nhật ký tin bài: 16 tin bài, tháng 1, 2, 3, 4",
      "  Chỉ tiêu hằng tháng (cơ quan × loại × tháng): đạt 5/12",
      "  Tin bài gửi trễ: 4",
      "  Kết quả kiểm tra: 8 lỗi, 13 cảnh báo, 1 thông tin", // 4 late, 9 without the Đài's clip
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "tong-hop-an-giang-2021-nhat-ky-tin-bai.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp tin bài"]);
    const ws = wb.getWorksheet("Tổng hợp tin bài")!;
    const months: unknown[][] = [];
    let total = false;
    ws.eachRow((row) => {
      const m = row.getCell(1).value;
      if (m === "Cộng") total = true;
      if (!total && typeof m === "number") months.push([m, row.getCell(3).value, row.getCell(4).value]);
    });
    // Báo An Giang (print + online, 2 a month): 2, 1, 2, 2 done against 2.
    expect(months).toEqual([
      [1, 2, 2],
      [2, 1, 2],
      [3, 2, 2],
      [4, 2, 2],
    ]);
  });

  it("writes a summary whose 0603.N rows come from the doanh nghiệp's trích ngang", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "tong-hop-binh-dinh-2022-2025-doanh-nghiep-thuy-san.xlsx"));
    const ws = wb.getWorksheet("Tổng hợp")!;
    const byLabel = new Map<string, unknown>();
    let c = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === "C. THEO BIỂU 0603.N (THÔNG TƯ 02/2023/TT-BNV)") c = r;
      if (c > 0 && r > c && r <= c + 12) byLabel.set(String(row.getCell(2).value), row.getCell(3).value);
    });
    expect(Object.fromEntries(byLabel)).toMatchObject({
      "Tổng số": 4,
      "Cá nhân": 4,
      "Doanh nhân": 1,
      "Các cấp lãnh đạo khác từ phó phòng trở lên": 1,
      "Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân…)": 2,
      "Trong đó: Nữ (cá nhân)": 2,
    });
  });
});
