import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { getBuiltinPlan } from "../src/core/plan";
import { checkWorkbook } from "../src/core/run";
import type { SheetGrid } from "../src/core/types";
import { readWorkbookSheets } from "../src/workbook";
import { FIXTURES_DIR, WORKBOOK_FIXTURES } from "../test/fixtures/build-fixtures";
import { delimitedText, htmlBook, utf16le, windows1258, xml2003Book } from "../test/formats/text-twins";
const plan = getBuiltinPlan("an-giang-2025")!;
const brief = (sheets: SheetGrid[], first = false) => {
  const r = checkWorkbook("f", sheets, plan, { reportDate: "2025-11-20", unitKind: "xa" });
  return (first ? r.lists.filter((l) => l.sheet === r.lists[0]?.sheet) : r.lists).map((l) => ({
    h: l.headerRows, enc: l.encoding,
    rec: l.records.map((x) => [x.row, x.kind, x.fields.ten, x.fields.ngaySinh ?? null]),
    f: l.findings.map((f) => `${f.code}@${f.cell ?? f.row}`),
  }));
};
(async () => {
  for (const fx of WORKBOOK_FIXTURES) {
    const orig = await readWorkbookSheets(new Uint8Array(await readFile(join(FIXTURES_DIR, fx.file))), fx.file);
    const want = JSON.stringify(brief(orig));
    const wantFirst = JSON.stringify(brief([orig[0]], true));
    const enc = new TextEncoder();
    const twins: [string, Uint8Array, boolean][] = [
      ["x.xls", enc.encode(htmlBook(orig)), false],
      ["x.xml", enc.encode(xml2003Book(orig)), false],
      ["x.csv", enc.encode("\ufeff" + delimitedText(orig[0], ";")), true],
      ["x.txt", utf16le(delimitedText(orig[0], "\t")), true],
    ];
    try { twins.push(["y.csv", windows1258(delimitedText(orig[0], ",")), true]); } catch (e) { console.log(fx.file, "1258:", (e as Error).message); }
    for (const [name, bytes, first] of twins) {
      try {
        const got = JSON.stringify(brief(await readWorkbookSheets(bytes, name), first));
        const w = first ? wantFirst : want;
        if (got !== w) console.log(fx.file, name, "DIFF\n  want", w.slice(0, 600), "\n  got ", got.slice(0, 600));
      } catch (e) { console.log(fx.file, name, "ERR", (e as Error).message); }
    }
  }
})();
