/**
 * Findings grouped by severity then code; clicking one asks the host to select its cell. Each code
 * group can be folded and shows a page of findings at a time, so 10 000 findings stay fluid.
 */
import { Badge, Button, Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Finding, FindingCode, Severity } from "../../core/types";
import { findingTarget } from "../state/check";
import { findingPlace, findingsPage, FINDINGS_PAGE, groupFindings } from "../state/groups";

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface FindingsListProps {
  findings: readonly Finding[];
  /** Absent: places are plain text (no host to select a cell in). */
  onSelect?: (finding: Finding) => void;
}

export function FindingsList({ findings, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const [shown, setShown] = useState<Record<string, number>>({});
  const [folded, setFolded] = useState<Record<string, boolean>>({});
  if (findings.length === 0)
    return <Caption1 data-testid="findings-empty">Không có lỗi hay cảnh báo nào.</Caption1>;
  const key = (severity: Severity, code: FindingCode) => `${severity}/${code}`;
  return (
    <div className={styles.group} data-testid="findings">
      {groups.map((g) => (
        <section key={g.severity} className={styles.group} data-severity={g.severity}>
          <Subtitle2>
            <Badge color={BADGE[g.severity]} appearance="filled">
              {g.count}
            </Badge>{" "}
            {g.label}
          </Subtitle2>
          {g.codes.map((c) => {
            const k = key(g.severity, c.code);
            const page = findingsPage(c.findings, shown[k]);
            return (
              <div key={c.code} data-code={c.code}>
                <Button
                  appearance="transparent"
                  size="small"
                  aria-expanded={folded[k] !== true}
                  onClick={() => setFolded({ ...folded, [k]: folded[k] !== true })}
                >
                  <Caption1>
                    {folded[k] === true ? "▸" : "▾"} <strong>{c.label}</strong> ({c.findings.length})
                  </Caption1>
                </Button>
                {folded[k] !== true && (
                  <ul className={styles.items}>
                    {page.visible.map((f, i) => {
                      const place = findingPlace(f);
                      const clickable = onSelect !== undefined && findingTarget(f) !== null;
                      return (
                        <li key={i} data-finding={f.code}>
                          {clickable ? (
                            <Link as="button" onClick={() => onSelect(f)} data-place={place}>
                              {place}
                            </Link>
                          ) : (
                            place
                          )}
                          {place !== "" && ": "}
                          {f.message}
                        </li>
                      );
                    })}
                  </ul>
                )}
                {folded[k] !== true && page.rest > 0 && (
                  <Button
                    size="small"
                    data-testid="findings-more"
                    onClick={() => setShown({ ...shown, [k]: page.visible.length + FINDINGS_PAGE })}
                  >
                    Xem thêm {Math.min(FINDINGS_PAGE, page.rest)} (còn {page.rest})
                  </Button>
                )}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
