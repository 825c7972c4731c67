/**
 * The province's list of units ("Danh mục đơn vị"): who is expected to send a list, of what
 * kind, in which khối/cụm. Data the clerk maintains in a workbook, never code.
 */
import { UNIT_KIND_LABELS } from "../labels";
import { a1, dateToIso, foldKey, normaliseDateNumber, normaliseDateText } from "../read";
import type { Finding, SheetGrid, UnitKind } from "../types";
import { UNIT_KINDS } from "../types";

export interface RegistryUnit {
  name: string;
  kind: UnitKind;
  /** Khối/cụm thi đua, or null when the registry has no such column or the cell is empty. */
  group: string | null;
  /**
   * ISO date the unit sent its own plan (003 §VI.1: "Kế hoạch của các cơ quan, đơn vị, địa phương
   * gửi về … trước ngày 25 tháng 02 năm 2025"); null when the registry has the column and the cell
   * is empty (no plan sent: not launched); absent when the registry has no such column.
   */
  planSent?: string | null;
}

export const REGISTRY_SHEET = "Danh mục đơn vị";
const HEADER_SEARCH_ROWS = 30;

type RegistryColumn = "name" | "kind" | "group" | "planSent";

/** Folded header texts (foldKey) for each column; the first matching column wins. */
const HEADER_SYNONYMS: Record<RegistryColumn, readonly string[]> = {
  name: ["ten don vi", "don vi", "ten co quan don vi", "co quan don vi", "ten co quan", "co quan", "ten"],
  kind: ["loai don vi", "loai", "loai hinh", "loai hinh don vi", "cap", "cap don vi", "loai co quan don vi"],
  group: [
    "khoi cum",
    "khoi",
    "cum",
    "khoi thi dua",
    "cum thi dua",
    "khoi cum thi dua",
    "khoi thi dua cum thi dua",
  ],
  planSent: [
    "ngay gui ke hoach",
    "ngay nop ke hoach",
    "gui ke hoach",
    "ke hoach phat dong",
    "ngay gui ke hoach phat dong",
    "ngay ban hanh ke hoach",
    "ngay ke hoach",
  ],
};

/** Spellings of each unit kind a clerk writes (folded with foldKey), besides the id and the label. */
const KIND_SYNONYMS: Record<UnitKind, readonly string[]> = {
  "so-ban-nganh": ["so ban nganh", "so", "ban", "nganh", "so nganh", "co quan cap tinh", "so ban nganh tinh"],
  huyen: ["huyen", "cap huyen", "huyen thi xa thanh pho", "huyen thi thanh pho"],
  xa: [
    "xa phuong",
    "xa",
    "phuong",
    "cap xa",
    "xa phuong dac khu",
    "xa phuong thi tran",
    "dac khu",
    "thi tran",
  ],
  "doanh-nghiep": ["doanh nghiep", "dn", "cong ty"],
  "thanh-vien-khoi": ["thanh vien khoi", "thanh vien khoi thi dua", "khoi thi dua", "thanh vien cum"],
  "phong-don-vi": ["phong don vi", "phong", "phong ban", "don vi truc thuoc"],
  tinh: ["tinh", "toan tinh", "cap tinh"],
};

const KIND_BY_TEXT: ReadonlyMap<string, UnitKind> = (() => {
  const m = new Map<string, UnitKind>();
  for (const kind of UNIT_KINDS) {
    m.set(kind.replace(/-/g, " "), kind);
    m.set(foldKey(UNIT_KIND_LABELS[kind]), kind);
    for (const s of KIND_SYNONYMS[kind]) m.set(s, kind);
  }
  return m;
})();

/** A unit kind from a registry cell: an id ("xa") or a Vietnamese label ("Xã, phường"); null if unknown. */
export function unitKindFromText(text: string): UnitKind | null {
  return KIND_BY_TEXT.get(foldKey(text)) ?? null;
}

function cellText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return "";
}

/** A registry date cell as ISO; null when empty, undefined when it is not a date. */
function cellDate(v: unknown): string | null | undefined {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
  const iso =
    v instanceof Date
      ? dateToIso(v)
      : typeof v === "number"
        ? normaliseDateNumber(v)
        : typeof v === "string"
          ? normaliseDateText(v.trim())
          : null;
  return iso !== null && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : undefined;
}

function finding(
  code: Finding["code"],
  severity: Finding["severity"],
  sheet: string,
  row: number | null,
  col: number | null,
  message: string,
): Finding {
  return {
    code,
    severity,
    sheet,
    cell: row !== null && col !== null ? a1(row, col) : null,
    row,
    field: null,
    message,
  };
}

/** Column (0-based within the grid row) of each registry column, if this row is the header. */
function headerColumns(row: readonly unknown[]): Partial<Record<RegistryColumn, number>> | null {
  const found: Partial<Record<RegistryColumn, number>> = {};
  row.forEach((v, c) => {
    const key = foldKey(cellText(v));
    if (key === "") return;
    for (const col of ["name", "kind", "group", "planSent"] as const)
      if (found[col] === undefined && HEADER_SYNONYMS[col].includes(key)) {
        found[col] = c;
        return;
      }
  });
  return found.name !== undefined && found.kind !== undefined ? found : null;
}

/** The sheet named "Danh mục đơn vị" if there is one, else every sheet in order. */
function candidateSheets(sheets: readonly SheetGrid[]): SheetGrid[] {
  const named = sheets.filter((s) => foldKey(s.name) === foldKey(REGISTRY_SHEET));
  return named.length > 0 ? named : [...sheets];
}

/**
 * Reads the registry: the first sheet (preferring "Danh mục đơn vị") whose header, within its
 * first 30 rows, has a unit-name column and a unit-kind column. Rows with an unknown kind and
 * repeated names are reported and left out; never throws.
 */
export function readRegistry(sheets: SheetGrid[]): { units: RegistryUnit[]; findings: Finding[] } {
  const findings: Finding[] = [];
  for (const sheet of candidateSheets(sheets)) {
    const rows = sheet.values;
    for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
      const cols = headerColumns(rows[r] ?? []);
      if (cols === null) continue;
      const units: RegistryUnit[] = [];
      const seen = new Map<string, number>();
      for (let i = r + 1; i < rows.length; i++) {
        const row = rows[i] ?? [];
        const sheetRow = sheet.originRow + i;
        const name = cellText(row[cols.name!]).trim().replace(/\s+/g, " ").normalize("NFC");
        const kindText = cellText(row[cols.kind!]).trim();
        if (name === "" && kindText === "") continue;
        // "(1) (2) (3)" column numbers under the header.
        if (/^\(?\d+\)?$/.test(name) && /^\(?\d+\)?$/.test(kindText)) continue;
        if (name === "") {
          const col = sheet.originCol + cols.name!;
          findings.push(
            finding(
              "missing-required",
              "warning",
              sheet.name,
              sheetRow,
              col,
              `Dòng ${sheetRow} có loại đơn vị nhưng thiếu tên đơn vị; dòng này không được tính. Hãy ghi tên đơn vị.`,
            ),
          );
          continue;
        }
        const kind = unitKindFromText(kindText);
        if (kind === null) {
          const col = sheet.originCol + cols.kind!;
          findings.push(
            finding(
              "unknown-kind",
              "error",
              sheet.name,
              sheetRow,
              col,
              `Không nhận ra loại đơn vị "${kindText}" của "${name}". Hãy ghi một trong các loại: Sở, ban, ngành; Huyện; Xã, phường; Doanh nghiệp; Thành viên khối; Phòng, đơn vị; Tỉnh.`,
            ),
          );
          continue;
        }
        const key = foldKey(name);
        const first = seen.get(key);
        if (first !== undefined) {
          findings.push(
            finding(
              "duplicate-record",
              "warning",
              sheet.name,
              sheetRow,
              sheet.originCol + cols.name!,
              `Đơn vị "${name}" đã có ở dòng ${first}; dòng ${sheetRow} không được tính. Hãy xóa dòng trùng.`,
            ),
          );
          continue;
        }
        seen.set(key, sheetRow);
        const groupText =
          cols.group === undefined ? "" : cellText(row[cols.group]).trim().replace(/\s+/g, " ");
        const unit: RegistryUnit = {
          name,
          kind,
          group: groupText === "" ? null : groupText.normalize("NFC"),
        };
        if (cols.planSent !== undefined) {
          const sent = cellDate(row[cols.planSent]);
          if (sent === undefined) {
            findings.push(
              finding(
                "invalid-date",
                "warning",
                sheet.name,
                sheetRow,
                sheet.originCol + cols.planSent,
                `Ngày gửi kế hoạch của "${name}" không đọc được; đơn vị được coi là chưa gửi kế hoạch. Hãy ghi ngày dạng dd/mm/yyyy.`,
              ),
            );
          }
          unit.planSent = sent ?? null;
        }
        units.push(unit);
      }
      return { units, findings };
    }
  }
  const sheet = sheets[0]?.name ?? REGISTRY_SHEET;
  findings.push(
    finding(
      "header-not-found",
      "error",
      sheet,
      null,
      null,
      `Không tìm thấy danh mục đơn vị: cần trang tính "${REGISTRY_SHEET}" có dòng tiêu đề gồm cột "Tên đơn vị" và cột "Loại đơn vị" (có thể thêm cột "Khối/cụm") trong 30 dòng đầu.`,
    ),
  );
  return { units: [], findings };
}
