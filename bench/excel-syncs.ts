/**
 * Office.js round trips of one full check in Excel, on the in-memory Excel double: readSheets →
 * checkWorkbook → highlight of the findings' cells (~5 % of rows made faulty) → writeSheet of a
 * summary. Reports syncs per check at 100, 10 000 and 100 000 records and the largest single
 * request (queued operations + loaded data, JSON bytes) against Excel on the web's 5 MB cap.
 */
import { getBuiltinPlan } from "../src/core/plan";
import type { HighlightGroup, SheetCell, SheetModel } from "../src/core/port";
import { checkWorkbook } from "../src/core/run";
import { createExcelPort } from "../src/excel";
import { createExcelDouble, createWorkbook, setCell } from "../test/excel-double";
import { addNominationSheet, FIRST_RECORD_ROW } from "../test/excel-double/nomination";

const SIZES = ["100", "10000", "100000"] as const;

/** A summary-sized sheet: title, a 20-row table of counts with borders, merges, widths. */
function summaryModel(counts: Record<string, number>): SheetModel {
  const cells: SheetCell[] = [
    { row: 1, col: 1, value: "TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG", style: { bold: true, align: "center" } },
  ];
  const header = ["STT", "Đối tượng", "Số lượng", "Chỉ tiêu", "Đạt", "Ghi chú"];
  header.forEach((h, i) =>
    cells.push({ row: 3, col: i + 1, value: h, style: { bold: true, border: true, fill: "#D9E1F2" } }),
  );
  for (let r = 0; r < 20; r++)
    [r + 1, Object.keys(counts)[r % 3] ?? "", Object.values(counts)[r % 3] ?? 0, 2, "Đạt", ""].forEach(
      (v, i) =>
        cells.push({
          row: 4 + r,
          col: i + 1,
          value: v,
          numFmt: typeof v === "number" ? "#,##0" : undefined,
          style: { border: true },
        }),
    );
  return {
    name: "Tổng hợp",
    cells,
    merges: [{ top: 1, left: 1, bottom: 1, right: 6 }],
    columnWidths: [6, 30, 12, 12, 10, 20],
  };
}

export async function benchExcelSyncs(): Promise<{
  syncsPerCheck: Record<"100" | "10000" | "100000", number>;
  maxRequestBytes: number;
  detail: Record<
    string,
    {
      readSheets: number;
      highlight: number;
      writeSheet: number;
      clearHighlights: number;
      highlightedCells: number;
      maxRequestBytes: number;
    }
  >;
}> {
  const plan = getBuiltinPlan("an-giang-2025");
  if (plan === undefined) throw new Error("plan an-giang-2025 missing");
  const syncsPerCheck = {} as Record<(typeof SIZES)[number], number>;
  const detail: Record<
    string,
    {
      readSheets: number;
      highlight: number;
      writeSheet: number;
      clearHighlights: number;
      highlightedCells: number;
      maxRequestBytes: number;
    }
  > = {};
  let maxRequestBytes = 0;
  for (const size of SIZES) {
    const n = Number(size);
    const model = createWorkbook();
    const sheet = addNominationSheet(model, "Cá nhân", n);
    // Every 20th record lacks its birth date: ~5 % of rows carry a finding.
    for (let i = 0; i < n; i += 20) setCell(sheet, FIRST_RECORD_ROW + i, 3, "");
    const double = createExcelDouble(model);
    const port = createExcelPort(double.run);
    const step = async (action: () => Promise<unknown>): Promise<number> => {
      const before = double.stats.syncs;
      await action();
      return double.stats.syncs - before;
    };
    let sheets: Awaited<ReturnType<typeof port.readSheets>> = [];
    const readSheets = await step(async () => (sheets = await port.readSheets()));
    const report = checkWorkbook("bench.xlsx", sheets, plan, { reportDate: "2025-11-01", unitKind: "xa" });
    const bySheet = new Map<string, HighlightGroup>();
    let highlightedCells = 0;
    for (const f of report.lists.flatMap((l) => l.findings)) {
      if (f.sheet === null || f.cell === null || f.severity === "info") continue;
      const key = `${f.sheet}\u0000${f.severity}`;
      const g = bySheet.get(key) ?? { sheet: f.sheet, severity: f.severity, addresses: [] };
      g.addresses.push(f.cell);
      bySheet.set(key, g);
      highlightedCells++;
    }
    const highlight = await step(() => port.highlight([...bySheet.values()]));
    const writeSheet = await step(() => port.writeSheet(summaryModel(report.counts)));
    const clearHighlights = await step(() => port.clearHighlights());
    syncsPerCheck[size] = readSheets + highlight + writeSheet;
    detail[size] = {
      readSheets,
      highlight,
      writeSheet,
      clearHighlights,
      highlightedCells,
      maxRequestBytes: double.stats.maxRequestBytes,
    };
    maxRequestBytes = Math.max(maxRequestBytes, double.stats.maxRequestBytes);
  }
  return { syncsPerCheck, maxRequestBytes, detail };
}

if (require.main === module) benchExcelSyncs().then((r) => console.log(JSON.stringify(r, null, 2)));
