/**
 * The adapter against `office-addin-mock`: what it queues, how many syncs, and that an error
 * raised by `context.sync()` reaches the caller unchanged.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the host enum of office-addin-manifest, whose dependency tree
// ships ES modules Jest's CommonJS runtime cannot load.
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));
import { createExcelPort } from "../../src/excel";
import { createMemorySettings } from "../../src/taskpane/state/memory-settings";

interface Recorded {
  ranges: string[];
  formats: { formula?: string; fill?: string }[];
  activated: number;
  selected: string[];
  values: unknown[];
  numberFormats: unknown[];
}

function mockExcel(syncError?: Error) {
  const rec: Recorded = {
    ranges: [],
    formats: [],
    activated: 0,
    selected: [],
    values: [],
    numberFormats: [],
  };
  const conditionalFormat = () => {
    const f = {
      custom: {
        rule: {} as { formula?: string },
        format: { fill: {} as { color?: string } },
      },
      delete() {},
    };
    return f;
  };
  const sheets = new Map<string, unknown>();
  const data = {
    context: {
      workbook: {
        worksheets: {
          getItem(name: string) {
            if (sheets.has(name)) return sheets.get(name);
            const sheet = {
              name,
              visibility: "Visible",
              load: () => sheet,
              activate: () => rec.activated++,
              getRange: (address: string) => ({
                select: () => rec.selected.push(`${name}!${address}`),
                conditionalFormats: { add: () => conditionalFormat() },
              }),
              getRanges: (address: string) => {
                rec.ranges.push(address);
                return {
                  conditionalFormats: {
                    add: () => {
                      const f = conditionalFormat();
                      rec.formats.push({});
                      const i = rec.formats.length - 1;
                      Object.defineProperty(f.custom.rule, "formula", {
                        set: (v: string) => {
                          rec.formats[i].formula = v;
                        },
                      });
                      Object.defineProperty(f.custom.format.fill, "color", {
                        set: (v: string) => {
                          rec.formats[i].fill = v;
                        },
                      });
                      return f;
                    },
                  },
                };
              },
              getRangeByIndexes: () => ({
                set values(v: unknown) {
                  rec.values.push(v);
                },
                set numberFormat(v: unknown) {
                  rec.numberFormats.push(v);
                },
              }),
            };
            sheets.set(name, sheet);
            return sheet;
          },
        },
      },
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: Excel.RequestContext & { sync(): Promise<void> };
  };
  const context = mock.context;
  const sync = jest.spyOn(context, "sync");
  if (syncError) sync.mockRejectedValue(syncError);
  const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context);
  return { port: createExcelPort(createMemorySettings(), run), rec, sync };
}

describe("adapter over office-addin-mock", () => {
  test("select: visibility first, then activate and select: two syncs", async () => {
    const { port, rec, sync } = mockExcel();
    await port.select("Cá nhân", "C12");
    expect(rec.activated).toBe(1);
    expect(rec.selected).toEqual(["Cá nhân!C12"]);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  test("writeCells: one row block of number formats and values, strings as text, gaps null, one sync", async () => {
    const { port, rec, sync } = mockExcel();
    await port.writeCells("Mẫu", [
      { row: 2, col: 1, value: "=SUM(A1)" },
      { row: 2, col: 3, value: 5, numFmt: "0.0" },
    ]);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(rec.numberFormats).toEqual([[["@", null, "0.0"]]]);
    expect(rec.values).toEqual([[["=SUM(A1)", null, 5]]]);
  });

  test.each([
    ["select", (p: ReturnType<typeof createExcelPort>) => p.select("A", "A1")],
    [
      "writeCells",
      (p: ReturnType<typeof createExcelPort>) => p.writeCells("A", [{ row: 1, col: 1, value: "x" }]),
    ],
  ])("%s: an error raised by sync propagates unchanged", async (_name, call) => {
    const failure = Object.assign(new Error("Access denied"), { code: "AccessDenied" });
    const { port } = mockExcel(failure);
    await expect(call(port)).rejects.toBe(failure);
  });
});
