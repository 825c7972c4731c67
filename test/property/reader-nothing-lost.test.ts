/**
 * Reading loses nothing: on any generated grid, every value of a text column on a record's row
 * reaches the record, and every field's cell address names the cell the value came from.
 */
import fc from "fast-check";
import { cleanText, readLists } from "../../src/core/read";
import { columnNumber } from "../../src/core/read/address";
import type { SheetGrid } from "../../src/core/types";
import { clerkGrid, type ClerkValue } from "./grids";

/** What a host hands over for a clerk's value (errors as their text, as Range.values gives them). */
function hostValue(v: ClerkValue): unknown {
  return v !== null && typeof v === "object" && !(v instanceof Date) ? v.error : v;
}

const DATE_OR_GENDER = new Set(["ngaySinh", "gioiTinh"]);

describe("reading loses nothing", () => {
  it("every filled cell of a mapped text column on a record's row is in the record, at its own address", () => {
    let records = 0;
    fc.assert(
      fc.property(
        clerkGrid,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (grid, top, left) => {
          const values = grid.rows.map((row) => row.map(hostValue));
          const sheet: SheetGrid = { name: "Danh sách", values, originRow: top, originCol: left };
          for (const list of readLists([sheet])) {
            for (const record of list.records) {
              records++;
              const row = values[record.row - top];
              expect(row).toBeDefined();
              for (const [field, address] of Object.entries(record.cells)) {
                const m = /^([A-Z]+)(\d+)$/.exec(address)!;
                expect(Number(m[2])).toBe(record.row);
                const raw = row[columnNumber(m[1])! - left];
                expect(raw === null || raw === undefined || raw === "").toBe(false);
                expect(record.fields[field as keyof typeof record.fields]).toBeDefined();
              }
              for (const column of list.columns) {
                if (DATE_OR_GENDER.has(column.field)) continue;
                const raw = row[columnNumber(column.column)! - left];
                const filled = typeof raw === "number" || (typeof raw === "string" && cleanText(raw) !== "");
                const error = typeof raw === "string" && raw.startsWith("#");
                if (filled && !error) expect(record.fields[column.field]).toBeDefined();
              }
            }
          }
        },
      ),
      { numRuns: 4500 },
    );
    // The generator must produce lists with records, or the property says little.
    expect(records).toBeGreaterThan(1000);
  });
});
