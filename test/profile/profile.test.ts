/**
 * Reading profiles in the core, on real .xlsx files of one template: each correction changes what
 * is read as the clerk asked, the profile reads every file of the layout (title rows shifted
 * included) and no file of another layout, and the stored form survives a round trip.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSheetsOf } from "../../src/cli/read-file";
import { getBuiltinPlan } from "../../src/core/plan";
import {
  parseProfilesText,
  profilesFileText,
  profileUsage,
  readLists,
  readWorkbook,
  storedProfiles,
  type ReadingProfile,
} from "../../src/core/read";
import { sheetLayouts } from "../../src/core/read/profile-correct";
import { checkWorkbook } from "../../src/core/run";
import type { SheetGrid } from "../../src/core/types";
import { correct, correctedProfiles, countsOf, templateCorrections } from "./helpers";
import {
  BK,
  CODE_KIND,
  EXTRA_SHEET,
  expectedCounts,
  GK,
  LIST_SHEET,
  LOOKUP_SHEET,
  rowsOf,
  unitSpec,
  writeTemplate,
} from "./workbooks";

const SPEC = unitSpec(1);
let dir: string;
let path: string;
let sheets: SheetGrid[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tdkt-profile-"));
  path = await writeTemplate(dir, "xa-1.xlsx", SPEC);
  sheets = await readSheetsOf(path);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sheetsOf = (lists: ReturnType<typeof readLists>) => lists.map((l) => l.sheet);

test("without corrections the template is misread (what the corrections are for)", () => {
  const lists = readLists(sheets);
  // The units sheet is read as a list of collectives; the list is read from the legend.
  expect(sheetsOf(lists)).toEqual([LIST_SHEET, LOOKUP_SHEET]);
  expect(lists[0].headerRows).toEqual([rowsOf(SPEC).legend]);
  expect(lists[0].records).toHaveLength(SPEC.records.length + 1);
  expect(countsOf(lists.filter((l) => l.sheet === LIST_SHEET)).none).toBeGreaterThan(SPEC.records.length / 2);
});

test("the table shows every column of a sheet, read or not, with its header and a sample", () => {
  const layouts = sheetLayouts(sheets, readLists(sheets), []);
  expect(layouts.map((l) => [l.sheet, l.records])).toEqual([
    [LIST_SHEET, SPEC.records.length + 1],
    [LOOKUP_SHEET, SPEC.lookup.length],
    [EXTRA_SHEET, null],
  ]);
  const extra = layouts[2];
  expect(extra.columns.map((c) => [c.column, c.header, c.sample, c.field])).toEqual([
    ["A", "Số TT", "1", null],
    ["B", "Đơn vị đề nghị", SPEC.households[0], null],
    ["C", "Nội dung", "Gia đình văn hóa tiêu biểu nhiều năm liền", null],
  ]);
  // The list sheet read from the legend still shows the columns beyond it (kind code, award matrix).
  expect(layouts[0].columns.map((c) => c.column)).toEqual(["A", "B", "C", "D", "E", "F"]);
});

test("a code column offers its values for a kind or an award; a column of names does not", () => {
  const profiles = correct([], sheets, LIST_SHEET, { type: "header-row", row: rowsOf(SPEC).header });
  const [ds] = sheetLayouts(sheets, readLists(sheets, { profiles }), profiles);
  const values = Object.fromEntries(ds.columns.map((c) => [c.column, c.values]));
  expect(values.C).toEqual([...new Set(SPEC.records.map((r) => r.code))]);
  expect(values.E).toEqual(["X"]);
  expect(values.A).toEqual([]);
  expect(values.D).toEqual([]);
});

test("a header row that is empty is refused with a Vietnamese message, the profiles unchanged", () => {
  const empty = rowsOf(SPEC).header - 1;
  expect(() => correct([], sheets, LIST_SHEET, { type: "header-row", row: empty })).toThrow(
    `Dòng ${empty} của trang «${LIST_SHEET}» trống: không thể là dòng tiêu đề.`,
  );
});

describe("each correction, then what is read", () => {
  let profiles: ReadingProfile[] = [];
  const steps = templateCorrections(SPEC);
  const read = () => readLists(sheets, { profiles });
  const apply = (i: number) => {
    const [sheet, c] = steps[i];
    profiles = correct(profiles, sheets, sheet, c);
  };
  const listOf = (sheet: string) => read().filter((l) => l.sheet === sheet);

  test("«Không phải danh sách»: the lookup sheet is no longer a list, by the clerk's word", () => {
    apply(0);
    expect(sheetsOf(read())).toEqual([LIST_SHEET]);
    const role = readWorkbook(sheets, { profiles }).sheets.find((s) => s.name === LOOKUP_SHEET);
    expect(role?.reason).toMatch(/^không phải danh sách \(theo cách đọc «.+»\)$/);
  });

  test("«Tiêu đề ở dòng …»: one list from the real header, the legend's fake record gone", () => {
    apply(1);
    const lists = listOf(LIST_SHEET);
    expect(lists).toHaveLength(1);
    expect(lists[0].headerRows).toEqual([rowsOf(SPEC).header]);
    expect(lists[0].records.map((r) => r.row)).toEqual(
      SPEC.records.map((_, i) => rowsOf(SPEC).firstRecord + i),
    );
  });

  test("a column set to a field is read as it; its TAPTHE/CANHAN codes then tell the kind", () => {
    apply(2);
    const [list] = listOf(LIST_SHEET);
    expect(list.columns.find((c) => c.column === "C")?.field).toBe("loai");
    expect(list.records.map((r) => r.fields.loai)).toEqual(SPEC.records.map((r) => r.code));
    expect(list.records.map((r) => r.kind)).toEqual(SPEC.records.map((r) => CODE_KIND[r.code]));
    expect(list.records.every((r) => r.kindSource === "kind-column")).toBe(true);
  });

  test("«TAPTHE → tập thể», «CANHAN → cá nhân»: kinds by value, from the profile, findings settled", () => {
    apply(3);
    apply(4);
    const [list] = listOf(LIST_SHEET);
    expect(list.records.map((r) => r.kind)).toEqual(SPEC.records.map((r) => CODE_KIND[r.code]));
    expect(list.records.every((r) => r.kindSource === "profile")).toBe(true);
    expect(list.findings.filter((f) => f.code === "unknown-kind")).toEqual([]);
  });

  test("«X → Bằng khen» on an award matrix column gives each record its award", () => {
    apply(5);
    apply(6);
    const [list] = listOf(LIST_SHEET);
    expect(list.records.map((r) => r.fields.hinhThuc)).toEqual(
      SPEC.records.map((r) => (r.award === "BK" ? BK : GK)),
    );
    const first = SPEC.records.findIndex((r) => r.award === "BK");
    expect(list.records[first].cells.hinhThuc).toBe(`E${rowsOf(SPEC).firstRecord + first}`);
  });

  test("«Đây là danh sách» then the name column: the households are read", () => {
    apply(7);
    expect(listOf(EXTRA_SHEET).map((l) => l.records.length)).toEqual([0]);
    apply(8);
    const [extra] = listOf(EXTRA_SHEET);
    expect(extra.records.map((r) => r.fields.ten)).toEqual(SPEC.households);
    expect(countsOf(read())).toEqual({ ...expectedCounts(SPEC), none: 0 });
  });

  test("«Bỏ qua cột này» leaves a recognised column unread; «Tự nhận dạng» gives it back", () => {
    profiles = correct(profiles, sheets, LIST_SHEET, { type: "column", column: "D", field: null });
    expect(listOf(LIST_SHEET)[0].records.some((r) => r.fields.thanhTich !== undefined)).toBe(false);
    profiles = correct(profiles, sheets, LIST_SHEET, { type: "column", column: "D", field: "auto" });
    expect(listOf(LIST_SHEET)[0].records.every((r) => r.fields.thanhTich !== undefined)).toBe(true);
  });

  test("«Cả danh sách là …» gives the kind of every record no value rule decides", () => {
    const before = profiles;
    profiles = correct(profiles, sheets, EXTRA_SHEET, { type: "kind", kind: "tap-the" });
    expect(countsOf(listOf(EXTRA_SHEET))["tap-the"]).toBe(SPEC.households.length);
    // On the list sheet the value rules still win over the whole-list kind.
    profiles = correct(profiles, sheets, LIST_SHEET, { type: "kind", kind: "ho-gia-dinh" });
    expect(countsOf(listOf(LIST_SHEET))["ho-gia-dinh"]).toBe(0);
    profiles = correct(profiles, sheets, LIST_SHEET, {
      type: "value",
      column: "C",
      value: "CANHAN",
      target: null,
    });
    const persons = SPEC.records.filter((r) => r.code === "CANHAN").length;
    expect(countsOf(listOf(LIST_SHEET))["ho-gia-dinh"]).toBe(persons);
    profiles = before;
  });

  test("the profiles survive export and import as JSON, and the stored form", () => {
    const text = profilesFileText(profiles);
    const back = parseProfilesText(text, "cach-doc.json");
    expect(back).toEqual({ ok: true, profiles });
    expect(storedProfiles(JSON.parse(JSON.stringify(profiles)))).toEqual(profiles);
    expect(storedProfiles([...profiles, { id: "x" }, 3])).toEqual(profiles);
  });
});

describe("one profile per layout, for every file of it", () => {
  const plan = getBuiltinPlan("an-giang-2025")!;

  test("files of the same template, title rows shifted, are read with the profiles; another layout is not", async () => {
    const profiles = await correctedProfiles(path, SPEC);
    const specs = [unitSpec(2, 1), unitSpec(3, 2), unitSpec(4)];
    const reports = [];
    for (const [i, spec] of specs.entries()) {
      const sheetsI = await readSheetsOf(await writeTemplate(dir, `cung-mau-${i}.xlsx`, spec));
      const report = checkWorkbook(`cung-mau-${i}.xlsx`, sheetsI, plan, {
        reportDate: "2025-11-10",
        profiles,
      });
      expect(report.counts).toEqual(expectedCounts(spec));
      expect(report.lists.find((l) => l.sheet === LIST_SHEET)?.headerRows).toEqual([rowsOf(spec).header]);
      reports.push(report);
    }
    const other = unitSpec(5);
    other.otherLayout = true;
    const otherSheets = await readSheetsOf(await writeTemplate(dir, "mau-khac.xlsx", other));
    const otherReport = checkWorkbook("mau-khac.xlsx", otherSheets, plan, {
      reportDate: "2025-11-10",
      profiles,
    });
    const dsProfile = profiles.find((p) => p.signature.columns.some((c) => c.text === "ma dt"))!;
    expect(otherReport.lists.filter((l) => l.sheet === LIST_SHEET).map((l) => l.profile)).toEqual([
      undefined,
      undefined,
    ]);
    reports.push(otherReport);
    const usage = profileUsage(reports);
    expect(usage.get(dsProfile.id)).toBe(3);
    // The lookup and household sheets keep their layout in the other file: their profiles apply there too.
    for (const p of profiles.filter((x) => x !== dsProfile)) expect(usage.get(p.id)).toBe(4);
  });
});

describe("a malformed profile file", () => {
  test("a JSON syntax error names its line", () => {
    const text = '{\n  "id": "a",\n  "name": "b"\n  "signature": {}\n}\n';
    const r = parseProfilesText(text, "hong.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^hong\.json: dòng 4, cột 3 — lỗi cú pháp JSON/);
  });

  test("a wrong value names the line it is on, in Vietnamese", async () => {
    const good = JSON.parse(profilesFileText(await correctedProfiles(path, SPEC))) as {
      profiles: ReadingProfile[];
    };
    (good.profiles[1].columns as Record<string, unknown>).C = "doiTuongX";
    (good.profiles[1] as Record<string, unknown>).kindd = "tap-the";
    const text = JSON.stringify(good, null, 2);
    const lines = text.split("\n");
    const badLine = lines.findIndex((l) => l.includes('"doiTuongX"')) + 1;
    const keyLine = lines.findIndex((l) => l.includes('"kindd"')) + 1;
    const r = parseProfilesText(text, "cach-doc.json");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(2);
    expect(r.errors).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^cach-doc\\.json: dòng ${badLine} \\(profiles\\[1\\]\\.columns\\.C\\) — giá trị "doiTuongX" không được phép`,
        ),
      ),
    );
    expect(r.errors).toContainEqual(
      `cach-doc.json: dòng ${keyLine} (profiles[1].kindd) — trường này không có trong mẫu cách đọc (gõ sai tên?)`,
    );
  });
});

test("the example in docs/cach-doc.md is a valid profile file", async () => {
  const doc = await readFile(join(__dirname, "../../docs/cach-doc.md"), "utf8");
  const json = /```json\n([\s\S]*?)```/.exec(doc)![1];
  const parsed = parseProfilesText(json, "cach-doc.md");
  expect(parsed.ok && parsed.profiles.map((p) => [p.headerRow, p.columns, p.kind, p.values?.length])).toEqual(
    [[6, { C: "loai", G: null }, "ca-nhan", 2]],
  );
});
