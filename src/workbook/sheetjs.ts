/**
 * SheetJS Community Edition (`@e965/xlsx`, never the stale `xlsx` package), loaded on first use:
 * the page fetches it as its own chunk only when a clerk opens an .xls, an .ods or an .xlsx that
 * ExcelJS refuses, so the pane's initial script does not carry it.
 */
import type * as XLSX from "@e965/xlsx";

export type SheetJs = typeof XLSX;

/** An entry of a zip or OLE container as SheetJS's CFB reader gives it. */
export interface ContainerEntry {
  name: string;
  content: Uint8Array;
}

/** The parts of SheetJS's CFB reader the port uses (typed `any` in the package). */
export interface CfbReader {
  read(data: Uint8Array, options: { type: "array" }): unknown;
  find(container: unknown, path: string): ContainerEntry | null;
}

/** `XLSX.parse_zip`: a workbook from a zip already unpacked by `CFB.read` (not in the typings). */
type ParseZip = (zip: unknown, options: XLSX.ParsingOptions) => XLSX.WorkBook;

let loading: Promise<SheetJs> | null = null;

export function loadSheetJs(): Promise<SheetJs> {
  loading ??= import("@e965/xlsx");
  return loading;
}

export function cfbOf(x: SheetJs): CfbReader {
  return x.CFB as CfbReader;
}

export function parseZip(x: SheetJs, zip: unknown, options: XLSX.ParsingOptions): XLSX.WorkBook {
  return (x as unknown as { parse_zip: ParseZip }).parse_zip(zip, options);
}

/** A part's text (UTF-8), or "" when the container has no such part. */
export function partText(x: SheetJs, container: unknown, path: string): string {
  // CFB finds a nested part only by its full path from the root ("/META-INF/manifest.xml").
  const entry = cfbOf(x).find(container, path.startsWith("/") ? path : `/${path}`);
  return entry === null ? "" : new TextDecoder().decode(entry.content);
}
