/** Counts by kind and each quota's status ("Cá nhân 2/3 — còn thiếu 1"). */
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { KIND_LABELS } from "../../core/labels";
import { SUBJECT_KINDS, type KindCounts, type QuotaStatus } from "../../core/types";
import { quotaLine } from "../state/quota";

export interface QuotaTableProps {
  counts: KindCounts;
  quota: readonly QuotaStatus[];
}

export function QuotaTable({ counts, quota }: QuotaTableProps) {
  return (
    <div data-testid="quota-table">
      <Table size="small" aria-label="Số lượng theo đối tượng">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Đối tượng</TableHeaderCell>
            <TableHeaderCell>Số lượng</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {SUBJECT_KINDS.map((k) => (
            <TableRow key={k} data-kind={k}>
              <TableCell>{KIND_LABELS[k]}</TableCell>
              <TableCell>{counts[k]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {quota.length === 0 ? (
        <Caption1>
          Kế hoạch không quy định chỉ tiêu cho loại đơn vị này (hoặc chưa chọn loại đơn vị).
        </Caption1>
      ) : (
        <ul data-testid="quota-lines">
          {quota.map((q) => (
            <li key={q.kind} data-met={q.met}>
              {quotaLine(q)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
