/**
 * Reading profiles: what matching a workbook's sheets against many saved layouts costs. A province
 * clerk may keep a profile for each of dozens of templates; every sheet of every file is matched
 * against all of them before it is read.
 */
import { readLists, type ReadingProfile } from "../src/core/read";
import { profileId } from "../src/core/read/profile";
import type { SheetGrid } from "../src/core/types";
import { benchGrid } from "./core-read";

/** `n` layouts that never match the bench list (other header texts), each a real profile. */
function otherProfiles(n: number): ReadingProfile[] {
  return Array.from({ length: n }, (_, i) => {
    const signature = {
      rows: 1 + (i % 2),
      columns: ["stt", `ho va ten ${i}`, "ma dt", "thanh tich"].map((text, c) => ({
        column: String.fromCharCode(65 + c),
        text,
      })),
    };
    return { id: profileId(signature), name: `Mẫu ${i}`, signature, kind: "ca-nhan" as const };
  });
}

export async function benchProfiles(): Promise<{
  sheetsPerSecondWithout: number;
  sheetsPerSecondWith100Profiles: number;
  rowsPerSheet: number;
}> {
  const rowsPerSheet = 200;
  const sheets: SheetGrid[] = Array.from({ length: 50 }, (_, i) => ({
    ...benchGrid(rowsPerSheet),
    name: `DS ${i}`,
  }));
  const profiles = otherProfiles(100);
  const rate = (options: { profiles?: ReadingProfile[] }): number => {
    readLists(sheets, options); // warm-up
    const runs = 5;
    const t0 = performance.now();
    for (let k = 0; k < runs; k++) readLists(sheets, options);
    return Math.round((runs * sheets.length) / ((performance.now() - t0) / 1000));
  };
  await Promise.resolve();
  return {
    sheetsPerSecondWithout: rate({}),
    sheetsPerSecondWith100Profiles: rate({ profiles }),
    rowsPerSheet,
  };
}
