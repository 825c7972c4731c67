/** Many files in one run: progress file n/N, an unreadable file answered with its message, the others checked. */
import { getBuiltinPlan } from "../../src/core/plan";
import { checkDocument } from "../../src/core/document";
import { checkSources } from "../../src/web/check-files";
import type { Progress } from "../../src/web/progress";
import { openWorkbook } from "../../src/workbook";
import { BROKEN_FIXTURES } from "../fixtures/build-fixtures";
import { fixture, pathSource, sample } from "./helpers";

const plan = getBuiltinPlan("an-giang-2025")!;
const OPTIONS = { reportDate: "2025-11-20", unitKind: "xa" as const };

describe("checkSources", () => {
  it("checks good files around bad ones, reporting each bad one's reason and progress for all", async () => {
    const paths = [
      sample("an-giang-2025-xa-my-hoa-hung.xlsx"),
      ...BROKEN_FIXTURES.map((b) => fixture(b.file)),
      fixture("06-hai-trang.xlsx"),
    ];
    const seen: Progress[] = [];
    const results = await checkSources(
      paths.map(pathSource),
      plan,
      () => OPTIONS,
      (p) => seen.push(p),
    );

    expect(seen).toEqual(
      paths.map((p, i) => ({ current: i + 1, total: paths.length, name: pathSource(p).name })),
    );
    expect(results.map((r) => r.source.name)).toEqual(paths.map((p) => pathSource(p).name));
    BROKEN_FIXTURES.forEach((b, i) => {
      const r = results[i + 1];
      expect([b.file, r.ok ? "ok" : r.error.slice(0, b.message.length)]).toEqual([b.file, b.message]);
    });
    for (const r of [results[0], results[results.length - 1]]) {
      if (!r.ok) throw new Error(r.error);
      // The same report the core gives for the same sheets: file mode adds nothing and drops nothing.
      const sheets = await (await openWorkbook(await r.source.read(), r.source.name)).readSheets();
      expect(r.doc).toEqual(checkDocument(r.source.name, sheets, plan, OPTIONS));
      // The default «Tổng hợp» sheet (neither file holds a template), built for this very file.
      const summary = r.summary?.kind === "sheet" ? r.summary.sheet : null;
      expect(summary?.name).toBe("Tổng hợp");
      expect(summary?.cells.map((c) => c.value)).toContain(`Tệp danh sách: ${r.source.name}`);
    }
  });

  it("checks a media log as one under plan an-giang-2021", async () => {
    const media = getBuiltinPlan("an-giang-2021")!;
    const [ok] = await checkSources(
      [pathSource(sample("an-giang-2021-nhat-ky-tin-bai.xlsx"))],
      media,
      () => OPTIONS,
    );
    expect(ok.ok && ok.doc.listType).toBe("media");
  });

  it("reads each file with the column corrections given for it", async () => {
    const source = pathSource(fixture("06-hai-trang.xlsx"));
    const other = pathSource(sample("an-giang-2025-xa-my-hoa-hung.xlsx"));
    const [plain] = await checkSources([source], plan, () => OPTIONS);
    if (!plain.ok || plain.doc.listType !== "nomination") throw new Error("a nomination list is expected");
    const list = plain.doc.report.lists[0];
    const column = list.columns.find((c) => c.field === "ten")!.column;
    const corrections = { [source.name]: { [list.sheet]: { [column]: null } } };
    const [corrected, untouched] = await checkSources([source, other], plan, (s) => ({
      ...OPTIONS,
      columnOverrides: corrections[s.name] ?? {},
    }));
    if (!corrected.ok || corrected.doc.listType !== "nomination")
      throw new Error("a nomination list is expected");
    const after = corrected.doc.report.lists.find((l) => l.sheet === list.sheet);
    // The name column switched off for that file only.
    expect(after?.columns.some((c) => c.column === column) ?? false).toBe(false);
    const [alone] = await checkSources([other], plan, () => OPTIONS);
    expect(untouched).toEqual(alone);
  });
});
