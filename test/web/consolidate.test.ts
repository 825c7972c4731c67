/**
 * "Tổng hợp tỉnh" as the web page runs it: 31 real unit workbooks and the registry, read from their
 * bytes, must give exactly the CLI's tally (the same core), and the sheets written through a port.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import {
  SHEET_PROVINCE,
  tallyProvince,
  tallyUnits,
  type ProvinceTally,
  type RegistryUnit,
} from "../../src/core/tally";
import type { UnitWorkbook } from "../../src/core/tally/province";
import { readSheetsOf } from "../../src/cli/read-file";
import { SUBJECT_KINDS } from "../../src/core/types";
import { readRegistrySource, readUnits, tallyWorkbook, writeTally } from "../../src/web/consolidate-files";
import type { Progress } from "../../src/web/progress";
import { openWorkbook } from "../../src/workbook";
import { kindCounts, scenario, TALLY_DATE, writeScenario } from "../tally/generate-units";
import { fixture, loadBook, pathSource, sheetValues } from "./helpers";

const S = scenario();
let dir: string;
let paths: string[];
let registryPath: string;
let tally: ProvinceTally;
let read: UnitWorkbook[];
let registryUnits: RegistryUnit[];
const seen: Progress[] = [];

/** File paths as the CLI keeps them become the bare names the browser has. */
function byName<T>(value: T): T {
  const folder = join(dir, "don-vi") + "/";
  return JSON.parse(
    JSON.stringify(value, (_, v: unknown) => (typeof v === "string" ? v.split(folder).join("") : v)),
  ) as T;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tdkt-web-tally-"));
  const written = await writeScenario(dir, S);
  registryPath = written.registryPath;
  paths = (await readdir(written.unitsDir)).sort().map((n) => join(written.unitsDir, n));
  const registry = await readRegistrySource(pathSource(registryPath));
  registryUnits = registry.units;
  read = await readUnits(paths.map(pathSource), { plan: S.plan, reportDate: TALLY_DATE }, (p) =>
    seen.push(p),
  );
  tally = tallyUnits(read, { registry: registryUnits, plan: S.plan, reportDate: TALLY_DATE });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readUnits and tallyUnits", () => {
  it("reports progress file n/N over every file", () => {
    expect(seen.map((p) => `${p.current}/${p.total} ${p.name}`)).toEqual(
      paths.map((p, i) => `${i + 1}/${paths.length} ${basename(p)}`),
    );
  });

  it("gives the CLI's tally, reports and sheets for the same files", async () => {
    const cli = await tallyProvince(
      paths.map((path) => ({ name: path, readSheets: () => readSheetsOf(path) })),
      { registry: registryUnits, plan: S.plan, reportDate: TALLY_DATE },
    );
    expect(tally).toEqual(byName(cli));
  });

  it("totals the scenario's records, lists the missing unit, the unmatched files and the duplicates", () => {
    const c = tally.consolidation;
    expect(c.totals.byKind).toEqual(kindCounts(S.files));
    expect(c.totals.files).toBe(S.files.filter((f) => !f.corrupt).length);
    expect(c.missingUnits).toEqual(
      S.registry.filter((u) => !S.files.some((f) => f.unit === u.name)).map((u) => u.name),
    );
    expect([...c.unmatchedFiles].sort()).toEqual(
      S.files
        .filter((f) => f.unit === null)
        .map((f) => f.fileName)
        .sort(),
    );
    expect(c.duplicates.length).toBe(2);
    expect(SUBJECT_KINDS.every((k) => c.totals.byKind[k] > 0)).toBe(true);
  });

  it("counts an unmatched file for the unit the clerk assigns it to, without reading the files again", () => {
    const [file] = tally.consolidation.unmatchedFiles;
    const missing = tally.consolidation.missingUnits[0];
    const chosen = tallyUnits(read, {
      registry: registryUnits,
      plan: S.plan,
      reportDate: TALLY_DATE,
      choices: { [file]: missing },
    });
    expect(chosen.consolidation.unmatchedFiles).not.toContain(file);
    const unit = chosen.consolidation.units.find((u) => u.unit === missing)!;
    expect([unit.status, unit.files]).toEqual(["da-nop", [file]]);
    expect(chosen.consolidation.missingUnits).not.toContain(missing);
  });
});

describe("writing the tally", () => {
  it("adds the consolidated sheets to an open workbook and leaves its own sheets as they were", async () => {
    const original = new Uint8Array(await readFile(fixture("06-hai-trang.xlsx")));
    const port = await openWorkbook(original, "06-hai-trang.xlsx");
    await writeTally(port, tally);
    const before = await loadBook(original);
    const after = await loadBook(await port.save());
    expect(after.worksheets.map((w) => w.name)).toEqual([
      ...before.worksheets.map((w) => w.name),
      ...tally.sheets.map((s) => s.name),
    ]);
    for (const ws of before.worksheets)
      expect(sheetValues(after.getWorksheet(ws.name)!)).toEqual(sheetValues(ws));
  });

  it("is a workbook of the four consolidated sheets in file mode, its totals as numbers", async () => {
    const book = await loadBook(await tallyWorkbook(tally));
    expect(book.worksheets.map((w) => w.name)).toEqual(tally.sheets.map((s) => s.name));
    const province = tally.sheets.find((s) => s.name === SHEET_PROVINCE)!;
    const ws = book.getWorksheet(SHEET_PROVINCE)!;
    const numbers = province.cells.filter((c) => typeof c.value === "number");
    expect(numbers.length).toBeGreaterThan(10);
    for (const c of numbers) expect(ws.getCell(c.row, c.col).value).toBe(c.value);
  });

  it("refuses a registry file with no unit, saying so", async () => {
    await expect(readRegistrySource(pathSource(fixture("06-hai-trang.xlsx")))).rejects.toThrow(
      "Danh mục đơn vị «06-hai-trang.xlsx» không có đơn vị nào đọc được.",
    );
  });
});
