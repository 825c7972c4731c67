/**
 * The objects a record carries are built in bulk for speed (src/core/read/row-values.ts); they
 * must stay plain JSON-like objects: Object.prototype, only the filled fields, keys in the order
 * of the list's columns, the same keys in `fields` and `cells`.
 */
import { join } from "node:path";
import { readSheetsOf } from "../../src/cli/read-file";
import { readLists } from "../../src/core/read";
import { columnNumber } from "../../src/core/read/address";
import type { NominationRecord } from "../../src/core/types";
import { FIXTURES_DIR, WORKBOOK_FIXTURES } from "../fixtures/build-fixtures";
import { sheet } from "./grids";

function expectPlain(record: NominationRecord): void {
  for (const o of [record, record.fields, record.cells]) {
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(o.constructor).toBe(Object);
  }
  const keys = Object.keys(record.fields);
  expect(Object.keys(record.cells)).toEqual(keys);
  for (const key of keys) expect(typeof record.fields[key as keyof typeof record.fields]).toBe("string");
  // Keys follow the columns left to right (a birth date by gender shares its cell with gioiTinh).
  const cols = Object.values(record.cells).map((a) => columnNumber(/^[A-Z]+/.exec(a)![0])!);
  for (let i = 1; i < cols.length; i++) expect(cols[i]).toBeGreaterThanOrEqual(cols[i - 1]);
}

describe("record objects", () => {
  it("are plain, with the keys of the filled columns in column order, in every fixture workbook", async () => {
    let records = 0;
    // Every readable fixture (the broken ones have no records to look at): a read failure fails.
    for (const { file } of WORKBOOK_FIXTURES) {
      const sheets = await readSheetsOf(join(FIXTURES_DIR, file));
      for (const list of readLists(sheets))
        for (const record of list.records) {
          expectPlain(record);
          records++;
        }
    }
    // All of them: the 40 records the fixture script says its workbooks hold.
    const written = WORKBOOK_FIXTURES.flatMap((f) => f.lists ?? []).flatMap((l) => l.records);
    expect([records, written.length]).toEqual([40, 40]);
  });

  it("keep each row's own key set when rows fill different columns", () => {
    const rows: unknown[][] = [["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị công tác", "Ghi chú"]];
    // Sparse rows first (the first objects built size the rest), then full ones, then sparse again.
    for (let i = 1; i <= 30; i++) {
      const full = i > 3 && i <= 25;
      rows.push([
        i,
        `Nguyễn Văn ${i}`,
        full || i % 2 ? 1980 : null,
        full ? "Giáo viên" : null,
        "Trường",
        full ? "x" : null,
      ]);
    }
    const [list] = readLists([sheet("DS cá nhân", rows)]);
    expect(list.records).toHaveLength(30);
    for (const record of list.records) expectPlain(record);
    expect(list.records[1].fields).toStrictEqual({ stt: "2", ten: "Nguyễn Văn 2", donVi: "Trường" });
    expect(list.records[1].cells).toStrictEqual({ stt: "A3", ten: "B3", donVi: "E3" });
    expect(Object.keys(list.records[10].fields)).toEqual([
      "stt",
      "ten",
      "ngaySinh",
      "chucVu",
      "donVi",
      "ghiChu",
    ]);
    expect(list.records[10].cells).toStrictEqual({
      stt: "A12",
      ten: "B12",
      ngaySinh: "C12",
      chucVu: "D12",
      donVi: "E12",
      ghiChu: "F12",
    });
    expect(list.records[26].fields).toStrictEqual({
      stt: "27",
      ten: "Nguyễn Văn 27",
      ngaySinh: "1980",
      donVi: "Trường",
    });
  });
});
