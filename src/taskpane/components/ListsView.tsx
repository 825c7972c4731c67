/**
 * How the workbook was read, sheet by sheet, as a correction table the clerk can change: each sheet
 * a list or not, its header row, the kind of its records, and every column (recognised or not).
 * Corrections are made per layout (reading profile), so one correction reads every file of it.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Correction, SheetLayout } from "../../core/read/profile-correct";
import { ReadingTable } from "./ReadingTable";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface ListsViewProps {
  layouts: readonly SheetLayout[];
  /** Award forms of the plan, offered for a column's values ("X → Bằng khen"). */
  awards: readonly string[];
  /** Absent: the reading is shown read-only. */
  onCorrect?: (sheet: string, correction: Correction) => void;
  disabled?: boolean;
}

export function ListsView({ layouts, awards, onCorrect, disabled }: ListsViewProps) {
  const styles = useStyles();
  if (layouts.length === 0) return <Caption1>Không có trang tính nào có dữ liệu trong sổ làm việc.</Caption1>;
  return (
    <div className={styles.list} data-testid="lists-view">
      {layouts.map((layout) => (
        // Keyed by the header row too: the row field starts afresh once the header moved.
        <ReadingTable
          key={`${layout.sheet}-${layout.headerRows[0]}-${layout.records === null}`}
          layout={layout}
          awards={awards}
          disabled={disabled}
          onCorrect={onCorrect === undefined ? undefined : (c) => onCorrect(layout.sheet, c)}
        />
      ))}
    </div>
  );
}
