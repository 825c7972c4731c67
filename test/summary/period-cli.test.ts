/**
 * Kỳ báo cáo and the clerk's due date through `tdkt kiem-tra` on a real workbook: the period the
 * clerk chooses heads the saved summary; a Bình Định summary of a year says the year, not the
 * plan's whole period; --han-nop is used where the plan states no day, and said to be the unit's.
 */
import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jsonReport } from "../cli/report";
import { tdkt } from "../cli/tdkt";

let dir: string;
let list: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tdkt-ky-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN"]);
  ws.addRow(["STT", "Họ và tên", "Đối tượng", "Tóm tắt thành tích"]);
  ws.addRow([
    1,
    "Trần Văn An",
    "Cá nhân",
    "Hoàn thành xuất sắc nhiệm vụ, dẫn đầu phong trào thi đua của đơn vị",
  ]);
  list = join(dir, "ds.xlsx");
  await writeFile(list, Buffer.from(await wb.xlsx.writeBuffer()));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function periodLine(...flags: string[]): Promise<string[]> {
  const out = join(dir, `th-${flags.join("_").replace(/[^a-z0-9]/gi, "")}.xlsx`);
  const run = await tdkt("kiem-tra", list, "--ke-hoach", "binh-dinh-2022-2025", "--xuat", out, ...flags);
  expect(run.err).toBe("");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(out)) as unknown as ExcelJS.Buffer);
  const lines: string[] = [];
  wb.getWorksheet("Tổng hợp")!.eachRow((row) => {
    const v = row.getCell(1).value;
    if (typeof v === "string" && /^(Kỳ báo cáo|Hạn báo cáo):/.test(v)) lines.push(v);
  });
  return lines;
}

describe("--ky-bao-cao and --han-nop", () => {
  it("heads a Bình Định summary with the year of the report by default, not «Giai đoạn 2022 – 2025»", async () => {
    expect(await periodLine()).toEqual([
      "Kỳ báo cáo: Năm 2025",
      "Hạn báo cáo: kế hoạch không nêu ngày cho kỳ này và đơn vị chưa đặt hạn, nên không xét trễ hạn",
    ]);
  });

  it("follows the chosen period and labels the clerk's own due date", async () => {
    expect(await periodLine("--ky-bao-cao", "nam-2024", "--han-nop", "15/12/2024")).toEqual([
      "Kỳ báo cáo: Năm 2024",
      "Hạn báo cáo: Báo cáo hằng năm — hạn do đơn vị tự đặt (kế hoạch không ghi ngày): chậm nhất ngày 15/12/2024",
    ]);
    expect((await periodLine("--ky-bao-cao", "giai-doan"))[0]).toBe("Kỳ báo cáo: Cả giai đoạn 2022 – 2025");
  });

  it("is late against --han-nop only; without it nothing is late", async () => {
    const late = async (...flags: string[]) => {
      const run = await tdkt(
        "kiem-tra",
        list,
        "--ke-hoach",
        "an-giang-2025",
        "--json",
        "--ngay-bao-cao",
        "20/07/2025",
        ...flags,
      );
      return jsonReport(run.out)
        .files[0].findings.filter((f) => f.code === "late-submission")
        .map((f) => f.message);
    };
    expect(await late()).toEqual([]);
    expect(await late("--ky-bao-cao", "6-thang-2025")).toEqual([]);
    expect(await late("--ky-bao-cao", "6-thang-2025", "--han-nop", "15/07/2025")).toEqual([
      "Ngày báo cáo 20/07/2025 đã quá hạn «Báo cáo định kỳ 6 tháng» (hạn do đơn vị tự đặt (kế hoạch không ghi ngày): " +
        "chậm nhất ngày 15/07/2025), trễ 5 ngày. Hãy gửi ngay, kèm lý do gửi chậm.",
    ]);
  });

  it("refuses a period the plan does not have, listing those it has (exit 2)", async () => {
    const run = await tdkt(
      "kiem-tra",
      list,
      "--ke-hoach",
      "an-giang-dot-dac-biet-2025",
      "--ky-bao-cao",
      "nam-2025",
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain("Kỳ báo cáo «nam-2025» không có trong kế hoạch «an-giang-dot-dac-biet-2025»");
    expect(run.err).toContain("dot — Đợt thi đua đặc biệt đến hết tháng 6/2025");
    const bad = await tdkt("kiem-tra", list, "--han-nop", "31/02/2025");
    expect([bad.code, bad.err]).toEqual([2, "Hạn nộp «31/02/2025» không hợp lệ: hãy ghi dạng dd/mm/yyyy.\n"]);
  });
});
