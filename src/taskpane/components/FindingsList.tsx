/** Findings grouped by severity then code; clicking one asks the host to select its cell. */
import { Badge, Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/types";
import { findingTarget } from "../state/check";
import { findingPlace, groupFindings } from "../state/groups";

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
  if (findings.length === 0)
    return <Caption1 data-testid="findings-empty">Không có lỗi hay cảnh báo nào.</Caption1>;
  return (
    <div className={styles.group} data-testid="findings">
      {groupFindings(findings).map((g) => (
        <section key={g.severity} className={styles.group} data-severity={g.severity}>
          <Subtitle2>
            <Badge color={BADGE[g.severity]} appearance="filled">
              {g.count}
            </Badge>{" "}
            {g.label}
          </Subtitle2>
          {g.codes.map((c) => (
            <div key={c.code} data-code={c.code}>
              <Caption1>
                <strong>{c.label}</strong> ({c.findings.length})
              </Caption1>
              <ul className={styles.items}>
                {c.findings.map((f, i) => {
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
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
