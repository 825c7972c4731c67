/**
 * The province tally on 31 real unit workbooks and a real registry workbook (see generate-units):
 * every number is recomputed here from the scenario's spec, independently of the code under test.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { foldText } from "../../src/core/read";
import { FIELD_REST_LABEL } from "../../src/core/summary";
import {
  annotateReports,
  buildConsolidationSheets,
  consolidate,
  readRegistry,
  checkUnitWorkbook,
  tallyProvince,
  tallyUnits,
  type Consolidation,
  type RegistryUnit,
  type TallyProgress,
  type UnitSource,
  type UnitWorkbook,
} from "../../src/core/tally";
import { getBuiltinPlan } from "../../src/core/plan";
import { unreadableFile } from "../../src/core/run";
import type { SheetModel } from "../../src/core/port";
import { SUBJECT_KINDS } from "../../src/core/types";
import { openWorkbook } from "../../src/workbook";
import { FIELDS, kindCounts, scenario, TALLY_DATE, writeScenario } from "./generate-units";
import { allKindsQuota } from "../check/quotas";
import { TALLY_SHEET_NAMES } from "./tally-sheet-names";

const S = scenario();
let dir: string;
let sources: UnitSource[];
let read: UnitWorkbook[];
let registry: RegistryUnit[];
let c: Consolidation;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tdkt-tally-"));
  const { unitsDir, registryPath } = await writeScenario(dir, S);
  const reg = readRegistry(
    await (await openWorkbook(new Uint8Array(await readFile(registryPath)), "danh-muc.xlsx")).readSheets(),
  );
  expect(reg.findings).toEqual([]);
  registry = reg.units;
  sources = (await readdir(unitsDir)).sort().map((n) => ({
    name: join(unitsDir, n),
    // The host's part: opening the file into grids. Everything else is the core's.
    readSheets: async () => (await openWorkbook(await readFile(join(unitsDir, n)), n)).readSheets(),
  }));
  read = [];
  for (const s of sources) {
    try {
      read.push(checkUnitWorkbook(s.name, await s.readSheets(), S.plan, TALLY_DATE));
    } catch (e) {
      read.push({ report: unreadableFile(s.name, (e as Error).message), headerTexts: [] });
    }
  }
  c = consolidate({
    reports: read.map((r) => r.report),
    headerTexts: read.map((r) => r.headerTexts),
    registry,
    plan: S.plan,
    reportDate: TALLY_DATE,
  });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("consolidate", () => {
  it("has the registry's 30 units in order and 31 files", () => {
    expect(S.files).toHaveLength(31);
    expect(read).toHaveLength(31);
    expect(registry.map((u) => [u.name, u.kind, u.group])).toEqual(
      S.registry.map((u) => [u.name, u.kind, u.group]),
    );
    expect(c.units.map((u) => u.unit)).toEqual(S.registry.map((u) => u.name));
  });

  it("matches every file to its unit, and no file to a unit it is not from", () => {
    for (const spec of S.registry) {
      const expected = S.files.filter((f) => f.unit === spec.name).map((f) => f.fileName);
      const unit = c.units.find((u) => u.unit === spec.name)!;
      expect([spec.name, unit.files.map((f) => basename(f))]).toEqual([spec.name, expected]);
    }
    expect(c.unmatchedFiles.map((f) => basename(f)).sort()).toEqual([
      "Danh_sach_bo_sung.xlsx",
      "Tan_Lap_va_Binh_My.xlsx",
    ]);
  });

  it("gives each unit its status, counts, lateness and quota for its registry kind", () => {
    for (const spec of S.registry) {
      const files = S.files.filter((f) => f.unit === spec.name);
      const unit = c.units.find((u) => u.unit === spec.name)!;
      const counts = kindCounts(files);
      const status = files.length === 0 ? "chua-nop" : files.every((f) => f.corrupt) ? "loi-tep" : "da-nop";
      const quota = S.plan.quotas
        .filter((q) => q.unitKind === spec.kind)
        .map((q) => {
          const actual = q.kinds.reduce((n, k) => n + counts[k], 0);
          const met = (q.min === undefined || actual >= q.min) && (q.max === undefined || actual <= q.max);
          return { kind: q.kinds.join("+"), actual, met };
        });
      expect({
        unit: unit.unit,
        kind: unit.kind,
        group: unit.group,
        status: unit.status,
        counts: unit.counts,
      }).toEqual({
        unit: spec.name,
        kind: spec.kind,
        group: spec.group,
        status,
        counts,
      });
      expect(unit.quota.map((q) => ({ kind: q.kind, actual: q.actual, met: q.met }))).toEqual(quota);
      // Late: the one list signed after 30/11/2025, and the unit that sent nothing by the 20/12 tally.
      expect([spec.name, unit.late]).toEqual([
        spec.name,
        spec.name === "Sở Tài chính" || spec.name === "Xã Vĩnh Hậu",
      ]);
    }
  });

  it("states the quota outcomes the scenario was built for", () => {
    const q = (name: string) => c.units.find((u) => u.unit === name)!.quota;
    // Xã Mỹ Hòa Hưng (i = 0): 1 household + Nguyễn Văn An = 2 ≥ 2.
    expect(q("Xã Mỹ Hòa Hưng")).toEqual([allKindsQuota({ min: 2, max: null, actual: 2, met: true })]);
    // Công ty TNHH An Phát: no cá nhân against 1–3; Công ty TNHH Thành Đạt: 4 + the same person twice = 6.
    expect(q("Công ty TNHH An Phát")).toEqual([
      { kind: "ca-nhan", kinds: ["ca-nhan"], min: 1, max: 3, actual: 0, met: false },
    ]);
    expect(q("Công ty TNHH Thành Đạt")[0]).toMatchObject({ actual: 6, met: false });
    // Hội Nông dân tỉnh: 2 tập thể (< 3), 3 cá nhân (≥ 3).
    expect(q("Hội Nông dân tỉnh").map((s) => [s.kind, s.actual, s.met])).toEqual([
      ["tap-the", 2, false],
      ["ca-nhan", 3, true],
    ]);
    expect(q("Xã Vĩnh Hậu")[0]).toMatchObject({ actual: 0, met: false });
  });

  it("lists the unit that sent nothing as missing and counts an unreadable file as its error", () => {
    expect(c.missingUnits).toEqual(["Xã Vĩnh Hậu"]);
    const phuTan = c.units.find((u) => u.unit === "Xã Phú Tân")!;
    expect([phuTan.status, phuTan.errors, phuTan.counts]).toEqual([
      "loi-tep",
      1,
      { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 },
    ]);
    // Only the file the generator corrupted fails to read (a read failure of any other is no pass).
    const failed = read
      .filter((r) => r.report.error !== null)
      .map((r) => [basename(r.report.file), r.report.error]);
    expect(failed).toEqual([
      [
        "UBND_xa_Phu_Tan.xlsx",
        "Tệp «UBND_xa_Phu_Tan.xlsx» bị hỏng hoặc chưa được chép đầy đủ nên không đọc được. " +
          "Hãy xin đơn vị gửi lại tệp, hoặc mở bằng Excel để sửa rồi lưu lại.",
      ],
    ]);
  });

  it("totals every readable file's records by kind, lĩnh vực and 0603.N row, and the province target", () => {
    const all = S.files.filter((f) => !f.corrupt);
    const byKind = kindCounts(all);
    expect(c.totals.byKind).toEqual(byKind);
    expect(c.totals.files).toBe(30);
    const total = byKind["tap-the"] + byKind["ca-nhan"] + byKind["ho-gia-dinh"];
    const expectedFields: Record<string, number> = {};
    for (const f of FIELDS)
      expectedFields[f] = all.flatMap((s) => s.records).filter((r) => r.linhVuc === f).length;
    expect(c.totals.byField).toEqual({ ...expectedFields, [FIELD_REST_LABEL]: 0 });
    const women = all
      .flatMap((s) => s.records)
      .filter((r) => r.kind === "ca-nhan" && r.gender === "Nữ").length;
    const cat = c.totals.categories;
    expect([cat["01"], cat["02"], cat["04"], cat["05"], cat.nu]).toEqual([
      total,
      byKind["tap-the"],
      byKind["ho-gia-dinh"],
      byKind["ca-nhan"],
      women,
    ]);
    // Rows 06–10 split the cá nhân: every person lands in exactly one of them.
    expect((["06", "07", "08", "09", "10"] as const).reduce((n, k) => n + cat[k], 0)).toBe(byKind["ca-nhan"]);
    // The scenario's one person and one collective put forward by two units each count once.
    expect(c.provinceTarget).toEqual(allKindsQuota({ min: 15, max: null, actual: total - 2, met: true }));
  });

  it("finds exactly the person and the collective put forward by two units, whatever their spelling", () => {
    const rowOf = (unit: string, name: string) => {
      const f = S.files.find((s) => s.unit === unit)!;
      return 7 + f.records.findIndex((r) => r.name === name);
    };
    const sorted = c.duplicates.map((d) => ({
      key: d.key,
      kind: d.kind,
      birth: d.birth,
      name: foldText(d.name),
      units: d.units.map((o) => [o.unit, basename(o.file), o.sheet, o.row]).sort(),
    }));
    sorted.sort((a, b) => a.key.localeCompare(b.key));
    expect(sorted).toEqual([
      {
        key: "p|nguyen van an|1980-05-12",
        kind: "ca-nhan",
        birth: "1980-05-12",
        name: "nguyen van an",
        units: [
          ["Sở Y tế", "bao_cao_so_1.xlsx", "Danh sách", rowOf("Sở Y tế", "NGUYỄN  VĂN AN".normalize("NFD"))],
          [
            "Xã Mỹ Hòa Hưng",
            "UBND_xa_My_Hoa_Hung.xlsx",
            "Danh sách",
            rowOf("Xã Mỹ Hòa Hưng", "Nguyễn Văn An"),
          ],
        ],
      },
      {
        key: "t|truong tieu hoc binh my",
        kind: "tap-the",
        birth: null,
        name: "truong tieu hoc binh my",
        units: [
          [
            "Sở Giáo dục và Đào tạo",
            "bao_cao_so_2.xlsx",
            "Danh sách",
            rowOf("Sở Giáo dục và Đào tạo", "TRƯỜNG TIỂU HỌC BÌNH MỸ"),
          ],
          ["Xã Bình Mỹ", "UBND_xa_Binh_My.xlsx", "Danh sách", rowOf("Xã Bình Mỹ", "Trường Tiểu học Bình Mỹ")],
        ],
      },
    ]);
    expect(c.findings.map((f) => [f.finding.code, f.finding.severity, f.finding.field])).toEqual(
      Array(4).fill(["duplicate-across-units", "warning", "ten"]),
    );
    const onSoYTe = c.findings.find((f) => basename(f.file) === "bao_cao_so_1.xlsx")!;
    const soYTe = onSoYTe.finding;
    // The other occurrence, in the xã's file of the same folder.
    const other = join(dirname(onSoYTe.file), "UBND_xa_My_Hoa_Hung.xlsx");
    expect(soYTe.message).toBe(
      `"NGUYỄN VĂN AN" (sinh 12/05/1980) cũng được đề nghị ở Xã Mỹ Hòa Hưng (tệp ${other}, trang Danh sách, ` +
        "dòng 8). Hãy liên hệ các đơn vị để chỉ một nơi đề nghị.",
    );
    expect(soYTe.cell).toBe(`B${rowOf("Sở Y tế", "NGUYỄN  VĂN AN".normalize("NFD"))}`);
  });

  it("annotates copies of the reports: duplicates on their list, quotas for the registry kind", () => {
    const before = JSON.stringify(read.map((r) => r.report));
    const reports = annotateReports(
      read.map((r) => r.report),
      c,
      S.plan,
    );
    expect(JSON.stringify(read.map((r) => r.report))).toBe(before);
    const soYTe = reports.find((r) => basename(r.file) === "bao_cao_so_1.xlsx")!;
    expect(soYTe.lists[0].findings.filter((f) => f.code === "duplicate-across-units")).toHaveLength(1);
    expect(soYTe.quota.map((q) => [q.kind, q.min])).toEqual([["tap-the+ca-nhan+ho-gia-dinh", 1]]);
    const anPhat = reports.find((r) => basename(r.file) === "Cong_ty_TNHH_An_Phat.xlsx")!;
    expect(anPhat.findings.filter((f) => f.code === "quota-below-min")).toHaveLength(1);
    const late = reports.find((r) => basename(r.file) === "bao_cao_so_3.xlsx")!;
    expect(late.findings.map((f) => [f.code, f.message])).toEqual([
      [
        "quota-below-min",
        "Chưa đủ chỉ tiêu — Tập thể, cá nhân, hộ gia đình: 0/1 — còn thiếu 1 (kế hoạch: chỉ tiêu của sở, " +
          "ban, ngành). Hãy giới thiệu thêm 1 điển hình (tập thể, cá nhân, hộ gia đình).",
      ],
      [
        "late-submission",
        "Ngày báo cáo 15/12/2025 đã quá hạn «Gửi danh sách điển hình năm 2025» (kế hoạch yêu cầu gửi chậm " +
          "nhất ngày 30/11/2025), trễ 15 ngày. Hãy gửi ngay, kèm lý do gửi chậm.",
      ],
    ]);
  });

  it("honours the clerk's choice of unit for a file", () => {
    const i = read.findIndex((r) => basename(r.report.file) === "Tan_Lap_va_Binh_My.xlsx");
    const chosen = consolidate({
      reports: read.map((r) => r.report),
      headerTexts: read.map((r) => r.headerTexts),
      registry,
      plan: S.plan,
      reportDate: TALLY_DATE,
      choices: { [read[i].report.file]: "xã tân lập" },
    });
    expect(chosen.unmatchedFiles.map((f) => basename(f))).toEqual(["Danh_sach_bo_sung.xlsx"]);
    const tanLap = chosen.units.find((u) => u.unit === "Xã Tân Lập")!;
    expect(tanLap.files.map((f) => basename(f)).sort()).toEqual([
      "Tan_Lap_va_Binh_My.xlsx",
      "UBND_xa_Tan_Lap.xlsx",
    ]);
    expect(tanLap.counts["ca-nhan"]).toBe(
      c.units.find((u) => u.unit === "Xã Tân Lập")!.counts["ca-nhan"] + 1,
    );
  });

  it("tallyProvince reads the sources one by one with progress, and gives the same tally", async () => {
    const progress: TallyProgress[] = [];
    const tally = await tallyProvince(sources, {
      registry,
      plan: S.plan,
      reportDate: TALLY_DATE,
      onProgress: (p) => void progress.push(p),
    });
    expect(progress.map((p) => `${p.current}/${p.total} ${p.name}`)).toEqual(
      sources.map((s, i) => `${i + 1}/31 ${s.name}`),
    );
    expect(JSON.stringify(tally.consolidation)).toBe(JSON.stringify(c));
    expect(JSON.stringify(tally.reports)).toBe(
      JSON.stringify(
        annotateReports(
          read.map((r) => r.report),
          c,
          S.plan,
        ),
      ),
    );
    expect(tally.sheets.map((s) => s.name)).toEqual(TALLY_SHEET_NAMES);
    const broken = tally.reports.find((r) => r.file.endsWith("UBND_xa_Phu_Tan.xlsx"))!;
    // The broken file is reported with the port's reason, and every file after it is still tallied.
    expect(broken.error).toMatch(/^Tệp .*UBND_xa_Phu_Tan\.xlsx/);
    expect([broken.lists, tally.reports.length]).toEqual([[], 31]);
  });

  it("holds the tally to the An Giang plan's province-wide target of at least 15 a year", () => {
    const anGiang = getBuiltinPlan("an-giang-2025")!;
    const t = tallyUnits(read, { registry, plan: anGiang, reportDate: TALLY_DATE }).consolidation;
    const total = SUBJECT_KINDS.reduce((n, k) => n + c.totals.byKind[k], 0);
    expect(t.provinceTarget).toMatchObject({ min: 15, max: null, actual: total - 2, met: true });
    expect(total).toBeGreaterThanOrEqual(15);
    // Short of it when only one file is tallied.
    const few = tallyUnits(read.slice(0, 1), {
      registry,
      plan: anGiang,
      reportDate: TALLY_DATE,
    }).consolidation;
    expect(few.provinceTarget!.met).toBe(false);
    expect(few.provinceTarget!.actual).toBeLessThan(15);
  });

  it("without a registry, makes one unit per file and keeps each file's own quota", () => {
    const plain = consolidate({
      reports: read.map((r) => r.report),
      headerTexts: read.map((r) => r.headerTexts),
      registry: null,
      plan: S.plan,
      reportDate: TALLY_DATE,
    });
    expect(plain.units.map((u) => u.unit)).toEqual(read.map((r) => basename(r.report.file, ".xlsx")));
    expect([plain.missingUnits, plain.unmatchedFiles]).toEqual([[], []]);
    expect(plain.units.every((u) => u.kind === null && u.quota.length === 0)).toBe(true);
    expect(plain.totals.byKind).toEqual(c.totals.byKind);
    expect(plain.duplicates).toHaveLength(2);
  });
});

describe("buildConsolidationSheets", () => {
  let sheets: SheetModel[];
  beforeAll(() => {
    sheets = buildConsolidationSheets(c, S.plan);
  });
  const sheet = (name: string) => sheets.find((s) => s.name === name)!;
  const at = (s: SheetModel, row: number, col: number) =>
    s.cells.find((x) => x.row === row && x.col === col)?.value;
  const rowOf = (s: SheetModel, col: number, value: string) =>
    s.cells.find((x) => x.col === col && x.value === value)!.row;

  it("makes the five sheets with bordered bold headers, widths, text as strings and counts as numbers", () => {
    expect(sheets.map((s) => s.name)).toEqual(TALLY_SHEET_NAMES);
    for (const s of sheets) {
      expect(s.columnWidths!.length).toBeGreaterThanOrEqual(4);
      expect(s.merges.some((m) => m.top === 1 && m.left === 1)).toBe(true);
      for (const cell of s.cells)
        expect(["string", "number", "null"]).toContain(cell.value === null ? "null" : typeof cell.value);
      const head = s.cells.filter((x) => x.style?.fill === "#D9E1F2");
      expect(head.length).toBeGreaterThan(0);
      expect(head.every((x) => x.style?.bold && x.style.border)).toBe(true);
    }
  });

  it("puts the province totals, 0603.N rows and the target in 'Tổng hợp tỉnh'", () => {
    const s = sheet("Tổng hợp tỉnh");
    const total = SUBJECT_KINDS.reduce((n, k) => n + c.totals.byKind[k], 0);
    expect(at(s, rowOf(s, 2, "Tổng cộng"), 3)).toBe(total);
    expect(at(s, rowOf(s, 2, "Cá nhân"), 3)).toBe(c.totals.byKind["ca-nhan"]);
    expect(at(s, rowOf(s, 2, "Y tế"), 3)).toBe(c.totals.byField["Y tế"]);
    const code05 = rowOf(s, 1, "05");
    expect([at(s, code05, 2), at(s, code05, 3)]).toEqual(["Cá nhân", c.totals.categories["05"]]);
    expect(at(s, rowOf(s, 2, "Trong đó: Nữ (cá nhân)"), 3)).toBe(c.totals.categories.nu);
    const target = rowOf(s, 4, "Đạt");
    expect([at(s, target, 1), at(s, target, 2), at(s, target, 3)]).toEqual([
      "Tập thể + Cá nhân + Hộ gia đình",
      "≥ 15",
      total - 2, // two subjects put forward by two units each
    ]);
  });

  it("has one row per unit in 'Theo đơn vị' with status, lateness, counts, quota gap and errors", () => {
    const s = sheet("Theo đơn vị");
    const header = rowOf(s, 2, "Tên đơn vị");
    expect(s.cells.filter((x) => x.row === header).map((x) => x.value)).toEqual([
      "STT",
      "Tên đơn vị",
      "Loại đơn vị",
      "Khối/cụm",
      "Tệp",
      "Trạng thái",
      "Trễ hạn",
      "Tập thể",
      "Cá nhân",
      "Hộ gia đình",
      "Tổng",
      "Chỉ tiêu",
      "Số lỗi",
      "Số cảnh báo",
    ]);
    expect(s.cells.filter((x) => x.col === 2 && x.row > header).map((x) => x.value)).toEqual(
      c.units.map((u) => u.unit),
    );
    const vinhHau = rowOf(s, 2, "Xã Vĩnh Hậu");
    expect([
      at(s, vinhHau, 3),
      at(s, vinhHau, 5),
      at(s, vinhHau, 6),
      at(s, vinhHau, 7),
      at(s, vinhHau, 12),
    ]).toEqual([
      "Xã, phường, thị trấn",
      "",
      "Chưa nộp",
      "Trễ hạn",
      "Tập thể + Cá nhân + Hộ gia đình 0/≥ 2: Chưa đạt (còn thiếu 2)",
    ]);
    const anPhat = rowOf(s, 2, "Công ty TNHH An Phát");
    expect([at(s, anPhat, 6), at(s, anPhat, 9), at(s, anPhat, 12)]).toEqual([
      "Đã nộp",
      0,
      "Cá nhân 0/1–3: Chưa đạt (còn thiếu 1)",
    ]);
    expect(at(s, rowOf(s, 2, "Công ty TNHH Thành Đạt"), 12)).toBe("Cá nhân 6/1–3: Chưa đạt (vượt 3)");
    expect(at(s, rowOf(s, 2, "Xã Mỹ Hòa Hưng"), 12)).toBe("Đạt");
    expect(at(s, rowOf(s, 2, "Xã Phú Tân"), 6)).toBe("Lỗi tệp");
  });

  it("lists each duplicate's occurrences in 'Trùng lặp', merging the subject's cells", () => {
    const s = sheet("Trùng lặp");
    const rows = s.cells
      .filter((x) => x.col === 5 && typeof x.value === "string" && x.row > 3)
      .map((x) => x.value);
    expect(rows).toEqual(c.duplicates.flatMap((d) => d.units.map((o) => o.unit)));
    const first = s.cells.find((x) => x.col === 1 && x.value === 1)!.row;
    expect(s.merges).toContainEqual({ top: first, left: 2, bottom: first + 1, right: 2 });
  });

  it("lists the missing unit and the unmatched files in 'Chưa nộp'", () => {
    const s = sheet("Chưa nộp");
    const r = rowOf(s, 2, "Xã Vĩnh Hậu");
    expect([at(s, r, 1), at(s, r, 3), at(s, r, 4)]).toEqual([1, "Xã, phường, thị trấn", "Cụm 3"]);
    for (const f of c.unmatchedFiles) expect(s.cells.some((x) => x.value === f)).toBe(true);
  });
});
