/** The `--json` report of `tdkt kiem-tra` as DESIGN.md ("Contracts") documents it, for tests to read. */
export interface JsonFinding {
  code: string;
  severity: string;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  field: string | null;
  message: string;
}
export interface JsonList {
  sheet: string;
  headerRows: number[];
  encoding: string;
  counts: Record<string, number>;
  records: { row: number; kind: string | null; fields: Record<string, string> }[];
  findings: JsonFinding[];
}
export interface JsonFile {
  file: string;
  error: string | null;
  lists: JsonList[];
  findings: JsonFinding[];
  quota: unknown[];
}
export interface JsonReport {
  plan: string;
  files: JsonFile[];
}

/** The report a `--json` run printed (a run that printed anything else fails here). */
export function jsonReport(out: string): JsonReport {
  return JSON.parse(out) as JsonReport;
}
