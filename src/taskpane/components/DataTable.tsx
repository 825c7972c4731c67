/** A small Fluent table from columns and rows, as the pane's count and tally tables are laid out. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

/** `data-*` attributes, so a test (or a clerk's browser tools) can find a row or a cell by what it holds. */
export type DataAttributes = Record<`data-${string}`, string | number>;

export interface DataColumn<T> {
  header: string;
  cell(row: T): ReactNode;
  /** The same attributes on every cell of the column, e.g. the subject kind it counts. */
  data?: DataAttributes;
}

export interface DataTableProps<T> {
  label: string;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  rowData?(row: T): DataAttributes;
  testId?: string;
}

export function DataTable<T>({ label, columns, rows, rowKey, rowData, testId }: DataTableProps<T>) {
  return (
    <Table size="small" aria-label={label} data-testid={testId}>
      <TableHeader>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell key={c.header}>{c.header}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={rowKey(r)} {...rowData?.(r)}>
            {columns.map((c) => (
              <TableCell key={c.header} {...c.data}>
                {c.cell(r)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
