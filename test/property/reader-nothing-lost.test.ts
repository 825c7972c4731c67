/**
 * Reading loses nothing: on any generated grid, every value of a text column on a record's row
 * reaches the record as the text the generator wrote (a name as a run of it, titles and footnote
 * marks aside), and every field's cell address names the cell the value came from. The expected text is derived from the generator's own values (and its
 * record of the legacy texts it wrote), never from the reader's helpers.
 */
import fc from "fast-check";
import { readLists } from "../../src/core/read";
import { columnNumber } from "../../src/core/read/address";
import type { Encoding, SheetGrid } from "../../src/core/types";
import { clerkGrid, LEGACY_TEXT, type ClerkValue } from "./grids";

/** What a host hands over for a clerk's value (errors as their text, as Range.values gives them). */
function hostValue(v: ClerkValue): unknown {
  return v !== null && typeof v === "object" && !(v instanceof Date) ? v.error : v;
}

const DATE_OR_GENDER = new Set(["ngaySinh", "gioiTinh"]);
/** Text with nothing a reader cleans away but spaces, tabs and line breaks. */
const PRINTABLE = /^(?:[^\p{C}\p{Z}]|[ \t\n])*$/u;
const ASCII = /^[\x20-\x7e\t\n]*$/;
/** Stands for "no exact text known": a random non-ASCII string in a list that decodes legacy text. */
const ANY_TEXT = Symbol("any text");

/**
 * The field a record must hold for a clerk's value: numbers as JavaScript writes them, booleans
 * as Excel shows them, date cells as ISO days, error cells and blanks as nothing, legacy text as
 * the Unicode it encodes, other text with its spaces trimmed and runs of them made one.
 */
function expectedField(v: ClerkValue, encoding: Encoding): string | undefined | typeof ANY_TEXT {
  if (v === null) return undefined;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") return undefined;
  const legacy = LEGACY_TEXT.get(v);
  if (legacy !== undefined) return legacy;
  // A list that leans to TCVN3 or VNI may decode any Latin-1 letters: only ASCII is certain there.
  if (!PRINTABLE.test(v) || (encoding !== "unicode" && !ASCII.test(v))) return ANY_TEXT;
  return v.replace(/[ \t\n]+/g, " ").trim() || undefined;
}

describe("reading loses nothing", () => {
  it("every cell of a mapped text column on a record's row is in the record, exactly, at its own address", () => {
    let records = 0;
    let exact = 0;
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
              // A record is one of the generated rows.
              expect(record.row).toBeGreaterThanOrEqual(top);
              expect(record.row).toBeLessThan(top + grid.rows.length);
              const row = grid.rows[record.row - top];
              for (const [field, address] of Object.entries(record.cells)) {
                const m = /^([A-Z]+)(\d+)$/.exec(address)!;
                expect(Number(m[2])).toBe(record.row);
                // The cell lies inside the grid and holds something.
                expect([null, undefined, ""]).not.toContain(row[columnNumber(m[1])! - left]);
                expect(record.fields[field as keyof typeof record.fields]).toEqual(
                  expect.stringMatching(/\S/),
                );
              }
              for (const column of list.columns) {
                if (DATE_OR_GENDER.has(column.field)) continue;
                const raw = row[columnNumber(column.column)! - left];
                const want = expectedField(raw, list.encoding);
                const got = record.fields[column.field];
                if (want === ANY_TEXT) {
                  // Its letters and digits, whatever they decode to, are not dropped.
                  if (/[\p{L}\p{N}]/u.test(raw as string)) expect(got).toEqual(expect.stringMatching(/\S/));
                  continue;
                }
                exact++;
                // Canonically equal text is the same text (the reader composes NFD Vietnamese only).
                if (column.field === "ten" && want !== undefined && got !== undefined) {
                  // A name may lose a title before it ("Ông", "ThS.BS") and a footnote mark or a
                  // remark after it ("*", "(đã nghỉ hưu)"), never a letter inside: what is left is a
                  // run of the clerk's own text.
                  expect(want.normalize("NFC")).toContain(got.normalize("NFC"));
                  continue;
                }
                expect(got?.normalize("NFC")).toBe(want?.normalize("NFC"));
              }
            }
          }
        },
      ),
      { numRuns: 4500 },
    );
    // The generator must produce lists with records, or the property says little.
    expect(records).toBeGreaterThan(1000);
    expect(exact).toBeGreaterThan(5000);
  });
});
