/** Every finding of a nomination report, in one order for all readers: each list's, then the file's. */
import type { FileReport, Finding } from "./types";

export function reportFindings(report: FileReport): Finding[] {
  return [...report.lists.flatMap((l) => l.findings), ...report.findings];
}
