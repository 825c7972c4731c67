/** Plan 000's press duty (§VI.6) as a media profile of an-giang-2025, read from a real .xlsx. */
import { checkDocument } from "../../src/core/document";
import { getBuiltinPlan } from "../../src/core/plan";
import { YEAR_LOG } from "./fixtures";
import { roundTrip } from "./xlsx";

const plan = getBuiltinPlan("an-giang-2025")!;

describe("an-giang-2025: «trước ngày 25 hàng tháng … Đài … gửi bài viết kèm video-clip»", () => {
  it("checks a media log against 000: the 25th is late, the Đài's items need their clip, no monthly quota", async () => {
    const sheets = await roundTrip([YEAR_LOG]);
    const doc = checkDocument("nhat-ky.xlsx", sheets, plan, { reportDate: "2025-12-31" });
    if (doc.listType !== "media") throw new Error("not read as a media log");
    const r = doc.report;
    expect(r.plan).toBe("an-giang-2025");
    // Same send-by day as 002: sent on the 25th (row 12) is late, on the 24th (row 11) is not.
    expect(r.late.map((l) => l.row)).toEqual([12, 16, 28]);
    // 000 sets no number of items a month.
    expect(r.quota).toEqual([]);
    expect(r.findings.filter((f) => f.code === "media-quota-below-min")).toEqual([]);
    // Every item of the Đài with no link and no note of a clip is flagged; none of Báo An Giang.
    const log = r.logs[0];
    const noClip = log.findings.filter((f) => f.message.includes("video-clip gửi kèm")).map((f) => f.row);
    // The Đài's rows of YEAR_ITEMS (test/media/fixtures.ts): none has a link or a note of a clip.
    expect(noClip).toEqual([11, 12, 13, 16, 18, 19, 25, 26, 28]);
    const baoRows = log.items.filter((i) => i.outlet === "bao-an-giang").map((i) => i.row);
    expect(noClip.some((row) => row !== null && baoRows.includes(row))).toBe(false);
  });

  it("002 keeps its own profile (quotas and themes) and asks the Đài for its clip too", async () => {
    const sheets = await roundTrip([YEAR_LOG]);
    const doc = checkDocument("nhat-ky.xlsx", sheets, getBuiltinPlan("an-giang-2021")!, {
      reportDate: "2021-12-31",
    });
    if (doc.listType !== "media") throw new Error("not read as a media log");
    // 002: 2 a month for Báo An Giang (print and online together) and for each of the Đài's two
    // media, over the twelve months; in January the same article in print and online counts once.
    const quota = doc.report.quota;
    expect(quota.map((q) => [q.month, q.outlet, q.media.join("+")])).toEqual(
      Array.from({ length: 12 }, (_, m) => [
        [m + 1, "bao-an-giang", "bao-in+bao-dien-tu"],
        [m + 1, "dai-an-giang", "truyen-hinh"],
        [m + 1, "dai-an-giang", "phat-thanh"],
      ]).flat(),
    );
    expect(quota.slice(0, 3).map((q) => [q.required, q.actual, q.met])).toEqual([
      [2, 1, false],
      [2, 2, true],
      [2, 1, false],
    ]);
    // 002 §IV.6 has the same words as 000: "Đài … gửi bài viết kèm video-clip". The year log's nine
    // items of the Đài (rows 11–13, 16, 18–19, 25–26, 28) carry no clip.
    const clipRows = doc.report.logs[0].findings
      .filter((f) => f.message.includes("chưa ghi video-clip gửi kèm"))
      .map((f) => f.row);
    expect(clipRows).toEqual([11, 12, 13, 16, 18, 19, 25, 26, 28]);
  });

  it("a shared «Đường dẫn / ghi chú» column: an address or a mention of the clip counts, a plain note does not", async () => {
    const row = (stt: number, cell: string | null) => [
      stt,
      3,
      "Đài PT-TH AG",
      "Truyền hình",
      `Bài ${stt}`,
      "Ông A",
      "10/03/2025",
      "20/03/2025",
      cell,
    ];
    const log = {
      name: "Nhật ký",
      rows: [
        [
          "STT",
          "Tháng",
          "Cơ quan báo chí",
          "Loại",
          "Tiêu đề",
          "Gương điển hình",
          "Ngày phát sóng",
          "Ngày gửi",
          "Đường dẫn / ghi chú",
        ],
        row(1, "https://atv.vn/video/bai-1"),
        row(2, "www.youtube.com/watch?v=abc"),
        row(3, "Đã gửi kèm video clip qua email"),
        row(4, "gửi trễ"),
        row(5, "chưa gửi"),
        row(6, null),
      ],
    };
    const doc = checkDocument("nhat-ky.xlsx", await roundTrip([log]), plan, { reportDate: "2025-12-31" });
    if (doc.listType !== "media") throw new Error("not read as a media log");
    const noClip = doc.report.logs[0].findings.filter((f) => f.message.includes("video-clip gửi kèm"));
    expect(noClip.map((f) => [f.row, f.cell])).toEqual([
      [5, "I5"],
      [6, "I6"],
      [7, "I7"],
    ]);
  });
});
