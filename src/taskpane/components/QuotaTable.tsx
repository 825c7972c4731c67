/** Counts by kind and each quota's status ("Cá nhân 2/3 — còn thiếu 1"), with the quota as a bar. */
import { Caption1 } from "@fluentui/react-components";
import { KIND_LABELS } from "../../core/labels";
import { quotaBar } from "../../core/summary";
import { SUBJECT_KINDS, type KindCounts, type QuotaStatus } from "../../core/types";
import { quotaLine } from "../state/quota";
import { DataTable } from "./DataTable";
import { barScale, QuotaBarLegend, QuotaBarView } from "./QuotaBars";

export interface QuotaTableProps {
  counts: KindCounts;
  quota: readonly QuotaStatus[];
}

export function QuotaTable({ counts, quota }: QuotaTableProps) {
  const bars = quota.map(quotaBar);
  const scale = barScale(bars);
  return (
    <div data-testid="quota-table">
      <DataTable
        label="Số lượng theo đối tượng"
        columns={[
          { header: "Đối tượng", cell: (k) => KIND_LABELS[k] },
          { header: "Số lượng", cell: (k) => counts[k] },
        ]}
        rows={SUBJECT_KINDS}
        rowKey={(k) => k}
        rowData={(k) => ({ "data-kind": k })}
      />
      {quota.length === 0 ? (
        <Caption1>
          Kế hoạch không quy định chỉ tiêu cho loại đơn vị này (hoặc chưa chọn loại đơn vị).
        </Caption1>
      ) : (
        <>
          <ul data-testid="quota-lines">
            {quota.map((q, i) => (
              <li key={q.kind} data-met={q.met}>
                {quotaLine(q)}
                <QuotaBarView bar={bars[i]} scale={scale} />
              </li>
            ))}
          </ul>
          <QuotaBarLegend />
        </>
      )}
    </div>
  );
}
