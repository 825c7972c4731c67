import { readFileSync } from "node:fs";
import { checkMediaWorkbook, isMediaWorkbook, mediaSummarySheet } from "../../src/core/media";
import { getBuiltinPlan } from "../../src/core/plan";
import { buildMediaSample } from "../../scripts/build-media-sample";
import { readXlsx } from "./xlsx";

describe("samples/an-giang-2021-nhat-ky-tin-bai.xlsx", () => {
  it("is what the script builds, byte for byte (deterministic)", async () => {
    const built = await buildMediaSample();
    expect(built.equals(await buildMediaSample())).toBe(true);
    expect(built.equals(readFileSync("samples/an-giang-2021-nhat-ky-tin-bai.xlsx"))).toBe(true);
  });

  it("checks January–April with its shortfalls and late items", async () => {
    const plan = getBuiltinPlan("an-giang-2021")!;
    const sheets = await readXlsx(await buildMediaSample());
    expect(isMediaWorkbook(sheets)).toBe(true);
    const report = checkMediaWorkbook("an-giang-2021-nhat-ky-tin-bai.xlsx", sheets, plan);
    const [log] = report.logs;
    expect(log.headerRows).toEqual([7, 8]);
    expect(log.items).toHaveLength(16);
    // The Đài's nine items (rows 12–15, 17–18, 21, 24–25) name no video-clip in column I, which the
    // plan asks the Đài to send with each article ("gửi trễ", "chưa gửi" there are notes, not links).
    const clip = (row: number) => ["missing-required", `I${row}`];
    expect(log.findings.map((f) => [f.code, f.cell])).toEqual([
      clip(12),
      clip(13),
      clip(14),
      clip(15),
      ["media-late", "H15"],
      clip(17),
      clip(18),
      ["media-late", "H18"],
      ["media-no-exemplar", "F18"],
      clip(21),
      ["media-late", "H21"],
      ["missing-required", "H24"],
      clip(24),
      clip(25),
      ["media-late", "H25"],
    ]);
    expect(report.quota.map((q) => `${q.month}:${q.actual}/${q.required}`)).toEqual([
      "1:2/2",
      "1:2/2",
      "1:2/2",
      "2:1/2",
      "2:1/2",
      "2:1/2",
      "3:2/2",
      "3:1/2",
      "3:0/2",
      "4:2/2",
      "4:1/2",
      "4:1/2",
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      "Báo An Giang – báo in và báo điện tử, tháng 2: 1/2 bài — còn thiếu 1 bài.",
      "Đài Phát thanh – Truyền hình An Giang – truyền hình, tháng 2: 1/2 kỳ — còn thiếu 1 kỳ.",
      "Đài Phát thanh – Truyền hình An Giang – phát thanh, tháng 2: 1/2 kỳ — còn thiếu 1 kỳ.",
      "Đài Phát thanh – Truyền hình An Giang – truyền hình, tháng 3: 1/2 kỳ — còn thiếu 1 kỳ.",
      "Đài Phát thanh – Truyền hình An Giang – phát thanh, tháng 3: 0/2 kỳ — còn thiếu 2 kỳ.",
      "Đài Phát thanh – Truyền hình An Giang – truyền hình, tháng 4: 1/2 kỳ — còn thiếu 1 kỳ.",
      "Đài Phát thanh – Truyền hình An Giang – phát thanh, tháng 4: 1/2 kỳ — còn thiếu 1 kỳ.",
    ]);
    const summary = mediaSummarySheet(report, plan.media!, plan.title);
    const lateRows = summary.cells.filter((c) => c.col === 2 && c.row > 14 && c.row < 25).map((c) => c.value);
    expect(lateRows).toEqual([
      "Tiêu đề",
      "Tết ấm cho hộ nghèo",
      "Vui xuân an toàn",
      "Tuổi trẻ Tri Tôn",
      "Lao động giỏi ngày 1/5",
    ]);
  });
});
