/**
 * The lists the reader found: sheet, header rows, and the column mapping, each column with a
 * dropdown the clerk can correct (or set to "not read"). Columns the clerk switched off stay in the
 * table so the choice can be undone.
 */
import { Caption1, Dropdown, Option, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { FIELD_LABELS } from "../../core/labels";
import type { ColumnOverrides, FieldKey, NominationList } from "../../core/types";

export type ColumnChoice = FieldKey | null | "auto";

const AUTO = "auto";
const IGNORE = "ignore";
const FIELDS = Object.keys(FIELD_LABELS) as FieldKey[];

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: {
    display: "grid",
    gridTemplateColumns: "2.5em 1fr 11em",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  header: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  dropdown: { minWidth: "0" },
});

function rowsText(rows: number[]): string {
  if (rows.length === 0) return "";
  return rows.length === 1 ? `dòng ${rows[0]}` : `dòng ${rows[0]}–${rows[rows.length - 1]}`;
}

interface ColumnRow {
  column: string;
  header: string;
  field: FieldKey | null;
  overridden: boolean;
}

function columnRows(list: NominationList, overrides: Record<string, FieldKey | null>): ColumnRow[] {
  const rows: ColumnRow[] = list.columns.map((c) => ({
    column: c.column,
    header: c.header,
    field: c.field,
    overridden: c.column in overrides,
  }));
  for (const [column, field] of Object.entries(overrides))
    if (field === null && !rows.some((r) => r.column === column))
      rows.push({ column, header: "", field: null, overridden: true });
  return rows.sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
}

export interface ListsViewProps {
  lists: readonly NominationList[];
  overrides: ColumnOverrides;
  /** Absent: the mapping is shown read-only. */
  onChangeColumn?: (sheet: string, column: string, choice: ColumnChoice) => void;
  disabled?: boolean;
}

export function ListsView({ lists, overrides, onChangeColumn, disabled }: ListsViewProps) {
  const styles = useStyles();
  if (lists.length === 0) return <Caption1>Không tìm thấy danh sách nào trong sổ làm việc.</Caption1>;
  return (
    <div className={styles.list} data-testid="lists-view">
      {lists.map((list, i) => (
        <section key={`${list.sheet}-${i}`} className={styles.list} data-sheet={list.sheet}>
          <Subtitle2>
            {list.sheet} — {list.records.length} hồ sơ
          </Subtitle2>
          <Caption1>
            Tiêu đề ở {rowsText(list.headerRows)}
            {list.encoding !== "unicode" &&
              ` · bảng mã: ${list.encoding.toUpperCase()} (đã chuyển sang Unicode)`}
          </Caption1>
          {columnRows(list, overrides[list.sheet] ?? {}).map((c) => {
            const value = c.overridden ? (c.field ?? IGNORE) : AUTO;
            const label = c.field === null ? "Bỏ qua cột này" : FIELD_LABELS[c.field];
            return (
              <div key={`${c.column}-${c.field}`} className={styles.row} data-column={c.column}>
                <strong>{c.column}</strong>
                <Caption1 className={styles.header} title={c.header}>
                  {c.header}
                </Caption1>
                <Dropdown
                  className={styles.dropdown}
                  size="small"
                  aria-label={`Cột ${c.column} của ${list.sheet}`}
                  disabled={disabled || onChangeColumn === undefined}
                  value={c.overridden ? label : `${label} (tự nhận)`}
                  selectedOptions={[value]}
                  onOptionSelect={(_, d) => {
                    const v = d.optionValue;
                    if (v === undefined || onChangeColumn === undefined) return;
                    onChangeColumn(
                      list.sheet,
                      c.column,
                      v === AUTO ? "auto" : v === IGNORE ? null : (v as FieldKey),
                    );
                  }}
                >
                  <Option value={AUTO}>Tự nhận dạng</Option>
                  <Option value={IGNORE}>Bỏ qua cột này</Option>
                  {FIELDS.map((f) => (
                    <Option key={f} value={f}>
                      {FIELD_LABELS[f]}
                    </Option>
                  ))}
                </Dropdown>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
