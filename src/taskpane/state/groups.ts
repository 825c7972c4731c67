/** Findings as the pane lists them: by severity (errors first), then by code, in reading order. */
import { FINDING_CODE_LABELS, SEVERITIES, SEVERITY_LABELS } from "../../core/summary";
import type { Finding, FindingCode, Severity } from "../../core/types";

export interface CodeGroup {
  code: FindingCode;
  label: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  label: string;
  count: number;
  codes: CodeGroup[];
}

export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => {
    const codes = new Map<FindingCode, Finding[]>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const list = codes.get(f.code);
      if (list) list.push(f);
      else codes.set(f.code, [f]);
    }
    return {
      severity,
      label: SEVERITY_LABELS[severity],
      count: [...codes.values()].reduce((n, l) => n + l.length, 0),
      codes: [...codes].map(([code, list]) => ({ code, label: FINDING_CODE_LABELS[code], findings: list })),
    };
  }).filter((g) => g.count > 0);
}

/** "Danh sách!C7" / "Danh sách, dòng 7" / "" — where a finding points, for its line in the list. */
export function findingPlace(f: Finding): string {
  if (f.sheet === null) return "";
  if (f.cell !== null) return `${f.sheet}!${f.cell}`;
  if (f.row !== null) return `${f.sheet}, dòng ${f.row}`;
  return f.sheet;
}

/** Findings shown at first under each code; "Xem thêm" adds as many again. */
export const FINDINGS_PAGE = 100;

/**
 * The slice of a group the list renders: `shown` findings (a page at first), so 10 000 findings
 * put a few hundred lines in the pane, not 10 000; `rest` says how many are left behind "Xem thêm".
 */
export function findingsPage<T>(items: readonly T[], shown = FINDINGS_PAGE): { visible: T[]; rest: number } {
  const visible = items.slice(0, Math.max(0, shown));
  return { visible, rest: items.length - visible.length };
}
