/** `tdkt tong-hop` in-process: exit codes, the JSON report, the exported workbook read back with ExcelJS. */
import ExcelJS from "exceljs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { progressBar, runConsolidate, type ConsolidateIo } from "../../src/cli/consolidate-command";
import { main } from "../../src/cli/index";
import { scenario, writeScenario } from "./generate-units";
import { TALLY_SHEET_NAMES } from "./tally-sheet-names";

const S = scenario();
let dir: string;
let unitsDir: string;
let registryPath: string;
let planPath: string;

function io(): ConsolidateIo & { out: string; err: string } {
  const sink = {
    out: "",
    err: "",
    stdout: (t: string) => void (sink.out += t),
    stderr: (t: string) => void (sink.err += t),
    stderrIsTTY: false,
    today: () => "2025-12-20",
  };
  return sink;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tdkt-tong-hop-"));
  ({ unitsDir, registryPath } = await writeScenario(dir, S));
  planPath = join(dir, "ke-hoach.json");
  await writeFile(planPath, JSON.stringify(S.plan));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("tdkt tong-hop", () => {
  it("tallies a folder with --json and --xuat; an unreadable file makes the exit code 2 but not the run stop", async () => {
    const out = join(dir, "tong-hop.xlsx");
    const sink = io();
    const code = await runConsolidate(
      [unitsDir],
      { keHoach: planPath, danhMuc: registryPath, ngayBaoCao: "20/12/2025", json: true, xuat: out },
      sink,
    );
    expect(code).toBe(2);
    expect(sink.err).toBe("");
    const json = JSON.parse(sink.out);
    expect(Object.keys(json)).toEqual(["plan", "files", "consolidation"]);
    expect(json.plan).toBe("kiem-thu-tong-hop");
    expect(json.files).toHaveLength(31);
    // Vietnamese collation: "Cong_ty…" before "Danh_sach…" before "danh_sach_…" neighbours, case aside.
    const names: string[] = json.files.map((f: { file: string }) => basename(f.file));
    expect(names).toEqual([...names].sort(new Intl.Collator("vi").compare));
    const bad = json.files.filter((f: { error: string | null }) => f.error !== null);
    expect(bad.map((f: { file: string }) => basename(f.file))).toEqual(["UBND_xa_Phu_Tan.xlsx"]);
    const soYTe = json.files.find((f: { file: string }) => basename(f.file) === "bao_cao_so_1.xlsx");
    const list = soYTe.lists[0];
    expect(Object.keys(list)).toEqual([
      "sheet",
      "headerRows",
      "columns",
      "encoding",
      "profile",
      "counts",
      "kindSource",
      "records",
      "findings",
    ]);
    expect(list.profile).toBeNull();
    expect(list.headerRows).toEqual([6]);
    expect(list.findings.filter((f: { code: string }) => f.code === "duplicate-across-units")).toHaveLength(
      1,
    );
    expect(soYTe.quota).toEqual([
      { kind: "tap-the+ca-nhan+ho-gia-dinh", min: 1, max: null, actual: 2, met: true },
    ]);
    const cons = json.consolidation;
    expect(cons.reportDate).toBe("2025-12-20");
    expect(cons.units).toHaveLength(30);
    expect(cons.missingUnits).toEqual(["Xã Vĩnh Hậu"]);
    expect(cons.unmatchedFiles.map((f: string) => basename(f))).toEqual([
      "Danh_sach_bo_sung.xlsx",
      "Tan_Lap_va_Binh_My.xlsx",
    ]);
    expect(cons.duplicates).toHaveLength(2);
    expect(cons.units.find((u: { unit: string }) => u.unit === "Sở Tài chính")).toMatchObject({
      late: true,
      status: "da-nop",
    });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(TALLY_SHEET_NAMES);
    const province = wb.getWorksheet("Tổng hợp tỉnh")!;
    let total: unknown = null;
    province.eachRow((row) => {
      if (row.getCell(2).value === "Tổng cộng") total = row.getCell(3).value;
    });
    const byKind = cons.totals.byKind;
    expect(total).toBe(byKind["tap-the"] + byKind["ca-nhan"] + byKind["ho-gia-dinh"]);
    // Part IV: the province-wide target (≥ 15) against the total, as numbers and words.
    let target: unknown[] = [];
    province.eachRow((row) => {
      if (row.getCell(2).value === "≥ 15") target = [1, 2, 3, 4].map((c) => row.getCell(c).value);
    });
    // A person and a collective put forward by two units each count once towards the target.
    expect(target).toEqual(["Tập thể + Cá nhân + Hộ gia đình", "≥ 15", (total as number) - 2, "Đạt"]);

    // One row per registry unit, with the numbers of the JSON.
    const units = wb.getWorksheet("Theo đơn vị")!;
    const unitRows = new Map<unknown, unknown[]>();
    units.eachRow((row, r) => {
      if (r > 4) unitRows.set(row.getCell(2).value, (row.values as unknown[]).slice(1));
    });
    expect(unitRows.size).toBe(30);
    for (const u of cons.units as {
      unit: string;
      counts: Record<string, number>;
      errors: number;
      late: boolean;
    }[]) {
      const row = unitRows.get(u.unit)!;
      expect([row[6], row[7], row[8], row[9], row[12]]).toEqual([
        u.late ? "Trễ hạn" : "",
        u.counts["tap-the"],
        u.counts["ca-nhan"],
        u.counts["ho-gia-dinh"],
        u.errors,
      ]);
    }
    expect(unitRows.get("Sở Tài chính")!.slice(5, 7)).toEqual(["Đã nộp", "Trễ hạn"]);
    expect(unitRows.get("Xã Phú Tân")![5]).toBe("Lỗi tệp");

    // The two duplicates, each over the two units that put them forward.
    const dupUnits: unknown[] = [];
    wb.getWorksheet("Trùng lặp")!.eachRow((row, r) => {
      if (r > 3) dupUnits.push(row.getCell(5).value);
    });
    expect(dupUnits.sort()).toEqual(
      ["Sở Giáo dục và Đào tạo", "Sở Y tế", "Xã Bình Mỹ", "Xã Mỹ Hòa Hưng"].sort(),
    );

    const missing = wb.getWorksheet("Chưa nộp")!;
    const missingNames: unknown[] = [];
    missing.eachRow((row) => missingNames.push(row.getCell(2).value));
    // The unit that sent nothing, then the scenario's two files that match no unit.
    expect(missingNames).toEqual([
      "ĐƠN VỊ CHƯA NỘP DANH SÁCH",
      "Ngày tổng hợp: 20/12/2025",
      "Tên đơn vị",
      "Xã Vĩnh Hậu",
      "TỆP KHÔNG KHỚP VỚI ĐƠN VỊ NÀO TRONG DANH MỤC",
      "Tệp",
      join(unitsDir, "Danh_sach_bo_sung.xlsx"),
      join(unitsDir, "Tan_Lap_va_Binh_My.xlsx"),
    ]);
  }, 60_000);

  it("prints a Vietnamese table and exits 1 when readable files carry error findings", async () => {
    const sub = join(dir, "chi-doc-duoc");
    await mkdir(sub);
    // A unit short of its quota (Công ty TNHH An Phát: no cá nhân) is an error finding.
    for (const f of ["Cong_ty_TNHH_An_Phat.xlsx", "bao_cao_so_1.xlsx"])
      await copyFile(join(unitsDir, f), join(sub, f));
    const sink = io();
    const code = await runConsolidate([sub], { keHoach: planPath, danhMuc: registryPath }, sink);
    expect(code).toBe(1);
    expect(sink.out).toContain("TỔNG HỢP 30 ĐƠN VỊ — 2 tệp");
    expect(sink.out).toMatch(/Công ty TNHH An Phát\s+Đã nộp .*Cá nhân 0\/1–3: Chưa đạt \(còn thiếu 1\)/);
    expect(sink.out).toContain("Chưa nộp (28): ");
  });

  it("exits 0 when every file is readable and free of errors", async () => {
    const sink = io();
    const code = await runConsolidate(
      [join(unitsDir, "bao_cao_so_1.xlsx")],
      { keHoach: planPath, danhMuc: registryPath },
      sink,
    );
    expect([code, sink.err]).toEqual([0, ""]);
  });

  it("exits 2 with a Vietnamese message on a usage error", async () => {
    const badDate = io();
    expect(await runConsolidate([unitsDir], { keHoach: planPath, ngayBaoCao: "31/02/2025" }, badDate)).toBe(
      2,
    );
    expect(badDate.err).toBe("Ngày báo cáo «31/02/2025» không hợp lệ: hãy ghi dạng dd/mm/yyyy.\n");
    const badRegistry = io();
    expect(
      await runConsolidate(
        [unitsDir],
        { keHoach: planPath, danhMuc: join(unitsDir, "bao_cao_so_1.xlsx") },
        badRegistry,
      ),
    ).toBe(2);
    expect(badRegistry.err).toContain("Không tìm thấy danh mục đơn vị");
    const none = io();
    expect(await runConsolidate([], {}, none)).toBe(2);
    expect(none.err).toContain(
      "Cần ít nhất một tệp bảng tính (.xlsx, .xlsm, .xls, .ods) hoặc một thư mục chứa các tệp.",
    );
  });

  it("is a command of the tdkt program, with Vietnamese help and the plan an-giang-2025 by default", async () => {
    const run = { out: "", err: "" };
    const sink = { stdout: (t: string) => void (run.out += t), stderr: (t: string) => void (run.err += t) };
    expect(await main(["tong-hop", "--help"], sink)).toBe(0);
    expect(run.out).toContain("Cách dùng: tdkt tong-hop [tùy chọn] <tệp-hoặc-thư-mục...>");
    expect(run.out).toContain("--danh-muc <tệp.xlsx>");
    run.out = "";
    const code = await main(
      ["tong-hop", join(unitsDir, "bao_cao_so_1.xlsx"), "--danh-muc", registryPath, "--json"],
      { ...sink, today: () => "2025-12-20" },
    );
    const json = JSON.parse(run.out);
    // The Sở Y tế list is complete under plan 000; the province target of 15 is far from met.
    expect([code, run.err, json.plan]).toEqual([0, "", "an-giang-2025"]);
    expect(json.consolidation.provinceTarget).toMatchObject({ min: 15, actual: 2, met: false });
  });

  it("shows progress on a terminal only", async () => {
    const tty = { ...io(), stderrIsTTY: true };
    let err = "";
    tty.stderr = (t: string) => void (err += t);
    await runConsolidate(
      [join(unitsDir, "bao_cao_so_1.xlsx"), join(unitsDir, "bao_cao_so_2.xlsx")],
      { keHoach: planPath },
      tty,
    );
    expect(err).toContain("[░░░░░░░░░░░░░░░░░░░░] Đang đọc tệp 1/2: bao_cao_so_1.xlsx");
    expect(err).toContain("[██████████░░░░░░░░░░] Đang đọc tệp 2/2: bao_cao_so_2.xlsx");
    expect(progressBar(700, 700)).toBe(`[${"█".repeat(20)}]`);
  });
});
