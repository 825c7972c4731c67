/**
 * "Tổng hợp tỉnh" in the browser: the unit workbooks the clerk picked, opened one at a time on the
 * ExcelJS port and handed to the core's tally (src/core/tally). Checking, matching, consolidating
 * and the sheets are all the core's; this file only reads bytes and writes the result.
 */
import type { WorkbookPort } from "../core/port";
import {
  readRegistry,
  readUnits as checkUnits,
  type ProvinceTally,
  type RegistryUnit,
  type UnitSetup,
  type UnitSource,
  type UnitWorkbook,
} from "../core/tally";
import type { Finding, SheetGrid } from "../core/types";
import { createWorkbook } from "../workbook";
import { errorMessage } from "../core/run";
import { readSourceSheets, type FileSource } from "./file-source";
import { repainting, type OnProgress } from "./progress";
import { canUseTallyWorkers, readUnitsInWorkers } from "./tally-in-workers";

/** A picked file as the core's tally reads it: its bytes opened on the ExcelJS port only when its turn comes. */
function unitSource(source: FileSource): UnitSource {
  return { name: source.name, readSheets: () => readSourceSheets(source) };
}

/**
 * Reads and checks every unit workbook (core `readUnits`): the slow part, done once per pick of
 * files. In the page, on Web Workers so the page stays responsive; elsewhere (tests, a page
 * without workers) in this thread, repainting the progress bar between files.
 */
export function readUnits(
  sources: readonly FileSource[],
  setup: UnitSetup,
  onProgress?: OnProgress,
): Promise<UnitWorkbook[]> {
  const files = sources.flatMap((s) => (s.file ? [{ name: s.name, file: s.file }] : []));
  if (canUseTallyWorkers() && files.length === sources.length && files.length > 1)
    return readUnitsInWorkers(files, setup, onProgress);
  return checkUnits(sources.map(unitSource), { ...setup, onProgress: repainting(onProgress) });
}

export interface RegistryResult {
  units: RegistryUnit[];
  /** Rows of the registry that were left out, with why. */
  findings: Finding[];
}

/** The registry from a picked workbook; throws the reason (Vietnamese) when it cannot be used. */
export async function readRegistrySource(source: FileSource): Promise<RegistryResult> {
  let sheets: SheetGrid[];
  try {
    sheets = await readSourceSheets(source);
  } catch (e) {
    throw new Error(`Không đọc được danh mục đơn vị «${source.name}»: ${errorMessage(e)}`);
  }
  const result = readRegistry(sheets);
  if (result.units.length === 0)
    throw new Error(`Danh mục đơn vị «${source.name}» không có đơn vị nào đọc được.`);
  return result;
}

/** The consolidated sheets written into a workbook: the open one in Excel, a new one in file mode. */
export async function writeTally(port: WorkbookPort, tally: ProvinceTally): Promise<void> {
  for (const sheet of tally.sheets) await port.writeSheet(sheet);
}

/** The consolidated workbook as .xlsx bytes, for the download in file mode. */
export async function tallyWorkbook(tally: ProvinceTally): Promise<Uint8Array> {
  const book = createWorkbook();
  await writeTally(book, tally);
  return book.save();
}
