/**
 * What every table the reader returns (nomination list, media log) says about itself beside its
 * rows: where its header sits, or, when no sheet has one, the single `header-not-found` finding.
 */
import type { Encoding, Finding, SheetGrid } from "../types";
import { columnLetter } from "./address";
import type { Header } from "./header";
import type { SheetView } from "./view";

export interface TableOutline<F extends string> {
  sheet: string;
  headerRows: number[];
  columns: { column: string; header: string; field: F }[];
  encoding: Encoding;
  findings: Finding[];
}

/** The header's 1-based sheet rows and its mapped columns by sheet letter. */
export function headerOutline<F extends string>(
  view: SheetView,
  header: Header<F>,
): Pick<TableOutline<F>, "headerRows" | "columns"> {
  return {
    headerRows: header.rows.map((r) => view.sheetRow(r)),
    columns: header.columns.map((h) => ({
      column: columnLetter(view.sheetCol(h.col)),
      header: h.header,
      field: h.field,
    })),
  };
}

/** An empty table named after the first sheet (whatever the host passed) with `message` as its error. */
export function headerNotFoundOutline<F extends string>(
  sheets: readonly SheetGrid[],
  message: string,
): TableOutline<F> {
  const first = sheets[0];
  const name =
    first !== null && typeof first === "object" && typeof first.name === "string" ? first.name : "";
  const finding: Finding = {
    code: "header-not-found",
    severity: "error",
    sheet: name,
    cell: null,
    row: null,
    field: null,
    message,
  };
  return { sheet: name, headerRows: [], columns: [], encoding: "unicode", findings: [finding] };
}
