/**
 * Award matrices beyond the example: marks under a merged "Hình thức khen thưởng" parent,
 * lower-case award names naming a sở or "cơ sở", and ✓ / x marks. Each marked column's header is
 * the row's award; a "Số quyết định" column beside them is not an award.
 */
import { readLists } from "../../src/core/read";
import type { SheetGrid } from "../../src/core/types";

function sheet(values: unknown[][], merges: SheetGrid["merges"] = []): SheetGrid {
  return { name: "DS", values, originRow: 1, originCol: 1, merges };
}

test("marks under a merged parent give each row the marked award, whatever the award's wording", () => {
  const [list] = readLists([
    sheet(
      [
        ["STT", "Họ và tên", "Ngày sinh", "Hình thức khen thưởng", null, null],
        [null, null, null, "bằng khen ubnd tỉnh", "giấy khen giám đốc sở", "chiến sĩ thi đua cơ sở"],
        [1, "Nguyễn Văn An", "01/02/1980", "✓", null, null],
        [2, "Trần Thị Bình", "03/04/1985", null, "x", null],
        [3, "Lê Văn Cường", "05/06/1990", null, null, "X"],
      ],
      [{ top: 1, left: 4, bottom: 1, right: 6 }],
    ),
  ]);
  expect(list.records.map((r) => r.fields.hinhThuc)).toEqual([
    "bằng khen ubnd tỉnh",
    "giấy khen giám đốc sở",
    "chiến sĩ thi đua cơ sở",
  ]);
});

test("a decision-number column named for an award is not a mark column", () => {
  const [list] = readLists([
    sheet([
      ["STT", "Họ và tên", "Ngày sinh", "Giấy khen", "Số quyết định giấy khen"],
      [1, "Nguyễn Văn An", "01/02/1980", "x", "12/QĐ-UBND"],
    ]),
  ]);
  expect(list.records[0].fields.hinhThuc).toBe("Giấy khen");
  expect(list.columns.filter((c) => c.field === "hinhThuc").map((c) => c.column)).toEqual(["D"]);
});
