import {
  AN_GIANG_2021_MEDIA,
  checkMediaWorkbook,
  deadlineFor,
  isMediaWorkbook,
  mediaFieldForHeader,
  mediaProfileSchema,
  mediaReportHasErrors,
  mediaSummarySheet,
  readMediaLogs,
  sheetListType,
  themesForMonth,
  type MediaReport,
} from "../../src/core/media";
import { getBuiltinPlan, parsePlanText } from "../../src/core/plan";
import { AN_GIANG_2021 } from "../../src/core/plan/seeds/an-giang-2021";
import type { SheetModel } from "../../src/core/port";
import type { SheetGrid } from "../../src/core/types";
import { MONTH_SHEET, NOMINATION_SHEET, TCVN3_LOG, YEAR_LOG } from "./fixtures";
import { roundTrip } from "./xlsx";

const profile = mediaProfileSchema.parse(AN_GIANG_2021_MEDIA);
const plan = { id: "an-giang-2021", title: "Kế hoạch tuyên truyền năm 2021", media: profile };

const brief = (r: MediaReport) =>
  r.logs.flatMap((l) => l.findings).map((f) => [f.code, f.severity, f.cell, f.row] as const);

describe("media log of plan 002: a whole year", () => {
  let sheets: SheetGrid[];
  let report: MediaReport;
  beforeAll(async () => {
    sheets = await roundTrip([YEAR_LOG]);
    report = checkMediaWorkbook("nhat-ky.xlsx", sheets, plan);
  });

  it("is recognised as a media log, not a nomination list", () => {
    expect(sheetListType(sheets[0])).toBe("media");
    expect(isMediaWorkbook(sheets)).toBe(true);
  });

  it("finds the merged two-row header under the title block and maps every column", () => {
    const [log] = report.logs;
    expect(report.logs).toHaveLength(1);
    expect(log.headerRows).toEqual([6, 7]);
    expect(log.encoding).toBe("unicode");
    expect(log.columns).toEqual([
      { column: "A", header: "STT", field: "stt" },
      { column: "B", header: "Tháng", field: "month" },
      { column: "C", header: "Cơ quan báo chí", field: "outlet" },
      { column: "D", header: "Loại", field: "medium" },
      { column: "E", header: "Tin bài / Tiêu đề", field: "title" },
      { column: "F", header: "Tin bài / Gương điển hình được nêu", field: "exemplar" },
      { column: "G", header: "Ngày / Đăng, phát sóng", field: "publishedOn" },
      { column: "H", header: "Ngày / Gửi Sở Nội vụ", field: "sentOn" },
      { column: "I", header: "Đường dẫn / ghi chú", field: "link" },
    ]);
    expect(log.items.map((i) => i.row)).toEqual([
      9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
    ]);
  });

  it("reads items: outlets and media folded to ids, dates to ISO, months from cells or dates", () => {
    const byRow = new Map(report.logs[0].items.map((i) => [i.row, i]));
    expect(byRow.get(10)).toEqual({
      row: 10,
      month: 1,
      outlet: "bao-an-giang",
      outletText: "Báo AG",
      medium: "bao-dien-tu",
      mediumText: "Báo điện tử",
      title: "Nữ nông dân làm giàu ở Chợ Mới",
      exemplar: "Nguyễn Thị Lan",
      publishedOn: "2021-01-10",
      sentOn: "2021-01-15",
      link: "baoangiang.com.vn/nu-nong-dan",
      note: null,
      cells: {
        stt: "A10",
        month: "B10",
        outlet: "C10",
        medium: "D10",
        title: "E10",
        exemplar: "F10",
        publishedOn: "G10",
        sentOn: "H10",
        link: "I10",
      },
    });
    const pick = (row: number) => {
      const i = byRow.get(row)!;
      return [i.month, i.outlet, i.medium, i.sentOn];
    };
    expect(pick(12)).toEqual([1, "dai-an-giang", "truyen-hinh", "2021-01-25"]); // "ATV", "TH"
    expect(pick(13)).toEqual([1, "dai-an-giang", "phat-thanh", "2021-01-20"]);
    expect(pick(14)).toEqual([2, "bao-an-giang", "bao-in", "2021-02-20"]); // "Tháng 2", "in", text date
    expect(pick(15)).toEqual([2, "bao-an-giang", "bao-dien-tu", "2021-02-24"]); // "Online"
    expect(pick(24)).toEqual([8, null, "bao-in", "2021-08-05"]); // Báo Nhân Dân
    expect(pick(25)).toEqual([9, "dai-an-giang", "truyen-hinh", "2021-09-12"]); // month from the broadcast date
    expect(pick(26)).toEqual([10, "dai-an-giang", null, "2021-10-03"]);
    expect(pick(27)).toEqual([11, "bao-an-giang", null, "2021-11-03"]);
    expect(pick(28)).toEqual([12, "dai-an-giang", "truyen-hinh", "2022-01-05"]);
    expect(byRow.get(29)!.month).toBe(12);
    expect(byRow.get(29)!.monthText).toBe("Tháng 13");
  });

  it("reports exactly the faulty items: late, no exemplar, no title, no date, unknown outlet or medium", () => {
    // Every item of the Đài (rows 11–13, 16, 18–19, 25–26, 28) has no clip in column I: the plan
    // asks the Đài to send each article "kèm video-clip".
    const clip = (row: number) => ["missing-required", "warning", `I${row}`, row];
    expect(brief(report)).toEqual([
      clip(11),
      clip(12),
      ["media-late", "warning", "H12", 12],
      clip(13),
      clip(16),
      ["media-late", "warning", "H16", 16],
      ["media-no-exemplar", "info", "F17", 17],
      clip(18),
      clip(19),
      ["missing-required", "error", "E20", 20],
      ["missing-required", "error", "H21", 21],
      ["missing-required", "warning", "C24", 24],
      clip(25),
      ["missing-required", "error", "D26", 26],
      clip(26),
      clip(28),
      ["media-late", "warning", "H28", 28],
      ["invalid-date", "error", "B29", 29],
    ]);
    const messages = report.logs[0].findings.map((f) => f.message);
    expect(messages[0]).toBe(
      'Tin bài "Hợp tác xã Mỹ Hòa Hưng" của Đài Phát thanh – Truyền hình An Giang chưa ghi video-clip gửi kèm ' +
        "(kế hoạch: gửi bài viết kèm video-clip): ghi đường dẫn video-clip, hoặc ghi chú «kèm video-clip».",
    );
    expect(messages[2]).toBe(
      'Tin bài "Thầy giáo vùng biên" (tháng 1) gửi ngày 25/01/2021: trễ hạn — phải gửi ' +
        "Sở Nội vụ (Ban Thi đua - Khen thưởng) trước ngày 25/01/2021.",
    );
    expect(messages[16]).toBe(
      'Tin bài "Chiến sĩ biên phòng" (tháng 12) gửi ngày 05/01/2022: trễ hạn — phải gửi ' +
        "Sở Nội vụ (Ban Thi đua - Khen thưởng) trước ngày 25/12/2021.",
    );
    expect(messages[13]).toBe(
      'Tin bài "Doanh nghiệp hội nhập" chưa ghi loại: ghi một trong: truyền hình và phát thanh.',
    );
  });

  it("sent on the 24th is on time, on the 25th late", () => {
    const late = report.late.map((l) => [l.row, l.sentOn, l.deadline]);
    expect(late).toEqual([
      [12, "2021-01-25", "2021-01-25"],
      [16, "2021-02-26", "2021-02-25"],
      [28, "2022-01-05", "2021-12-25"],
    ]);
    expect(late.some(([row]) => row === 11)).toBe(false); // H11: 24/01/2021
  });

  it("counts each outlet × medium × month against its quota, months 1–12", () => {
    expect(report.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const table = report.months.map((m) =>
      ["bao-in,bao-dien-tu", "truyen-hinh", "phat-thanh"].map(
        (media) => report.quota.find((q) => q.month === m && q.media.join() === media)!.actual,
      ),
    );
    expect(table).toEqual([
      [1, 2, 1],
      [2, 1, 0],
      [1, 0, 0],
      [0, 0, 2],
      [1, 0, 0],
      [1, 0, 0],
      [2, 0, 0],
      [0, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
      [1, 0, 0],
      [1, 1, 0],
    ]);
    expect(report.quota.every((q) => q.required === 2 && q.met === q.actual >= 2)).toBe(true);
  });

  it("reports each shortfall with what is missing", () => {
    const shortfalls = report.findings.map((f) => f.message);
    expect(report.findings.every((f) => f.code === "media-quota-below-min" && f.severity === "error")).toBe(
      true,
    );
    expect(report.findings.every((f) => f.sheet === null && f.cell === null)).toBe(true);
    // 36 statuses, met: Đài TV 1, Báo 2, Đài radio 4, Báo 7.
    expect(shortfalls).toHaveLength(32);
    expect(shortfalls.slice(0, 2)).toEqual([
      "Báo An Giang – báo in và báo điện tử, tháng 1: 1/2 bài — còn thiếu 1 bài.",
      "Đài Phát thanh – Truyền hình An Giang – phát thanh, tháng 1: 1/2 kỳ — còn thiếu 1 kỳ.",
    ]);
    expect(shortfalls).toContain("Báo An Giang – báo in và báo điện tử, tháng 3: 1/2 bài — còn thiếu 1 bài.");
    expect(shortfalls).toContain(
      "Đài Phát thanh – Truyền hình An Giang – truyền hình, tháng 8: 0/2 kỳ — còn thiếu 2 kỳ.",
    );
    expect(mediaReportHasErrors(report)).toBe(true);
  });

  it("checks only the months the clerk asks for", () => {
    const q1 = checkMediaWorkbook("nhat-ky.xlsx", sheets, plan, { months: { from: 1, to: 2 } });
    expect(q1.months).toEqual([1, 2]);
    expect(q1.quota.map((q) => [q.month, q.actual])).toEqual([
      [1, 1],
      [1, 2],
      [1, 1],
      [2, 2],
      [2, 1],
      [2, 0],
    ]);
    expect(q1.themes.map((t) => t.label)).toEqual(["1 và 2", "1 và 2"]);
  });

  it("fills the summary table: done / required per month, themes, late items", () => {
    const sheet = mediaSummarySheet(report, profile, plan.title);
    expect(sheet.name).toBe("Tổng hợp tin bài");
    const at = cellsOf(sheet);
    // Header on rows 6–8, months from row 9.
    expect([at("A6"), at("B6"), at("C6"), at("E6"), at("I6")]).toEqual([
      "Tháng",
      "Chủ đề của tháng",
      "Báo An Giang",
      "Đài Phát thanh – Truyền hình An Giang",
      "Số tin bài gửi trễ",
    ]);
    expect([at("C7"), at("E7"), at("G7"), at("C8"), at("D8")]).toEqual([
      "báo in và báo điện tử (bài/tháng)",
      "truyền hình (kỳ/tháng)",
      "phát thanh (kỳ/tháng)",
      "Thực hiện",
      "Chỉ tiêu",
    ]);
    const monthRow = (m: number) => ["A", "C", "D", "E", "F", "G", "H", "I"].map((c) => at(`${c}${8 + m}`));
    expect(monthRow(1)).toEqual([1, 1, 2, 2, 2, 1, 2, 1]);
    expect(monthRow(2)).toEqual([2, 2, 2, 1, 2, 0, 2, 1]);
    expect(monthRow(12)).toEqual([12, 1, 2, 1, 2, 0, 2, 1]);
    expect(["A", "C", "D", "E", "F", "G", "H", "I"].map((c) => at(`${c}21`))).toEqual([
      "Cộng",
      10,
      24,
      5,
      24,
      3,
      24,
      3,
    ]);
    expect(at("B9")).toBe(
      "- Chào mừng 75 năm ngày Tổng tuyển cử đầu tiên của Quốc hội Việt Nam (06/01/1946 - 06/01/2021); " +
        "Cuộc bầu cử Quốc hội và Hội đồng nhân dân các cấp tỉnh An Giang.\n" +
        "- Chào mừng 91 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 03/02/2021) và mừng Xuân Tân Sửu.",
    );
    expect(at("B15")).toBe("Các chủ đề trong năm (mục III)"); // month 7
    expect(sheet.cells.find((c) => c.row === 9 && c.col === 3)?.style?.fill).toBe("#FCE4D6"); // 1/2: short
    expect(sheet.cells.find((c) => c.row === 9 && c.col === 5)?.style?.fill).toBeUndefined(); // 2/2: met
    // Late items: section title on row 23, header on 24, then one row each.
    expect(at("A23")).toBe("II. TIN BÀI GỬI TRỄ (gửi từ ngày 25 của tháng trở đi)");
    expect(["A", "B", "C", "D", "E", "F", "G", "H"].map((c) => at(`${c}25`))).toEqual([
      1,
      "Thầy giáo vùng biên",
      1,
      "Đài Phát thanh – Truyền hình An Giang",
      "truyền hình",
      "25/01/2021",
      "25/01/2021",
      "Nhật ký 2021!H12",
    ]);
    expect(at("B27")).toBe("Chiến sĩ biên phòng");
    expect(at("A29")).toBe("III. CHỦ ĐỀ TRONG NĂM (áp dụng cho mọi tháng)");
    expect(at("A33")).toBe(
      "- Phát động và triển khai thực hiện phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện " +
        "văn hóa công sở”.",
    );
    expect(sheet.merges).toContainEqual({ top: 6, left: 3, bottom: 6, right: 4 });
    expect(sheet.merges).toContainEqual({ top: 6, left: 5, bottom: 6, right: 8 });
    expect(sheet.merges).toContainEqual({ top: 6, left: 1, bottom: 8, right: 1 });
  });
});

function cellsOf(sheet: SheetModel): (a1: string) => string | number | null | undefined {
  return (a1) => {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    const col = m[1].charCodeAt(0) - 64;
    return sheet.cells.find((c) => c.row === Number(m[2]) && c.col === col)?.value;
  };
}

describe("theme calendar of plan 002", () => {
  const cases: [number, string, string | null][] = [
    [1, "1 và 2", "Chào mừng 75 năm ngày Tổng tuyển cử"],
    [2, "1 và 2", "Chào mừng 91 năm Ngày thành lập Đảng"],
    [3, "3", "Chào mừng kỷ niệm 90 năm ngày thành lập Đoàn Thanh niên"],
    [4, "4", "Chào mừng ngày Giỗ tổ Hùng Vương"],
    [5, "5", "Chào mừng 131 năm ngày sinh Chủ tịch Hồ Chí Minh"],
    [6, "6", "Chào mừng 73 năm ngày truyền thống thi đua yêu nước"],
    [7, "Trong năm", null],
    [8, "8 và 9", "Kỷ niệm 133 năm ngày sinh Chủ tịch Tôn Đức Thắng"],
    [9, "8 và 9", "Chào mừng 76 năm Cách mạng tháng Tám"],
    [10, "Trong năm", null],
    [11, "Trong năm", null],
    [12, "12", "Chào mừng 77 năm ngày thành lập Quân đội nhân dân Việt Nam"],
  ];
  it.each(cases)("month %i: row %s", (month, label, topic) => {
    const t = themesForMonth(profile, month);
    expect(t.label).toBe(label);
    if (topic === null) expect(t.topics).toEqual([]);
    else expect(t.topics.some((s) => s.startsWith(topic))).toBe(true);
    expect(t.yearRound).toHaveLength(4);
    expect(t.yearRound[0]).toContain("An Giang chung tay vì người nghèo");
  });

  it("groups months as the seed's table does", () => {
    // 002's table: one row for months 1 and 2, one for 8 and 9, two topics each; two for month 12.
    const pair1 = [
      "Chào mừng 75 năm ngày Tổng tuyển cử đầu tiên của Quốc hội Việt Nam",
      "Chào mừng 91 năm Ngày thành lập Đảng Cộng sản Việt Nam",
    ];
    const pair8 = [
      "Kỷ niệm 133 năm ngày sinh Chủ tịch Tôn Đức Thắng",
      "Chào mừng 76 năm Cách mạng tháng Tám",
    ];
    const titles = (month: number) => themesForMonth(profile, month).topics.map((t) => t.split(" (")[0]);
    expect([1, 2, 8, 9, 12].map(titles)).toEqual([
      pair1,
      pair1,
      pair8,
      pair8,
      ["Chào mừng 77 năm ngày thành lập Quân đội nhân dân Việt Nam", "32 năm Ngày hội quốc phòng toàn dân"],
    ]);
  });
});

describe("other layouts and encodings", () => {
  it("reads a month's own sheet: month from the sheet name, outlets from section rows, total row skipped", async () => {
    const sheets = await roundTrip([MONTH_SHEET]);
    expect(sheetListType(sheets[0])).toBe("media");
    const report = checkMediaWorkbook("t3.xlsx", sheets, plan);
    const [log] = report.logs;
    expect(log.headerRows).toEqual([3]);
    expect(log.columns.map((c) => `${c.column}:${c.field}`)).toEqual([
      "A:stt",
      "B:title",
      "C:medium",
      "D:exemplar",
      "E:publishedOn",
      "F:sentOn",
    ]);
    expect(log.items.map((i) => [i.row, i.month, i.outlet, i.medium, i.sentOn])).toEqual([
      [5, 3, "bao-an-giang", "bao-in", "2021-03-08"],
      [6, 3, "bao-an-giang", "bao-dien-tu", "2021-03-12"],
      [8, 3, "dai-an-giang", "truyen-hinh", "2021-03-25"],
    ]);
    // The sheet has no link or note column: the Đài's missing clip points at its title.
    expect(brief(report)).toEqual([
      ["missing-required", "warning", "B8", 8],
      ["media-late", "warning", "F8", 8],
    ]);
    expect(report.quota.map((q) => [q.month, q.actual, q.met])).toEqual([
      [3, 2, true],
      [3, 1, false],
      [3, 0, false],
    ]);
  });

  it("converts a TCVN3 log to Unicode and says so", async () => {
    const sheets = await roundTrip([TCVN3_LOG]);
    const report = checkMediaWorkbook("tcvn3.xlsx", sheets, plan);
    const [log] = report.logs;
    expect(log.encoding).toBe("tcvn3");
    expect(log.columns.map((c) => c.header)).toEqual([
      "STT",
      "Tháng",
      "Cơ quan báo chí",
      "Loại",
      "Tiêu đề",
      "Gương điển hình",
      "Ngày gửi",
    ]);
    expect(log.items.map((i) => [i.outlet, i.medium, i.title, i.exemplar])).toEqual([
      ["bao-an-giang", "bao-in", "Gương sáng thi đua", "Nguyễn Văn Dũng"],
      ["dai-an-giang", "truyen-hinh", "Hội nông dân tiêu biểu", "Hội Nông dân xã Bình Hòa"],
    ]);
    expect(brief(report)).toEqual([
      ["legacy-encoding", "info", "B3", 3], // the first converted cell, header included
      ["missing-required", "warning", "E5", 5], // the Đài's item, sent without its clip
      ["media-late", "warning", "G5", 5],
    ]);
  });

  it("does not take a nomination list for a media log", async () => {
    const sheets = await roundTrip([NOMINATION_SHEET]);
    expect(sheetListType(sheets[0])).toBe("nomination");
    expect(isMediaWorkbook(sheets)).toBe(false);
    const [log] = readMediaLogs(sheets, profile);
    expect(log.columns).toEqual([]);
    expect(log.findings.map((f) => [f.code, f.severity])).toEqual([["header-not-found", "error"]]);
    expect(checkMediaWorkbook("ds.xlsx", sheets, plan).quota).toEqual([]);
  });

  it("maps header synonyms", () => {
    expect(
      [
        "Tên tin, bài",
        "Tiêu đề bài viết",
        "Báo, đài",
        "Loại hình (báo in, điện tử, TH, PT)",
        "Tên gương điển hình",
        "Ngày gửi về Sở Nội vụ",
        "Ngày phát sóng",
        "Link bài viết",
        "Tháng thực hiện",
        "Họ và tên",
      ].map(mediaFieldForHeader),
    ).toEqual([
      "title",
      "title",
      "outlet",
      "medium",
      "exemplar",
      "sentOn",
      "publishedOn",
      "link",
      "month",
      null,
    ]);
  });
});

describe("rules on their own", () => {
  it("the deadline is the 25th of the item's month, in the year nearest the sent date", () => {
    expect(deadlineFor(3, "2021-03-24", 25)).toBe("2021-03-25");
    expect(deadlineFor(12, "2022-01-05", 25)).toBe("2021-12-25");
    expect(deadlineFor(1, "2020-12-28", 25)).toBe("2021-01-25");
    expect(deadlineFor(2, "2021-02-10", 31)).toBe("2021-02-28");
  });

  it("a plan without a media profile gives a clear error", () => {
    const report = checkMediaWorkbook("x.xlsx", [], { id: "an-giang-2025", title: "KH 2025" });
    expect(report.error).toContain("không có quy định về nhật ký tin bài");
    expect(mediaReportHasErrors(report)).toBe(true);
  });

  it("the profile schema rejects a quota for an unknown outlet or medium", () => {
    const bad = {
      ...AN_GIANG_2021_MEDIA,
      quotas: [
        { outlet: "bao-nhan-dan", media: ["bao-in"], perMonth: 1 },
        { outlet: "bao-an-giang", media: ["truyen-hinh"], perMonth: 1 },
      ],
    };
    const r = mediaProfileSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["quotas.0.outlet", "quotas.1.media"]);
  });
});

describe("the built-in plan an-giang-2021", () => {
  it("carries the media profile and checks a log as the hosts will call it", async () => {
    const builtin = getBuiltinPlan("an-giang-2021")!;
    expect(builtin.listType).toBe("media");
    expect(builtin.media?.sendBeforeDay).toBe(25);
    expect(builtin.media?.quotas.map((q) => [q.outlet, q.media.join("+"), q.perMonth, q.unit])).toEqual([
      ["bao-an-giang", "bao-in+bao-dien-tu", 2, "bài"],
      ["dai-an-giang", "truyen-hinh", 2, "kỳ"],
      ["dai-an-giang", "phat-thanh", 2, "kỳ"],
    ]);
    const report = checkMediaWorkbook("t3.xlsx", await roundTrip([MONTH_SHEET]), builtin);
    expect(report.plan).toBe("an-giang-2021");
    expect(report.quota.map((q) => q.actual)).toEqual([2, 1, 0]);
  });

  it("a clerk's plan file for another year: JSON in, same checks", async () => {
    const json = JSON.stringify({
      ...AN_GIANG_2021,
      id: "an-giang-2022",
      period: { from: "2022-01-01", to: "2022-12-31", label: "Năm 2022" },
      media: {
        ...AN_GIANG_2021_MEDIA,
        sendBeforeDay: 20,
        quotas: [{ outlet: "bao-an-giang", media: ["bao-in"], perMonth: 1 }],
      },
    });
    const parsed = parsePlanText(json, "ke-hoach-2022.json");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const report = checkMediaWorkbook("t3.xlsx", await roundTrip([MONTH_SHEET]), parsed.plan);
    expect(report.quota.map((q) => [q.mediaLabel, q.unit, q.actual, q.met])).toEqual([
      ["báo in", "bài", 1, true],
    ]);
    // The send-by day is now the 20th: 12/03 is on time, 25/03 late.
    expect(report.late.map((l) => [l.row, l.deadline])).toEqual([[8, "2021-03-20"]]);
  });
});
