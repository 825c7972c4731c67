/** The pane's button logic (src/taskpane/state) on the ExcelJS port over real .xlsx files. */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { checkDocument } from "../../src/core/document";
import { documentFindings, highlightGroups } from "../../src/core/findings";
import { BUILTIN_PLANS, getBuiltinPlan } from "../../src/core/plan";
import type { CheckOptions, Finding } from "../../src/core/types";
import { HIGHLIGHT_COLORS, openWorkbook, type ExcelJsWorkbook } from "../../src/workbook";
import { markFindings, runCheck, selectFinding, writeSummary } from "../../src/taskpane/state/check";
import { findingPlace, groupFindings } from "../../src/taskpane/state/groups";
import { createMemorySettings } from "../../src/taskpane/state/memory-settings";
import { quotaLine } from "../../src/taskpane/state/quota";
import { paneThemeHeading } from "../../src/taskpane/state/themes";
import { OVERRIDES_KEY, readOverrides, readPaneOptions } from "../../src/taskpane/state/settings-keys";
import { FIXTURES_DIR } from "../fixtures/build-fixtures";
import { YEAR_LOG } from "../media/fixtures";
import { buildXlsx } from "../media/xlsx";

const SAMPLE = resolve(__dirname, "../../samples/an-giang-2025-xa-my-hoa-hung.xlsx");
const PLAN = getBuiltinPlan("an-giang-2025") ?? BUILTIN_PLANS[0];
const OPTIONS: CheckOptions = { reportDate: "2025-11-10", unitKind: "xa" };

async function open(path: string): Promise<ExcelJsWorkbook> {
  return openWorkbook(new Uint8Array(await readFile(path)), path);
}

function fillOf(port: ExcelJsWorkbook, sheet: string, address: string): string | undefined {
  const fill = port.workbook.getWorksheet(sheet)?.getCell(address).fill;
  return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
}

describe("runCheck", () => {
  test("gives the core's findings for the open workbook", async () => {
    const port = await open(SAMPLE);
    const outcome = await runCheck(port, PLAN, OPTIONS);
    const expected = documentFindings(checkDocument("x", await port.readSheets(), PLAN, OPTIONS));
    expect(outcome.findings).toEqual(expected);
    expect(outcome.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      "missing-required@I14",
      "missing-required@E18",
      "birth-year-only@C18", // 000 asks the full birth date; the sample gives 1985 alone
      "short-achievement@K18",
      "invalid-date@D19",
      "unknown-field@G21",
    ]);
  });

  test("a column the clerk set to 'not read' drops out of the mapping and its findings", async () => {
    const port = await open(SAMPLE);
    const settings = createMemorySettings();
    await settings.set(OVERRIDES_KEY, { "DS đề nghị": { G: null } });
    const outcome = await runCheck(port, PLAN, { ...OPTIONS, columnOverrides: readOverrides(settings) });
    if (outcome.doc.listType !== "nomination") throw new Error("expected a nomination list");
    expect(outcome.doc.report.lists[0].columns.map((c) => c.column)).not.toContain("G");
    expect(outcome.findings.map((f) => f.code)).not.toContain("unknown-field");
    expect(outcome.findings).toHaveLength(5);
  });
});

describe("markFindings and clearing", () => {
  test("colours exactly the error and warning cells, and clearing restores the fills", async () => {
    const port = await open(SAMPLE);
    const { findings } = await runCheck(port, PLAN, OPTIONS);
    const cells = ["I14", "E18", "C18", "K18", "D19", "G21"];
    const before = cells.map((c) => fillOf(port, "DS đề nghị", c));
    expect(await markFindings(port, findings)).toBe(6);
    expect(cells.map((c) => fillOf(port, "DS đề nghị", c))).toEqual(
      ["error", "error", "warning", "warning", "error", "warning"].map(
        (s) => "FF" + HIGHLIGHT_COLORS[s as "error" | "warning"].slice(1),
      ),
    );
    expect(fillOf(port, "DS đề nghị", "B14")).toBe(fillOf(await open(SAMPLE), "DS đề nghị", "B14"));
    await port.clearHighlights();
    expect(cells.map((c) => fillOf(port, "DS đề nghị", c))).toEqual(before);
  });

  test("passes the core's highlight groups to the port", async () => {
    const port = await open(SAMPLE);
    const { findings } = await runCheck(port, PLAN, OPTIONS);
    const seen: unknown[] = [];
    const recording = {
      ...port,
      highlight: async (g: unknown) => void seen.push(g),
    } as unknown as ExcelJsWorkbook;
    await markFindings(recording, findings);
    expect(seen).toEqual([highlightGroups(findings)]);
  });
});

describe("selectFinding", () => {
  test("selects the finding's cell, or column A of its row, and nothing for a file-level finding", async () => {
    const port = await open(SAMPLE);
    const { findings } = await runCheck(port, PLAN, OPTIONS);
    expect(await selectFinding(port, findings[4])).toBe(true);
    const ws = port.workbook.getWorksheet("DS đề nghị");
    expect(ws?.views[0]).toMatchObject({ activeCell: "D19" });
    const rowOnly: Finding = { ...findings[0], cell: null, row: 15 };
    expect(await selectFinding(port, rowOnly)).toBe(true);
    expect(ws?.views[0]).toMatchObject({ activeCell: "A15" });
    expect(await selectFinding(port, { ...findings[0], sheet: null, cell: null, row: null })).toBe(false);
  });
});

describe("writeSummary", () => {
  test("writes the Tổng hợp sheet with the counts and leaves the list's values alone", async () => {
    const port = await open(SAMPLE);
    const outcome = await runCheck(port, PLAN, OPTIONS);
    const listBefore = (await port.readSheets()).find((s) => s.name === "DS đề nghị");
    const written = await writeSummary(port, outcome, PLAN, OPTIONS, createMemorySettings());
    expect(written).toEqual({ kind: "sheet", sheet: "Tổng hợp" });
    const after = await port.readSheets();
    expect(after.find((s) => s.name === "DS đề nghị")).toEqual(listBefore);
    const summary = after.find((s) => s.name === "Tổng hợp");
    const text = JSON.stringify(summary?.values);
    // 2 tập thể + 4 cá nhân + 1 hộ gia đình = 7 nominations, 3 errors, 2 warnings.
    const rowOf = (label: string) => summary?.values.find((r) => r.some((v) => v === label)) ?? [];
    // Section A's rows: STT, kind, count.
    expect(["Tập thể", "Cá nhân", "Hộ gia đình"].map((k) => rowOf(k).slice(0, 3))).toEqual([
      [1, "Tập thể", 2],
      [2, "Cá nhân", 4],
      [3, "Hộ gia đình", 1],
    ]);
    expect(text).not.toContain("{{");
  });

  test("fills a template's placeholders instead when the workbook has one", async () => {
    const port = await open(SAMPLE);
    const ws = port.workbook.addWorksheet("Mẫu");
    ws.getCell("A1").value = "Tổng số: {{tong_so}}";
    ws.getCell("A2").value = "không đổi";
    const outcome = await runCheck(port, PLAN, OPTIONS);
    const written = await writeSummary(port, outcome, PLAN, OPTIONS, createMemorySettings());
    expect(written).toMatchObject({ kind: "template", sheet: "Mẫu" });
    expect(port.workbook.getWorksheet("Tổng hợp")).toBeUndefined();
    expect(ws.getCell("A2").value).toBe("không đổi");
    expect(ws.getCell("A1").value).toBe("Tổng số: 7");
  });
});

describe("findings as listed", () => {
  test("errors first, then warnings, each code with its label and places", async () => {
    const port = await open(SAMPLE);
    const { findings } = await runCheck(port, PLAN, OPTIONS);
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.label, g.count])).toEqual([
      ["Lỗi", 3],
      ["Cảnh báo", 3],
    ]);
    expect(groups[0].codes.map((c) => [c.label, c.findings.length])).toEqual([
      ["Thiếu thông tin bắt buộc", 2],
      ["Ngày tháng không đọc được", 1],
    ]);
    expect(findingPlace(groups[0].codes[1].findings[0])).toBe("DS đề nghị!D19");
  });

  test("a quota short of its minimum says how many are missing", async () => {
    const port = await open(join(FIXTURES_DIR, "05-nfd.xlsx"));
    const outcome = await runCheck(port, PLAN, OPTIONS);
    if (outcome.doc.listType !== "nomination") throw new Error("expected a nomination list");
    expect(outcome.doc.report.quota.map(quotaLine)).toEqual([
      "Tập thể + Cá nhân + Hộ gia đình 1/2 — còn thiếu 1",
    ]);
  });
});

describe("a media log's months", () => {
  test("each month of the year gets its theme heading, months grouped as the calendar groups them", async () => {
    const bytes = await buildXlsx([YEAR_LOG]);
    const port = await openWorkbook(new Uint8Array(bytes), "nhat-ky.xlsx");
    const outcome = await runCheck(port, getBuiltinPlan("an-giang-2021")!, { reportDate: "2021-12-31" });
    if (outcome.doc.listType !== "media") throw new Error("expected a media log");
    const yearRound = "Chủ đề: các chủ đề trong năm (xem bên dưới).";
    expect(outcome.doc.report.themes.map((t) => [t.month, paneThemeHeading(t)])).toEqual([
      [1, "Chủ đề (tháng 1 và 2):"],
      [2, "Chủ đề (tháng 1 và 2):"],
      [3, "Chủ đề (tháng 3):"],
      [4, "Chủ đề (tháng 4):"],
      [5, "Chủ đề (tháng 5):"],
      [6, "Chủ đề (tháng 6):"],
      [7, yearRound],
      [8, "Chủ đề (tháng 8 và 9):"],
      [9, "Chủ đề (tháng 8 và 9):"],
      [10, yearRound],
      [11, yearRound],
      [12, "Chủ đề (tháng 12):"],
    ]);
  });
});

describe("settings kept in the workbook", () => {
  test("overrides saved by an older version: bad entries are dropped", () => {
    const settings = createMemorySettings({
      [OVERRIDES_KEY]: { "DS đề nghị": { G: null, K: "thanhTich", M: "notAField", "1x": "ten" }, X: 3 },
    });
    const read = readOverrides(settings);
    expect(read).toEqual({ "DS đề nghị": { G: null, K: "thanhTich" } });
  });

  test("pane options fall back to the first plan and ignore unknown unit kinds", () => {
    const settings = createMemorySettings({ "tdkt.paneOptions": { unitKind: "tỉnh", unitName: "Xã A" } });
    expect(readPaneOptions(settings, "an-giang-2025")).toEqual({ planId: "an-giang-2025", unitName: "Xã A" });
  });
});
