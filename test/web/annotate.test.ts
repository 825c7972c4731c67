/**
 * File mode's outputs on real workbooks: the annotated copy (values unchanged, cells at fault
 * filled, findings sheet added) and the summary workbook, read back with ExcelJS.
 */
import { readFile } from "node:fs/promises";
import { documentFindings, highlightGroups } from "../../src/core/findings";
import { getBuiltinPlan, type Plan } from "../../src/core/plan";
import { MEDIA_SUMMARY_SHEET } from "../../src/core/media";
import { SUMMARY_SHEET } from "../../src/core/summary";
import type { CheckOptions } from "../../src/core/types";
import { annotatedCopy } from "../../src/web/annotate";
import { checkSource, type FileResult } from "../../src/web/check-files";
import { FINDINGS_SHEET } from "../../src/web/findings-sheet";
import { summaryWorkbook } from "../../src/web/summary-workbook";
import { WORKBOOK_FIXTURES } from "../fixtures/build-fixtures";
import { expectAnnotated, fixture, loadBook, pathSource, sample, sheetValues } from "./helpers";

const plan = (id: string): Plan => getBuiltinPlan(id)!;
const OPTIONS: CheckOptions = { reportDate: "2025-11-20", unitKind: "xa" };

type Checked = Extract<FileResult, { ok: true }>;

async function checked(path: string, planId: string, options = OPTIONS): Promise<Checked> {
  const result = await checkSource(pathSource(path), plan(planId), options);
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** The annotated copy of one file, checked against its original. */
async function annotateAndCompare(path: string, planId: string, options = OPTIONS) {
  const result = await checked(path, planId, options);
  const original = new Uint8Array(await readFile(path));
  const findings = documentFindings(result.doc);
  const groups = highlightGroups(findings);
  const copy = await annotatedCopy(original, result.source.name, result.doc, plan(planId).title);
  const book = await expectAnnotated(original, copy, groups);
  return { result, findings, groups, book };
}

describe("annotatedCopy on the fixture workbooks", () => {
  it.each(WORKBOOK_FIXTURES.map((f) => [f.file]))("%s: values unchanged, fills set", async (file) => {
    await annotateAndCompare(fixture(file), "an-giang-2025");
  });

  it("colours the cells of a sample with known errors and lists every finding in its sheet", async () => {
    const { findings, groups, book } = await annotateAndCompare(
      sample("an-giang-2025-xa-my-hoa-hung.xlsx"),
      "an-giang-2025",
      { reportDate: "2025-11-10", unitKind: "xa" },
    );
    // The sample's deliberate faults (samples/README.md), each at its cell: a tập thể without its Cơ
    // cấu tổ chức, a cá nhân without Quê quán, with a year of birth alone and "Tích cực" for
    // achievements, 31/02/1990, the lĩnh vực "Du lịch cộng đồng".
    expect(findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ["missing-required", "error", "DS đề nghị", "I14"],
      ["missing-required", "error", "DS đề nghị", "E18"],
      ["birth-year-only", "warning", "DS đề nghị", "C18"],
      ["short-achievement", "warning", "DS đề nghị", "K18"],
      ["invalid-date", "error", "DS đề nghị", "D19"],
      ["unknown-field", "warning", "DS đề nghị", "G21"],
    ]);
    expect(groups).toEqual([
      { sheet: "DS đề nghị", severity: "warning", addresses: ["C18", "K18", "G21"] },
      { sheet: "DS đề nghị", severity: "error", addresses: ["I14", "E18", "D19"] },
    ]);
    const ws = book.getWorksheet(FINDINGS_SHEET)!;
    const rows = [...sheetValues(ws)].filter(([a]) => /^H\d+$/.test(a)).map(([, v]) => v);
    // Column H holds each finding's code under the "Mã" header.
    expect(rows).toEqual(["Mã", ...findings.map((f) => f.code)]);
    const messages = [...sheetValues(ws)].filter(([a]) => /^G\d+$/.test(a)).map(([, v]) => v);
    expect(messages).toEqual(["Nội dung", ...findings.map((f) => f.message)]);
  });

  it.each([
    // Each sample's deliberate faults (samples/README.md, scripts/build-samples.ts): 4 cá nhân over
    // the doanh nghiệp's 1–3; "Hoàn thành tốt nhiệm vụ" as a thành tích, sent after 31/07/2025; a
    // cấp sở exemplar proposed for the province's Bằng khen.
    [
      "binh-dinh-2022-2025-doanh-nghiep-thuy-san.xlsx",
      "binh-dinh-2022-2025",
      "doanh-nghiep",
      [["quota-above-max", null, null]],
    ],
    [
      "an-giang-dot-dac-biet-2025-so-nong-nghiep.xlsx",
      "an-giang-dot-dac-biet-2025",
      "so-ban-nganh",
      [
        ["short-achievement", "Đề nghị BK", "D14"],
        ["late-submission", null, null],
      ],
    ],
    [
      "so-tttt-2022-2025-dien-hinh.xlsx",
      "so-tttt-2022-2025",
      "so-ban-nganh",
      [["award-not-allowed", "Cá nhân", "H12"]],
    ],
  ] as const)("sample %s keeps every value", async (file, planId, unitKind, expected) => {
    const { findings } = await annotateAndCompare(sample(file), planId, {
      reportDate: "2025-12-15",
      unitKind,
    });
    expect(findings.map((f) => [f.code, f.sheet, f.cell])).toEqual(expected);
  });

  it("does the same for a media log: late items' sent dates coloured", async () => {
    const { result, groups } = await annotateAndCompare(
      sample("an-giang-2021-nhat-ky-tin-bai.xlsx"),
      "an-giang-2021",
    );
    expect(result.doc.listType).toBe("media");
    if (result.doc.listType !== "media") return;
    const late = result.doc.report.late;
    // Sent on or after the 25th of their month (scripts/build-media-sample.ts): one item a month.
    expect(late.map((l) => [l.cell, l.sentOn, l.deadline])).toEqual([
      ["H15", "2021-01-26", "2021-01-25"],
      ["H18", "2021-02-25", "2021-02-25"],
      ["H21", "2021-03-29", "2021-03-25"],
      ["H25", "2021-04-30", "2021-04-25"],
    ]);
    const coloured = new Set(groups.flatMap((g) => g.addresses.map((a) => `${g.sheet}!${a}`)));
    for (const item of late) expect(coloured).toContain(`${item.sheet}!${item.cell}`);
  });

  it("never overwrites a sheet of the clerk's that has our findings sheet's name", async () => {
    // A copy annotated once and annotated again: the first findings sheet is the clerk's now.
    const first = await annotateAndCompare(fixture("01-xa-tieu-de-hai-dong.xlsx"), "an-giang-2025");
    const once = await annotatedCopy(
      new Uint8Array(await readFile(fixture("01-xa-tieu-de-hai-dong.xlsx"))),
      "01.xlsx",
      first.result.doc,
      "x",
    );
    const twice = await annotatedCopy(once, "01.xlsx", first.result.doc, "x");
    await expectAnnotated(once, twice, first.groups, `${FINDINGS_SHEET} (2)`);
  });
});

describe("summaryWorkbook", () => {
  it("is a new workbook with the Tổng hợp sheet of the core's model", async () => {
    const result = await checked(sample("an-giang-2025-xa-my-hoa-hung.xlsx"), "an-giang-2025");
    expect(result.summary?.kind).toBe("sheet");
    if (result.summary?.kind !== "sheet") return;
    const original = new Uint8Array(await readFile(sample("an-giang-2025-xa-my-hoa-hung.xlsx")));
    const book = await loadBook(await summaryWorkbook(result.summary, original, result.source.name));
    expect(book.worksheets.map((w) => w.name)).toEqual([SUMMARY_SHEET]);
    const ws = book.getWorksheet(SUMMARY_SHEET)!;
    // Each master cell holds the model's value (the other cells of a merge show their master's).
    const written = result.summary.sheet.cells.filter(
      (c) =>
        !ws.getCell(c.row, c.col).isMerged || ws.getCell(c.row, c.col).master === ws.getCell(c.row, c.col),
    );
    expect(written.length).toBeGreaterThan(50);
    for (const cell of written)
      expect([cell.row, cell.col, ws.getCell(cell.row, cell.col).value]).toEqual([
        cell.row,
        cell.col,
        cell.value,
      ]);
  });

  it("is the media summary sheet for a media log", async () => {
    const result = await checked(sample("an-giang-2021-nhat-ky-tin-bai.xlsx"), "an-giang-2021");
    if (result.summary?.kind !== "sheet") throw new Error("expected a summary sheet");
    const book = await loadBook(await summaryWorkbook(result.summary, new Uint8Array(), result.source.name));
    expect(book.worksheets.map((w) => w.name)).toEqual([MEDIA_SUMMARY_SHEET]);
  });
});
