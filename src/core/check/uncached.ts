/**
 * formula-error for formulas whose results were never saved. A file host reads them as empty, so
 * without this finding the clerk would be asked to fill a cell that already holds a formula; the
 * cure is the same for every such cell (recalculate in Excel and save), hence one finding per list.
 */
import { parseRange } from "../read/address";
import type { Finding, NominationList, SheetGrid } from "../types";

/** Addresses named in the message; the rest are counted. */
const NAMED = 5;

/**
 * Each list's uncached formula cells: those on its sheet from its first header row down to the next
 * list's header; cells above a sheet's first list go to that list.
 */
export function uncachedByList(sheets: readonly SheetGrid[], lists: readonly NominationList[]): string[][] {
  const out = lists.map((): string[] => []);
  for (const sheet of sheets) {
    const addresses = sheet.uncachedFormulas ?? [];
    if (addresses.length === 0) continue;
    const owners = lists.flatMap((l, i) => (l.sheet === sheet.name ? [i] : []));
    if (owners.length === 0) continue;
    for (const address of addresses) {
      const row = parseRange(address)?.top ?? 0;
      let owner = owners[0];
      for (const i of owners) if ((lists[i].headerRows[0] ?? 0) <= row) owner = i;
      out[owner].push(address);
    }
  }
  return out;
}

/** "B5, C6 và D7"; past `NAMED` addresses, "B5, …, F9 và 3 ô khác". */
function cellsText(addresses: readonly string[]): string {
  if (addresses.length === 1) return addresses[0];
  if (addresses.length > NAMED)
    return `${addresses.slice(0, NAMED).join(", ")} và ${addresses.length - NAMED} ô khác`;
  return `${addresses.slice(0, -1).join(", ")} và ${addresses[addresses.length - 1]}`;
}

/** The list's one finding about its uncached formulas (`addresses` in reading order, not empty). */
export function uncachedFormulaFinding(list: NominationList, addresses: readonly string[]): Finding {
  const these = addresses.length === 1 ? "ô này" : "các ô này";
  return {
    code: "formula-error",
    severity: "warning",
    sheet: list.sheet,
    cell: addresses[0],
    row: parseRange(addresses[0])?.top ?? null,
    field: null,
    message:
      `Ô ${cellsText(addresses)} có công thức nhưng kết quả chưa được lưu trong tệp (tệp được lưu bởi ` +
      `chương trình không tự tính công thức), nên Trợ lý đọc ${these} là trống. Hãy mở tệp bằng Excel, ` +
      `nhấn F9 để tính lại, lưu tệp rồi kiểm tra lại.`,
  };
}
