/**
 * A workbook the clerk picked or dropped. Its bytes are read only when its turn comes, so a
 * province clerk's 700 files are never all held in memory at once.
 */
import type { SheetGrid } from "../core/types";
import { readWorkbookSheets } from "../workbook";

export interface FileSource {
  name: string;
  read(): Promise<Uint8Array>;
  /** The picked file itself, which a Web Worker can be handed (it reads the bytes there). */
  file?: Blob;
}

export function fromBrowserFile(file: File): FileSource {
  return { name: file.name, read: async () => new Uint8Array(await file.arrayBuffer()), file };
}

/** Excel's "~$name.xlsx" lock files come along when a clerk selects a whole folder: they are not lists. */
export function isLockFile(name: string): boolean {
  return name.startsWith("~$");
}

/** Every sheet of the workbook as a grid; rejects with the port's Vietnamese reason when it is not a readable workbook. */
export async function readSourceSheets(source: FileSource): Promise<SheetGrid[]> {
  return readWorkbookSheets(await source.read(), source.name);
}
