/** Reading on real fixture workbooks: totals lines, child labels under parents, the clerk's column overrides. */
import { readLists } from "../../src/core/read";
import { checkWorkbook } from "../../src/core/run";
import { getBuiltinPlan } from "../../src/core/plan";
import { openFixture } from "../workbook/helpers";

async function sheetsOf(file: string) {
  return (await openFixture(file)).readSheets();
}

describe("totals lines", () => {
  it("reads none of «Cộng», «Cộng: 2 cá nhân», «Tổng cộng: …», «Tổng số (4)» as a record, but keeps «Công ty…»", async () => {
    const [list] = readLists(await sheetsOf("18-tong-cong.xlsx"));
    expect(list.records.map((r) => [r.row, r.kind, r.fields.ten])).toEqual([
      [5, "tap-the", "Công ty TNHH Mỹ Phát"],
      [6, "tap-the", "Tổ Hòa giải ấp Mỹ An"],
      [9, "ca-nhan", "Nguyễn Văn Hùng"],
      [10, "ca-nhan", "Trần Thị Mỹ Lệ"],
    ]);
    // A totals line does not end the list nor start a section: the record after «Cộng» keeps its section.
    expect(list.records[2].section).toBe("II. CÁ NHÂN");
    expect(list.findings.filter((f) => f.code === "unknown-kind")).toEqual([]);
  });
});

describe("three-row header: the child label wins when it names a field on its own", () => {
  it("maps «Nơi công tác / Chức vụ» to chucVu and «Nơi công tác / Đơn vị» to donVi", async () => {
    const [list] = readLists(await sheetsOf("02-ba-dong-tieu-de.xlsx"));
    expect(list.columns.filter((c) => c.field === "chucVu" || c.field === "donVi")).toEqual([
      { column: "F", header: "Thông tin cá nhân / Nơi công tác / Chức vụ", field: "chucVu" },
      { column: "G", header: "Thông tin cá nhân / Nơi công tác / Đơn vị", field: "donVi" },
    ]);
    expect(list.records[0].fields).toMatchObject({
      chucVu: "Điều dưỡng trưởng",
      donVi: "Khoa Hồi sức tích cực",
    });
    expect(list.records[0].cells).toMatchObject({ chucVu: "F9", donVi: "G9" });
  });
});

describe("columnOverrides", () => {
  it("replaces the guessed field of a column, and no other column keeps that field", async () => {
    const sheets = await sheetsOf("02-ba-dong-tieu-de.xlsx");
    // The clerk says column H (Quê quán) is really the permanent address, G is the title.
    const [list] = readLists(sheets, {
      columnOverrides: { "DS đề nghị": { H: "noiThuongTru", g: "chucVu" } },
    });
    const byColumn = Object.fromEntries(list.columns.map((c) => [c.column, c.field]));
    expect(byColumn).toMatchObject({ G: "chucVu", H: "noiThuongTru" });
    expect(byColumn.F).toBeUndefined();
    expect(list.columns.some((c) => c.field === "queQuan")).toBe(false);
    expect(list.records[1].fields).toMatchObject({
      chucVu: "Bệnh viện Đa khoa khu vực Tân Châu",
      noiThuongTru: "Châu Đốc, An Giang",
    });
    expect(list.records[1].cells.noiThuongTru).toBe("H10");
    expect(list.records[1].fields.queQuan).toBeUndefined();
  });

  it("null leaves a column out, and overrides of another sheet change nothing here", async () => {
    const sheets = await sheetsOf("02-ba-dong-tieu-de.xlsx");
    const [plain] = readLists(sheets);
    const [other] = readLists(sheets, { columnOverrides: { "Sheet khác": { C: null } } });
    expect(other).toEqual(plain);
    const [list] = readLists(sheets, { columnOverrides: { "DS đề nghị": { I: null } } });
    expect(list.columns.map((c) => c.column)).not.toContain("I");
    expect(list.records.every((r) => r.fields.thanhTich === undefined)).toBe(true);
  });

  it("maps a list whose name column has no recognisable label once the clerk names it", async () => {
    const sheets = await sheetsOf("18-tong-cong.xlsx");
    // Without an anchor ("ten") no header is found; the clerk's mapping supplies it.
    sheets[0].values[2][1] = "Đề nghị";
    expect(readLists(sheets)[0].findings[0].code).toBe("header-not-found");
    const [list] = readLists(sheets, { columnOverrides: { "Danh sách": { B: "ten" } } });
    expect(list.records.map((r) => r.fields.ten)).toEqual([
      "Công ty TNHH Mỹ Phát",
      "Tổ Hòa giải ấp Mỹ An",
      "Nguyễn Văn Hùng",
      "Trần Thị Mỹ Lệ",
    ]);
  });

  it("reaches the reader through checkWorkbook's options", async () => {
    const sheets = await sheetsOf("02-ba-dong-tieu-de.xlsx");
    const plan = getBuiltinPlan("an-giang-2025")!;
    const report = checkWorkbook("02.xlsx", sheets, plan, {
      reportDate: "2025-11-10",
      columnOverrides: { "DS đề nghị": { H: "noiThuongTru" } },
    });
    expect(report.lists[0].records[0].fields.noiThuongTru).toBe("Tân Châu, An Giang");
  });
});
