/**
 * The correction table of one sheet: how it was read (a list or not, its header row, the kind of
 * its records) and every column with its header and a sample value, each settable to any field or
 * to "Bỏ qua cột này"; a code column's values can each name a kind or an award. A correction
 * becomes the reading profile of the sheet's layout (the host saves it and reads again).
 */
import {
  Button,
  Caption1,
  Dropdown,
  Input,
  Option,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { FIELD_LABELS, KIND_LABELS } from "../../core/labels";
import { foldKey } from "../../core/read";
import type { Correction, LayoutColumn, SheetLayout } from "../../core/read/profile-correct";
import { SUBJECT_KINDS, type FieldKey, type SubjectKind } from "../../core/types";

const AUTO = "auto";
const IGNORE = "ignore";
const NONE = "none";
const FIELDS = Object.keys(FIELD_LABELS) as FieldKey[];
/** Offered for "X → …" when the plan names no award forms of its own. */
const GENERIC_AWARDS = ["Bằng khen", "Giấy khen", "Chiến sĩ thi đua", "Cờ thi đua"];

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  controls: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  rowInput: { width: "5em" },
  column: {
    display: "grid",
    gridTemplateColumns: "2.5em minmax(0, 1fr) 11em",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  texts: { display: "flex", flexDirection: "column", minWidth: 0 },
  clip: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  values: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: "2.5em",
  },
  value: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 11em", alignItems: "center" },
  dropdown: { minWidth: "0" },
});

export interface ReadingTableProps {
  layout: SheetLayout;
  /** Award forms of the plan, for "X → Bằng khen". */
  awards: readonly string[];
  onCorrect?: (correction: Correction) => void;
  disabled?: boolean;
}

function fieldChoice(c: LayoutColumn): { value: string; text: string } {
  if (c.choice === undefined)
    return { value: AUTO, text: `${c.field === null ? "Không đọc" : FIELD_LABELS[c.field]} (tự nhận)` };
  if (c.choice === null) return { value: IGNORE, text: "Bỏ qua cột này" };
  return { value: c.choice, text: FIELD_LABELS[c.choice] };
}

/** What a value of a column gives now: "kind:tap-the", "award:Bằng khen…", or none. */
function valueChoice(layout: SheetLayout, column: string, value: string): string {
  const rule = layout.profile?.values?.find(
    (r) => r.column === column && foldKey(r.value) === foldKey(value),
  );
  if (rule?.kind !== undefined) return `kind:${rule.kind}`;
  if (rule?.award !== undefined) return `award:${rule.award}`;
  return NONE;
}

function choiceText(choice: string): string {
  if (choice.startsWith("kind:")) return KIND_LABELS[choice.slice(5) as SubjectKind];
  if (choice.startsWith("award:")) return choice.slice(6);
  return "—";
}

function ValueRows({
  layout,
  column,
  awards,
  onCorrect,
  disabled,
}: ReadingTableProps & { column: LayoutColumn }) {
  const styles = useStyles();
  return (
    <div className={styles.values} data-testid="value-rules">
      {column.values.map((value) => {
        const choice = valueChoice(layout, column.column, value);
        return (
          <div key={value} className={styles.value}>
            <Caption1 className={styles.clip}>«{value}» →</Caption1>
            <Dropdown
              className={styles.dropdown}
              size="small"
              aria-label={`Giá trị «${value}» của cột ${column.column} (${layout.sheet})`}
              disabled={disabled || onCorrect === undefined}
              value={choiceText(choice)}
              selectedOptions={[choice]}
              onOptionSelect={(_, d) => {
                const v = d.optionValue;
                if (v === undefined || onCorrect === undefined) return;
                const target = v.startsWith("kind:")
                  ? { kind: v.slice(5) as SubjectKind }
                  : v.startsWith("award:")
                    ? { award: v.slice(6) }
                    : null;
                onCorrect({ type: "value", column: column.column, value, target });
              }}
            >
              <Option value={NONE}>—</Option>
              {SUBJECT_KINDS.map((k) => (
                <Option key={k} value={`kind:${k}`}>
                  {KIND_LABELS[k]}
                </Option>
              ))}
              {(awards.length > 0 ? awards : GENERIC_AWARDS).map((a) => (
                <Option key={a} value={`award:${a}`}>
                  {a}
                </Option>
              ))}
            </Dropdown>
          </div>
        );
      })}
    </div>
  );
}

function ColumnRow(props: ReadingTableProps & { column: LayoutColumn }) {
  const styles = useStyles();
  const { layout, column: c, onCorrect, disabled } = props;
  const [open, setOpen] = useState(false);
  const current = fieldChoice(c);
  return (
    <>
      <div className={styles.column} data-column={c.column}>
        <strong>{c.column}</strong>
        <div className={styles.texts}>
          <Caption1 className={styles.clip} title={c.header}>
            {c.header === "" ? "(không có tiêu đề)" : c.header}
          </Caption1>
          <Caption1 className={styles.clip} title={c.sample}>
            {c.sample === "" ? "—" : `vd: ${c.sample}`}
            {c.values.length > 0 && (
              <Button
                size="small"
                appearance="transparent"
                aria-label={`Theo giá trị của cột ${c.column} (${layout.sheet})`}
                aria-expanded={open}
                onClick={() => setOpen(!open)}
              >
                {open ? "Ẩn giá trị" : "Theo giá trị…"}
              </Button>
            )}
          </Caption1>
        </div>
        <Dropdown
          className={styles.dropdown}
          size="small"
          aria-label={`Cột ${c.column} của ${layout.sheet}`}
          disabled={disabled || onCorrect === undefined}
          value={current.text}
          selectedOptions={[current.value]}
          onOptionSelect={(_, d) => {
            const v = d.optionValue;
            if (v === undefined || onCorrect === undefined) return;
            const field = v === AUTO ? "auto" : v === IGNORE ? null : (v as FieldKey);
            onCorrect({ type: "column", column: c.column, field });
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
      {open && <ValueRows {...props} />}
    </>
  );
}

function kindText(kind: SubjectKind | undefined): string {
  return kind === undefined ? "Loại: theo tệp" : `Cả danh sách là ${KIND_LABELS[kind].toLowerCase()}`;
}

export function ReadingTable(props: ReadingTableProps) {
  const styles = useStyles();
  const { layout, onCorrect, disabled } = props;
  const [row, setRow] = useState(String(layout.headerRows[0] ?? 1));
  const off = disabled || onCorrect === undefined;
  const isList = layout.records !== null;
  const rowNumber = Number(row);
  const rowValid = Number.isInteger(rowNumber) && rowNumber >= 1;
  return (
    <section className={styles.sheet} data-testid="reading-table" data-sheet={layout.sheet}>
      <Subtitle2>
        {layout.sheet} — {isList ? `${layout.records} hồ sơ` : "không đọc là danh sách"}
      </Subtitle2>
      {layout.profile !== null && (
        <Caption1 data-testid="profile-name">Đọc theo cách đọc đã lưu «{layout.profile.name}»</Caption1>
      )}
      <div className={styles.controls}>
        <Caption1>Tiêu đề ở dòng</Caption1>
        <Input
          className={styles.rowInput}
          size="small"
          type="number"
          min={1}
          aria-label={`Dòng tiêu đề của ${layout.sheet}`}
          value={row}
          disabled={off}
          onChange={(_, d) => setRow(d.value)}
        />
        {isList ? (
          <>
            <Button
              size="small"
              disabled={off || !rowValid || rowNumber === layout.headerRows[0]}
              onClick={() => onCorrect?.({ type: "header-row", row: rowNumber })}
            >
              Đổi dòng tiêu đề
            </Button>
            <Button size="small" disabled={off} onClick={() => onCorrect?.({ type: "list", list: false })}>
              Không phải danh sách
            </Button>
          </>
        ) : (
          <Button
            size="small"
            disabled={off || !rowValid}
            onClick={() => onCorrect?.({ type: "list", list: true, row: rowNumber })}
          >
            Đây là danh sách
          </Button>
        )}
      </div>
      {isList && (
        <>
          <Dropdown
            size="small"
            aria-label={`Loại của cả danh sách ${layout.sheet}`}
            disabled={off}
            value={kindText(layout.profile?.kind)}
            selectedOptions={[layout.profile?.kind ?? AUTO]}
            onOptionSelect={(_, d) => {
              const v = d.optionValue;
              if (v === undefined) return;
              onCorrect?.({ type: "kind", kind: v === AUTO ? null : (v as SubjectKind) });
            }}
          >
            <Option value={AUTO}>Loại: theo tệp</Option>
            {SUBJECT_KINDS.map((k) => (
              <Option key={k} value={k}>
                {kindText(k)}
              </Option>
            ))}
          </Dropdown>
          {layout.columns.map((c) => (
            <ColumnRow key={c.column} {...props} column={c} />
          ))}
        </>
      )}
    </section>
  );
}
