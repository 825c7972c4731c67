/**
 * What the reader made of the workbook: each sheet's role (a list, or a lookup table, instructions,
 * a report… that is not checked) and, per list, what decided who is a tập thể, cá nhân, hộ gia đình.
 */
import { Caption1 } from "@fluentui/react-components";
import { kindSourceLine, sheetRoleLine } from "../../core/read";
import type { FileReport } from "../../core/types";

export interface SheetRolesProps {
  report: Pick<FileReport, "sheets" | "lists">;
}

export function SheetRoles({ report }: SheetRolesProps) {
  const others = report.sheets.filter((s) => s.role !== "list");
  const lists = report.lists.filter((l) => l.headerRows.length > 0);
  if (others.length === 0 && lists.length === 0) return null;
  return (
    <div data-testid="sheet-roles">
      <ul>
        {lists.map((l) => (
          <li key={`${l.sheet}:${l.headerRows[0]}`} data-testid="kind-source" data-sheet={l.sheet}>
            <Caption1>{`Trang «${l.sheet}», dòng tiêu đề ${l.headerRows[0]}: ${kindSourceLine(l)}`}</Caption1>
          </li>
        ))}
        {others.map((s) => (
          <li key={s.name} data-testid="sheet-role" data-role={s.role} data-sheet={s.name}>
            <Caption1>{sheetRoleLine(s)}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
