/**
 * The province tally on screen: totals and the province-wide target, each unit against its quota
 * as bars, each unit's status and quota, units that sent nothing, files matched to no unit (the clerk may assign each one),
 * subjects put forward by two units, and files that could not be read.
 */
import { Caption1, Dropdown, Option, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { showDate } from "../../core/check/dates";
import { KIND_LABELS } from "../../core/labels";
import {
  STATUS_LABELS,
  unitQuotaBars,
  unitQuotaText,
  type ProvinceTally,
  type RegistryUnit,
  type UnitTally,
} from "../../core/tally";
import { SUBJECT_KINDS } from "../../core/types";
import { DataTable, type DataColumn } from "../components/DataTable";
import { ErrorBar } from "../components/ErrorBar";
import { barScale, QuotaBarLegend, QuotaBarView } from "../components/QuotaBars";
import { quotaLine } from "../state/quota";

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  unmatched: {
    display: "grid",
    gridTemplateColumns: "1fr 14em",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  bars: {
    display: "grid",
    gridTemplateColumns: "minmax(8em, 1fr) 2fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

const NO_UNIT = "";

const UNIT_COLUMNS: DataColumn<UnitTally>[] = [
  { header: "Đơn vị", cell: (u) => u.unit },
  { header: "Trạng thái", cell: (u) => `${STATUS_LABELS[u.status]}${u.late ? " (trễ hạn)" : ""}` },
  ...SUBJECT_KINDS.map((k): DataColumn<UnitTally> => ({
    header: KIND_LABELS[k],
    cell: (u) => u.counts[k],
    data: { "data-kind": k },
  })),
  { header: "Lỗi", cell: (u) => u.errors },
  { header: "Chỉ tiêu", cell: (u) => unitQuotaText(u.quota) },
];

export interface ProvinceResultsProps {
  tally: ProvinceTally;
  registry: readonly RegistryUnit[] | null;
  choices: Record<string, string>;
  onChoose(file: string, unit: string | null): void;
}

export function ProvinceResults({ tally, registry, choices, onChoose }: ProvinceResultsProps) {
  const styles = useStyles();
  const c = tally.consolidation;
  const unreadable = tally.reports.filter((r) => r.error !== null);
  // Files the clerk assigned stay listed so the choice can be undone.
  const assignable = [...new Set([...c.unmatchedFiles, ...Object.keys(choices)])];
  const bars = unitQuotaBars(c.units);
  const scale = barScale(bars);
  return (
    <div className={styles.results} data-testid="province-results">
      <Subtitle2>Toàn tỉnh</Subtitle2>
      <ul data-testid="province-totals">
        <li data-total="files">Tệp đọc được: {c.totals.files}</li>
        {SUBJECT_KINDS.map((k) => (
          <li key={k} data-total={k}>
            {KIND_LABELS[k]}: {c.totals.byKind[k]}
          </li>
        ))}
        {c.provinceTarget !== null && (
          <li data-total="target" data-met={c.provinceTarget.met}>
            Chỉ tiêu toàn tỉnh: {quotaLine(c.provinceTarget)}
          </li>
        )}
      </ul>

      {bars.length > 0 && (
        <>
          <Subtitle2>Đơn vị so với chỉ tiêu</Subtitle2>
          <div className={styles.bars} data-testid="unit-quota-bars">
            {bars.map((b) => (
              <div key={b.name} data-unit={b.unit} style={{ display: "contents" }}>
                <Caption1>{b.name}</Caption1>
                <QuotaBarView bar={b} scale={scale} />
                <Caption1>
                  {b.actual}/{b.target}
                  {b.short > 0 && ` — còn thiếu ${b.short}`}
                  {b.over > 0 && ` — vượt ${b.over}`}
                </Caption1>
              </div>
            ))}
          </div>
          <QuotaBarLegend />
        </>
      )}

      <Subtitle2>Theo đơn vị ({c.units.length})</Subtitle2>
      <DataTable
        label="Tổng hợp theo đơn vị"
        testId="units-table"
        columns={UNIT_COLUMNS}
        rows={c.units}
        rowKey={(u) => u.unit}
        rowData={(u) => ({ "data-unit": u.unit, "data-status": u.status })}
      />

      {registry !== null && (
        <>
          <Subtitle2>Chưa nộp ({c.missingUnits.length})</Subtitle2>
          <ul data-testid="missing-units">
            {c.missingUnits.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </>
      )}

      {registry !== null && assignable.length > 0 && (
        <>
          <Subtitle2>Tệp chưa khớp đơn vị nào ({c.unmatchedFiles.length})</Subtitle2>
          <Caption1>
            Chọn đơn vị đã gửi tệp; tệp chưa chọn được tính vào tổng toàn tỉnh theo tên tệp.
          </Caption1>
          <div data-testid="unmatched-files">
            {assignable.map((file) => (
              <div key={file} className={styles.unmatched} data-file={file}>
                <span>{file}</span>
                <Dropdown
                  size="small"
                  aria-label={`Đơn vị của tệp ${file}`}
                  value={choices[file] ?? "Chưa chọn"}
                  selectedOptions={[choices[file] ?? NO_UNIT]}
                  onOptionSelect={(_, d) => onChoose(file, d.optionValue ? d.optionValue : null)}
                >
                  <Option value={NO_UNIT}>Chưa chọn</Option>
                  {registry.map((u) => (
                    <Option key={u.name} value={u.name}>
                      {u.name}
                    </Option>
                  ))}
                </Dropdown>
              </div>
            ))}
          </div>
        </>
      )}

      <Subtitle2>Trùng lặp giữa các đơn vị ({c.duplicates.length})</Subtitle2>
      {c.duplicates.length > 0 && (
        <ul data-testid="duplicates">
          {c.duplicates.map((d) => (
            <li key={d.key}>
              {d.name}
              {d.birth !== null && ` (sinh ${showDate(d.birth)})`}:{" "}
              {d.units.map((o) => `${o.unit} — ${o.sheet}, dòng ${o.row}`).join("; ")}
            </li>
          ))}
        </ul>
      )}

      {unreadable.map((r) => (
        <ErrorBar
          key={r.file}
          message={{ intent: "error", title: `Không đọc được tệp ${r.file}`, text: r.error ?? "" }}
        />
      ))}
      <Caption1>Ngày tổng hợp: {showDate(c.reportDate)}</Caption1>
    </div>
  );
}
