/**
 * Province tally throughput: n small unit workbooks (5–30 rows each) in memory. ExcelJS alone
 * loading them all is the floor; the full tally (port → checkWorkbook → consolidate → sheets) is
 * measured in the same run, and the ratio says what the product adds on top of parsing.
 */
import ExcelJS from "exceljs";
import { checkWorkbook } from "../src/core/run";
import { buildConsolidationSheets, consolidate, headerTextsOf, signedDate } from "../src/core/tally";
import type { RegistryUnit } from "../src/core/tally";
import { openWorkbook } from "../src/workbook";
import { testPlan, unitWorkbook, type FileSpec, type RecordSpec } from "../test/tally/generate-units";

const FIELDS = ["Y tế", "Giáo dục và đào tạo", "Nông nghiệp", "An sinh xã hội"];

function unitFile(i: number): { spec: FileSpec; unit: RegistryUnit } {
  const name = `Xã Số ${i + 1} Hòa Bình`;
  const rows = 5 + ((i * 7) % 26);
  const records: RecordSpec[] = [];
  for (let k = 0; k < rows; k++)
    records.push(
      k % 5 === 0
        ? { kind: "tap-the", name: `Tổ ${k} ${name}`, linhVuc: FIELDS[k % 4] }
        : {
            kind: "ca-nhan",
            name: `Nguyễn Văn ${i}-${k}`,
            birth: `${(k % 28) + 1}/0${(k % 9) + 1}/19${60 + (k % 40)}`,
            gender: k % 2 === 0 ? "Nam" : "Nữ",
            chucVu: "Giáo viên",
            linhVuc: FIELDS[k % 4],
          },
    );
  return {
    spec: {
      fileName: `UBND_xa_So_${i + 1}_Hoa_Binh.xlsx`,
      unit: name,
      titleLines: ["UBND TỈNH AN GIANG", `ỦY BAN NHÂN DÂN ${name.toUpperCase()}`],
      signed: { day: 20, month: 11, year: 2025 },
      records,
    },
    unit: { name, kind: "xa", group: null },
  };
}

export async function benchConsolidate(n = 700): Promise<{
  files: number;
  ratioToParse: number;
  filesPerSecond: number;
  parseMs: number;
  consolidateMs: number;
}> {
  const plan = testPlan();
  const made = Array.from({ length: n }, (_, i) => unitFile(i));
  const registry = made.map((m) => m.unit);
  const buffers = await Promise.all(made.map((m) => unitWorkbook(m.spec)));

  // Warm-up: JIT for both paths on a few files.
  for (const b of buffers.slice(0, 10))
    await new ExcelJS.Workbook().xlsx.load(b as unknown as ExcelJS.Buffer);

  let t0 = performance.now();
  for (const b of buffers) await new ExcelJS.Workbook().xlsx.load(b as unknown as ExcelJS.Buffer);
  const parseMs = performance.now() - t0;

  t0 = performance.now();
  const reports = [];
  const headerTexts = [];
  for (let i = 0; i < n; i++) {
    const sheets = await (await openWorkbook(new Uint8Array(buffers[i]), made[i].spec.fileName)).readSheets();
    const report = checkWorkbook(made[i].spec.fileName, sheets, plan, {
      reportDate: signedDate(sheets) ?? "2025-12-20",
    });
    reports.push(report);
    headerTexts.push(headerTextsOf(sheets, report.lists));
  }
  const c = consolidate({ reports, headerTexts, registry, plan, reportDate: "2025-12-20" });
  buildConsolidationSheets(c, plan);
  const consolidateMs = performance.now() - t0;
  if (c.unmatchedFiles.length !== 0 || c.missingUnits.length !== 0)
    throw new Error(`${c.unmatchedFiles.length} unmatched files, ${c.missingUnits.length} missing units`);

  return {
    files: n,
    ratioToParse: Math.round((consolidateMs / parseMs) * 100) / 100,
    filesPerSecond: Math.round(n / (consolidateMs / 1000)),
    parseMs: Math.round(parseMs),
    consolidateMs: Math.round(consolidateMs),
  };
}
