/**
 * What the wild layouts (test/zoo/wild.ts, real .xlsx files) are read as, beyond the zoo's score:
 * which cell each interpreted value comes from, that the clerk's cells are left as typed, and the
 * rules behind them on their own (titles, totals, signatures, sheet names).
 */
import { kindFromSheetName, readWorkbook } from "../../src/core/read";
import { isFooterText, isFootnoteRow } from "../../src/core/read/footer";
import { withoutHonorific } from "../../src/core/read/kind";
import { awardOfSection } from "../../src/core/read/section";
import { isTotalsText } from "../../src/core/read/totals";
import type { NominationRecord, SheetGrid } from "../../src/core/types";
import { workbookBytes } from "../fixtures/build-fixtures";
import { openWorkbook } from "../../src/workbook";
import { wildLayouts } from "../zoo/wild";

async function sheetsOf(id: string): Promise<SheetGrid[]> {
  const layout = wildLayouts().find((l) => l.id === `wild-${id}`);
  if (layout === undefined) throw new Error(id);
  const bytes = await workbookBytes({ file: `${id}.xlsx`, about: layout.about, sheets: layout.sheets });
  return (await openWorkbook(bytes, `${id}.xlsx`)).readSheets();
}

async function recordsOf(id: string): Promise<NominationRecord[]> {
  return readWorkbook(await sheetsOf(id)).lists.flatMap((l) => l.records);
}

const at = (records: NominationRecord[], row: number): NominationRecord => {
  const r = records.find((x) => x.row === row);
  if (r === undefined) throw new Error(`no record at row ${row}`);
  return r;
};

describe("reading the wild layouts", () => {
  it("leaves every cell the clerk typed as it was", async () => {
    for (const id of ["hospital-cstd", "name-with-position", "merged-down", "two-row-records"]) {
      const sheets = await sheetsOf(id);
      const before = JSON.stringify(sheets);
      readWorkbook(sheets);
      expect(JSON.stringify(sheets)).toBe(before);
    }
  });

  it("strips a hospital's degree titles from the name, the cell keeps them", async () => {
    const sheets = await sheetsOf("hospital-cstd");
    const records = readWorkbook(sheets).lists[0].records;
    expect(records.map((r) => r.fields.ten)).toEqual([
      "Nguyễn Văn Thành",
      "Trần Thị Ngọc Hân",
      "Lê Thị Mỹ Duyên",
      "Phạm Văn Lộc",
      "Võ Thị Hồng",
      "Huỳnh Minh Tâm",
    ]);
    expect(at(records, 10).cells.ten).toBe("B10");
    expect(sheets[0].values[9][1]).toBe("ThS.BS Trần Thị Ngọc Hân");
    // The dates in three forms: a date cell, "12/3/1980" text, a year, a serial number.
    expect(records.map((r) => r.fields.ngaySinh)).toEqual([
      "1975-04-12",
      "1982-03-12",
      "1990",
      "1980-03-21",
      "1988",
      "1979-09-05",
    ]);
  });

  it("reads the award a «Ghi chú» column holds, from that cell, keeping the note", async () => {
    const r = at(await recordsOf("khoi-award-in-note"), 5);
    expect(r.fields.hinhThuc).toBe("Cờ thi đua của UBND tỉnh");
    expect(r.cells.hinhThuc).toBe("D5");
    expect(r.fields.ghiChu).toBe("Cờ thi đua của UBND tỉnh");
  });

  it("gives the records the award their section names, pointing at the section's cell", async () => {
    const records = await recordsOf("award-sub-sections");
    expect(at(records, 7).fields.hinhThuc).toBe("Chiến sĩ thi đua cơ sở");
    expect(at(records, 7).cells.hinhThuc).toBe("B6");
    expect(at(records, 10).cells.hinhThuc).toBe("B9");
    expect(at(records, 13).fields.hinhThuc).toBe("Giấy khen của Giám đốc Sở");
    expect(at(records, 13).cells.hinhThuc).toBe("B12");
  });

  it("splits a name cell that also holds the position, under a combined header", async () => {
    const records = await recordsOf("name-with-position");
    expect(at(records, 6).fields).toMatchObject({
      ten: "Nguyễn Thị Hồng",
      chucVu: "Phó Trưởng phòng Văn hóa - Xã hội xã Mỹ Hòa Hưng",
    });
    expect(at(records, 6).cells.chucVu).toBe("B6");
    expect(at(records, 8)).toMatchObject({ kind: "ca-nhan", fields: { ten: "Lê Thanh Tùng" } });
    expect(at(records, 9).fields.chucVu).toBeUndefined();
  });

  it("splits at whichever comes first, a comma or a spaced dash", () => {
    const sheet = {
      name: "DS",
      originRow: 1,
      originCol: 1,
      values: [
        ["STT", "Họ và tên, chức vụ", "Năm sinh", "Tóm tắt thành tích"],
        [1, "Lê Văn Tám - Bí thư Chi đoàn, ấp 3", "1990", "Hoàn thành xuất sắc nhiệm vụ"],
        [2, "Trần Thị Mơ, Tổ trưởng tổ hòa giải - ấp 2", "1985", "Hoàn thành xuất sắc nhiệm vụ"],
      ],
    };
    const records = readWorkbook([sheet]).lists.flatMap((l) => l.records);
    expect(records.map((r) => [r.fields.ten, r.fields.chucVu])).toEqual([
      ["Lê Văn Tám", "Bí thư Chi đoàn, ấp 3"],
      ["Trần Thị Mơ", "Tổ trưởng tổ hòa giải - ấp 2"],
    ]);
  });

  it("fills records from a value merged down over them, pointing at the merge's cell", async () => {
    const records = await recordsOf("merged-down");
    expect(records.map((r) => r.cells.hinhThuc)).toEqual(["F4", "F4", "F4", "F4", "F4"]);
    expect(records.map((r) => r.cells.donVi)).toEqual(["E4", "E4", "E4", "E7", "E7"]);
  });

  it("reads a record written over two rows as one, its second line the position", async () => {
    const records = await recordsOf("two-row-records");
    expect(records.map((r) => r.row)).toEqual([3, 5, 7]);
    expect(at(records, 5).fields).toMatchObject({
      ten: "Dương Thị Lụa",
      chucVu: "Chi hội trưởng Hội Nông dân",
    });
    expect(at(records, 5).cells.chucVu).toBe("B6");
  });

  it("joins «Họ đệm» and «Tên» into the name, at the first part's cell", async () => {
    const r = at(await recordsOf("split-name-columns"), 5);
    expect(r.fields.ten).toBe("Trần Gia Huy");
    expect(r.cells.ten).toBe("B5");
  });
});

describe("the rules behind them", () => {
  it.each([
    ["BSCKII. Nguyễn Văn Thành", "Nguyễn Văn Thành"],
    ["ThS.BS Trần Thị Hân", "Trần Thị Hân"],
    ["PGS. TS. Trần An", "Trần An"],
    ["NGƯT. Nguyễn Hữu Tín", "Nguyễn Hữu Tín"],
    ["Cô giáo Phạm Thị Hoa", "Phạm Thị Hoa"],
    ["Đại tá Lê Văn Sơn", "Lê Văn Sơn"],
  ])("strips the title of %s", (name, bare) => {
    expect(withoutHonorific(name)).toBe(bare);
  });

  it.each([
    "CN Ngân hàng Nông nghiệp An Giang",
    "Bà con ấp 3",
    "DS. danh sách",
    "Nguyễn Văn An",
    "BSX Lê Văn A",
  ])("finds no person's title in %s", (name) => {
    expect(withoutHonorific(name)).toBeNull();
  });

  it("tells totals from units whose names fold alike", () => {
    expect(isTotalsText("Tổng: 02 cá nhân")).toBe(true);
    expect(isTotalsText("Tổng cộng (I+II): 5")).toBe(true);
    expect(isTotalsText("Cộng khối")).toBe(true);
    expect(isTotalsText("Tổng công ty Điện lực miền Nam")).toBe(false);
    expect(isTotalsText("Tổng đội Thanh niên xung phong")).toBe(false);
  });

  it("takes a signer's title in capitals for a signature, a position in a record for none", () => {
    expect(isFooterText("CHỦ TỊCH")).toBe(true);
    expect(isFooterText("HIỆU TRƯỞNG")).toBe(true);
    expect(isFooterText("Chủ tịch Hội Nông dân xã")).toBe(false);
    expect(isFooterText("Giám đốc")).toBe(false);
    expect(isFootnoteRow(["", "Lưu ý: hồ sơ nộp trước 15/12"])).toBe(true);
    expect(isFootnoteRow(["", "Lưu Văn Ý"])).toBe(false);
  });

  it("reads a section's award without its number, verb, year or tail", () => {
    expect(awardOfSection("1. Tặng danh hiệu “Lao động tiên tiến” cho 3 cá nhân:")).toBe(
      "Lao động tiên tiến",
    );
    expect(awardOfSection("II. Bằng khen của Chủ tịch UBND tỉnh năm 2025")).toBe(
      "Bằng khen của Chủ tịch UBND tỉnh",
    );
    expect(awardOfSection("a) Khối Đảng, đoàn thể")).toBeNull();
    expect(awardOfSection("I. TẬP THỂ")).toBeNull();
  });

  it("reads the kind from a sheet's short name only when it stands alone or after «DS»", () => {
    expect(kindFromSheetName("DS TT")).toBe("tap-the");
    expect(kindFromSheetName("CN")).toBe("ca-nhan");
    expect(kindFromSheetName("DS HGĐ")).toBe("ho-gia-dinh");
    expect(kindFromSheetName("TT2025")).toBeNull();
    expect(kindFromSheetName("Biểu TT 01")).toBeNull();
  });
});
