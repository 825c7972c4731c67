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
  });

  it("002 keeps its own profile (quotas and themes)", async () => {
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
    expect(doc.report.logs[0].findings.some((f) => f.message.includes("video-clip gửi kèm"))).toBe(false);
  });
});
