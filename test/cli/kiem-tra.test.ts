/** `tdkt kiem-tra` run in-process through `main`: the JSON contract, the table, exit codes, --xuat. */
import ExcelJS from "exceljs";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { translateError } from "../../src/cli/commander-vi";
import { BROKEN_FIXTURES, FIXTURES_DIR, WORKBOOK_FIXTURES } from "../fixtures/build-fixtures";
import { jsonReport } from "./report";
import { tdkt } from "./tdkt";

const fx = (file: string): string => join(FIXTURES_DIR, file);

describe.each(WORKBOOK_FIXTURES.map((f) => [f.file, f] as const))(
  "tdkt kiem-tra %s --json",
  (file, fixture) => {
    it("reports the lists, records, kinds and counts the fixture holds", async () => {
      const run = await tdkt("kiem-tra", fx(file), "--json");
      const json = jsonReport(run.out);
      expect(Object.keys(json)).toEqual(["plan", "files"]);
      expect(json.plan).toBe("an-giang-2025");
      const [report] = json.files;
      expect(Object.keys(report)).toEqual(["file", "error", "sheets", "lists", "findings", "quota"]);
      expect([report.file, report.error]).toEqual([fx(file), null]);
      expect(
        report.lists.map((l) => ({
          sheet: l.sheet,
          headerRows: l.headerRows,
          encoding: l.encoding,
          records: l.records.map((r) => ({
            row: r.row,
            kind: r.kind,
            ten: r.fields.ten,
            ...(r.fields.ngaySinh !== undefined && { ngaySinh: r.fields.ngaySinh }),
          })),
        })),
      ).toEqual(
        fixture.lists!.map((l) => ({
          ...l,
          records: l.records.map(({ row, kind, ten, ngaySinh }) => ({
            row,
            kind,
            ten,
            ...(ngaySinh !== undefined && { ngaySinh }),
          })),
        })),
      );
      for (const [i, l] of report.lists.entries()) {
        const expected = fixture.lists![i].records;
        const count = (k: string): number => expected.filter((r) => r.kind === k).length;
        expect(l.counts).toEqual({
          "tap-the": count("tap-the"),
          "ca-nhan": count("ca-nhan"),
          "ho-gia-dinh": count("ho-gia-dinh"),
        });
        for (const r of expected) {
          const got = l.records.find((x) => x.row === r.row)!;
          if (r.gioiTinh) expect(got.fields.gioiTinh).toBe(r.gioiTinh);
        }
      }
    });
  },
);

describe("tdkt kiem-tra: findings and exit codes", () => {
  it("exits 0 for a complete list whose quota is met, and prints the Vietnamese table", async () => {
    const run = await tdkt(
      "kiem-tra",
      fx("06-hai-trang.xlsx"),
      "--loai-don-vi",
      "xa",
      "--ngay-bao-cao",
      "10/11/2025",
    );
    expect([run.code, run.err]).toEqual([0, ""]);
    expect(run.out).toBe(
      [
        `Tệp: ${fx("06-hai-trang.xlsx")}`,
        "  Trang «Tập thể»",
        "    Dòng tiêu đề: 4",
        // The title row above the header: "DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025".
        "    Đối tượng xác định theo dòng tiêu đề mục (ví dụ «I. TẬP THỂ»)",
        "    Số lượng: Tập thể 2, Cá nhân 0, Hộ gia đình 0",
        "    Bảng mã: Unicode",
        "    Kết quả: 0 lỗi, 0 cảnh báo, 0 thông tin",
        "  Trang «Cá nhân»",
        "    Dòng tiêu đề: 4",
        "    Đối tượng xác định theo dòng tiêu đề mục (ví dụ «I. TẬP THỂ»)",
        "    Số lượng: Tập thể 0, Cá nhân 2, Hộ gia đình 0",
        "    Bảng mã: Unicode",
        "    Kết quả: 0 lỗi, 0 cảnh báo, 0 thông tin",
        "  Chỉ tiêu Tập thể + Cá nhân + Hộ gia đình 4/≥ 2 — đạt",
        "",
      ].join("\n"),
    );
  });

  it("names the sheets it did not check, and why, under the lists it checked", async () => {
    const run = await tdkt("kiem-tra", fx("08-dong-an.xlsx"), "--ngay-bao-cao", "10/11/2025");
    const lines = run.out.split("\n").filter((l) => !l.startsWith("      - "));
    expect(lines).toEqual([
      `Tệp: ${fx("08-dong-an.xlsx")}`,
      "  Trang «Danh sách»",
      "    Dòng tiêu đề: 3",
      // No title row, no kind column: "Năm sinh" and "Chức vụ" make every row a person.
      "    Đối tượng xác định theo các thông tin cá nhân có trong dòng (ngày sinh, giới tính)",
      "    Số lượng: Tập thể 0, Cá nhân 4, Hộ gia đình 0",
      "    Bảng mã: Unicode",
      "    Kết quả: 2 lỗi, 4 cảnh báo, 0 thông tin",
      // The fixture's hidden and very hidden sheets hold lookup codes.
      "  Không kiểm tra trang «Danh mục»: bảng mã tra cứu, không phải danh sách",
      "  Không kiểm tra trang «Cấu hình»: bảng mã tra cứu, không phải danh sách",
      "",
    ]);
  });

  it("exits 1 on error findings and points at their cells", async () => {
    const run = await tdkt("kiem-tra", fx("09-cong-thuc-loi.xlsx"), "--json");
    expect(run.code).toBe(1);
    const [report] = jsonReport(run.out).files;
    const errors = report.lists[0].findings
      .filter((f) => f.code === "formula-error" || f.code === "unknown-kind")
      .map((f) => [f.code, f.severity, f.cell]);
    expect(errors).toEqual([
      ["formula-error", "error", "C5"],
      ["formula-error", "error", "C6"],
      ["formula-error", "error", "D6"],
      // A7's formula was saved without its result: one warning for the list.
      ["formula-error", "warning", "A7"],
    ]);
  });

  it("reports a legacy encoding and a quota short of its minimum", async () => {
    const run = await tdkt("kiem-tra", fx("03-tcvn3.xlsx"), "--loai-don-vi", "huyen");
    expect(run.code).toBe(1);
    expect(run.out).toContain("    Bảng mã: TCVN3 (ABC), đã chuyển sang Unicode\n");
    expect(run.out).toContain("  Chỉ tiêu Tập thể + Cá nhân + Hộ gia đình 3/≥ 5 — còn thiếu 2\n");
  });

  it("exits 2 for an unreadable file, and still checks and reports the others", async () => {
    const files = ["06-hai-trang.xlsx", ...BROKEN_FIXTURES.map((b) => b.file), "khong-co.xlsx"];
    const run = await tdkt("kiem-tra", ...files.map(fx), "--loai-don-vi", "xa", "--json");
    expect(run.code).toBe(2);
    const json = jsonReport(run.out);
    expect(json.files.map((f) => f.file)).toEqual(files.map(fx));
    expect(json.files[0].error).toBeNull();
    expect(json.files[0].lists.map((l) => l.records.length)).toEqual([2, 2]);
    BROKEN_FIXTURES.forEach((b, i) => {
      expect(json.files[i + 1].error!.startsWith(b.message)).toBe(true);
      expect(json.files[i + 1].lists).toEqual([]);
    });
    expect(json.files.at(-1)!.error).toBe(
      "Không mở được tệp «khong-co.xlsx»: tệp không tồn tại hoặc không có quyền đọc.",
    );
  });

  it("exits 2 with Vietnamese messages on usage errors", async () => {
    const plan = await tdkt("kiem-tra", fx("06-hai-trang.xlsx"), "--ke-hoach", "ke-hoach-2030");
    expect(plan.code).toBe(2);
    expect(plan.err).toContain("Không có kế hoạch «ke-hoach-2030».");
    expect(plan.err).toContain("an-giang-dot-dac-biet-2025");
    const kind = await tdkt("kiem-tra", fx("06-hai-trang.xlsx"), "--loai-don-vi", "quan");
    expect([kind.code, kind.err.split("\n")[0]]).toEqual([
      2,
      "Loại đơn vị «quan» không có. Hãy chọn một trong:",
    ]);
    const date = await tdkt("kiem-tra", fx("06-hai-trang.xlsx"), "--ngay-bao-cao", "30/02/2025");
    expect([date.code, date.err]).toEqual([
      2,
      "Ngày báo cáo «30/02/2025» không hợp lệ: hãy ghi dạng dd/mm/yyyy.\n",
    ]);
    const both = await tdkt("kiem-tra", fx("06-hai-trang.xlsx"), "--da-phat-dong", "--chua-phat-dong");
    expect([both.code, both.err]).toEqual([
      2,
      "Chỉ dùng một trong hai: --da-phat-dong hoặc --chua-phat-dong.\n",
    ]);
    const option = await tdkt("kiem-tra", fx("06-hai-trang.xlsx"), "--khong-co");
    expect([option.code, option.err]).toEqual([
      2,
      "Lỗi: không có tùy chọn «--khong-co».\n(Dùng «tdkt --help» để xem cách dùng.)\n",
    ]);
    for (const r of [plan, kind, date, both, option]) expect(r.out).toBe("");
  });

  it("exits 2 with the schema's Vietnamese errors for a bad plan file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tdkt-kiem-tra-"));
    try {
      const path = join(dir, "ke-hoach.json");
      await writeFile(path, JSON.stringify({ id: "Kế hoạch", title: "" }));
      const run = await tdkt("kiem-tra", fx("06-hai-trang.xlsx"), "--ke-hoach", path);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`${path}: id — chỉ gồm chữ thường không dấu, số và dấu gạch ngang`);
      expect(run.out).toBe("");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("prints help in Vietnamese with exit code 0", async () => {
    const run = await tdkt("kiem-tra", "--help");
    expect(run.code).toBe(0);
    expect(run.out).toContain("Cách dùng: tdkt kiem-tra [tùy chọn] <tệp...>");
    expect(run.out).toContain("--loai-don-vi <loại>");
    expect(run.out).toContain("-h, --help                   Hiển thị trợ giúp");
    expect(translateError("error: unknown command 'x'")).toBe("Lỗi: không có lệnh «x».\n");
  });

  it("writes the summary workbook with --xuat", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tdkt-xuat-"));
    try {
      const out = join(dir, "tong-hop.xlsx");
      const run = await tdkt("kiem-tra", fx("06-hai-trang.xlsx"), "--loai-don-vi", "xa", "--xuat", out);
      expect(run.code).toBe(0);
      expect(run.out.endsWith(`Đã ghi bảng tổng hợp vào ${out}.\n`)).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(out)) as unknown as ExcelJS.Buffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the tdkt bin", () => {
  it("runs as a process and exits with the code of its result", async () => {
    const run = promisify(execFile);
    const result = await run("npx", ["tsx", "src/cli/index.ts", "kiem-tra", fx("12-trong.xlsx")]).then(
      () => ({ code: 0, stdout: "" }),
      (e: { code: number; stdout: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Dòng tiêu đề: không tìm thấy");
  }, 30_000);
});
