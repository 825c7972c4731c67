/**
 * Quotas as bars, drawn with CSS only: the quota (outlined) above what was put forward — the part
 * that counts, what is still short (hatched red) and what is over the maximum (orange). One scale
 * for every bar of a list, so units compare at a glance.
 */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { QuotaBar } from "../../core/summary";

const useStyles = makeStyles({
  bars: { display: "flex", flexDirection: "column", gap: "2px", minWidth: "8em", maxWidth: "32em" },
  track: { display: "flex", height: "8px" },
  part: { height: "100%", minWidth: 0 },
  quota: {
    boxSizing: "border-box",
    border: `1px solid ${tokens.colorNeutralStroke1Pressed}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  submitted: { backgroundColor: tokens.colorBrandBackground },
  short: {
    boxSizing: "border-box",
    border: `1px dashed ${tokens.colorPaletteRedBorder2}`,
    backgroundImage: `repeating-linear-gradient(45deg, transparent 0 3px, ${tokens.colorPaletteRedBackground2} 3px 6px)`,
  },
  over: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  key: { display: "inline-block", width: "12px", height: "8px", marginRight: "4px", verticalAlign: "middle" },
});

/** The longest bar of the list: everything is drawn against it. */
export function barScale(bars: readonly QuotaBar[]): number {
  return Math.max(1, ...bars.map((b) => Math.max(b.actual, b.target)));
}

/** "đã đề nghị 1, chỉ tiêu 2, còn thiếu 1": what a screen reader says for the picture. */
export function barWords(bar: QuotaBar): string {
  const gap = bar.short > 0 ? `, còn thiếu ${bar.short}` : bar.over > 0 ? `, vượt ${bar.over}` : "";
  return `${bar.label}: đã đề nghị ${bar.actual}, chỉ tiêu ${bar.target}${gap}`;
}

const percent = (n: number, scale: number): string => `${(100 * n) / scale}%`;

export function QuotaBarView({ bar, scale }: { bar: QuotaBar; scale: number }) {
  const styles = useStyles();
  const part = (kind: string, n: number, className: string) =>
    n > 0 && (
      <span
        data-part={kind}
        data-value={n}
        className={mergeClasses(styles.part, className)}
        style={{ width: percent(n, scale) }}
      />
    );
  return (
    <div
      className={styles.bars}
      role="img"
      aria-label={barWords(bar)}
      data-testid="quota-bar"
      data-met={bar.met}
    >
      <div className={styles.track}>{part("quota", bar.target, styles.quota)}</div>
      <div className={styles.track}>
        {part("submitted", bar.actual - bar.over, styles.submitted)}
        {part("short", bar.short, styles.short)}
        {part("over", bar.over, styles.over)}
      </div>
    </div>
  );
}

export function QuotaBarLegend() {
  const styles = useStyles();
  const key = (className: string, text: string) => (
    <span>
      <span className={mergeClasses(styles.key, className)} />
      {text}
    </span>
  );
  return (
    <Caption1 className={styles.legend} data-testid="quota-legend">
      {key(styles.quota, "Chỉ tiêu")}
      {key(styles.submitted, "Đã đề nghị")}
      {key(styles.short, "Còn thiếu")}
      {key(styles.over, "Vượt")}
    </Caption1>
  );
}
