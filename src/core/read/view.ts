/**
 * A sheet as the reader walks it: safe row access on any grid (ragged, null rows, non-arrays),
 * merges indexed by grid row, texts of the rows header detection looks at cached.
 */
import type { CellRange, SheetGrid } from "../types";
import { anyText, CellReader } from "./cell";

/** A merge in 0-based grid coordinates. */
export interface GridMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const NO_ROW: readonly unknown[] = [];
/** Merges are looked up only around headers and section rows: index a few rows of each. */
const MERGE_ROWS_INDEXED = 4;

export class SheetView {
  readonly name: string;
  readonly rows: readonly (readonly unknown[])[];
  readonly originRow: number;
  readonly originCol: number;
  readonly width: number;
  readonly hidden: ReadonlySet<number>;
  readonly hasMerges: boolean;
  /** The top row of the lowest-starting merge that spans several rows (-Infinity: none). */
  private readonly lastDownMergeTop: number;
  private readonly mergesByRow = new Map<number, GridMerge[]>();
  /** Merges spanning several rows, by their left grid column. */
  private readonly downMerges = new Map<number, GridMerge[]>();
  private readonly textCache = new Map<number, string[]>();
  /** Decodes header/section texts; its counts are not a list's (lists count their own cells). */
  private readonly scratch = new CellReader();

  constructor(sheet: SheetGrid) {
    this.name = typeof sheet.name === "string" ? sheet.name : String(sheet.name ?? "");
    const values: unknown = sheet.values;
    let width = 0;
    let allArrays = true;
    if (Array.isArray(values)) {
      for (const r of values) {
        if (!Array.isArray(r)) allArrays = false;
        else if (r.length > width) width = r.length;
      }
    }
    // A well-formed grid is used as it is; only a ragged one (null or non-array rows) is copied.
    this.rows = !Array.isArray(values)
      ? []
      : allArrays
        ? (values as unknown[][])
        : Array.from(values, (r) => (Array.isArray(r) ? (r as unknown[]) : NO_ROW));
    this.width = width;
    this.originRow = Number.isInteger(sheet.originRow) && sheet.originRow >= 1 ? sheet.originRow : 1;
    this.originCol = Number.isInteger(sheet.originCol) && sheet.originCol >= 1 ? sheet.originCol : 1;
    this.hidden = new Set(Array.isArray(sheet.hiddenRows) ? sheet.hiddenRows : []);
    let any = false;
    let lastDownTop = -Infinity;
    if (Array.isArray(sheet.merges)) {
      for (const m of sheet.merges as unknown[]) {
        const g = this.toGrid(m);
        if (g === null) continue;
        any = true;
        if (g.bottom > g.top) {
          lastDownTop = Math.max(lastDownTop, g.top);
          const list = this.downMerges.get(g.left);
          if (list) list.push(g);
          else this.downMerges.set(g.left, [g]);
        }
        for (let r = g.top; r <= Math.min(g.bottom, g.top + MERGE_ROWS_INDEXED); r++) {
          const list = this.mergesByRow.get(r);
          if (list) list.push(g);
          else this.mergesByRow.set(r, [g]);
        }
      }
    }
    this.hasMerges = any;
    this.lastDownMergeTop = lastDownTop;
  }

  private toGrid(m: unknown): GridMerge | null {
    if (m === null || typeof m !== "object") return null;
    const { top, left, bottom, right } = m as CellRange;
    if (![top, left, bottom, right].every((n) => Number.isInteger(n))) return null;
    if (bottom < top || right < left || (bottom === top && right === left)) return null;
    return {
      top: top - this.originRow,
      left: left - this.originCol,
      bottom: bottom - this.originRow,
      right: right - this.originCol,
    };
  }

  row(r: number): readonly unknown[] {
    return this.rows[r] ?? NO_ROW;
  }

  sheetRow(r: number): number {
    return this.originRow + r;
  }

  sheetCol(c: number): number {
    return this.originCol + c;
  }

  /** The merge covering grid cell (r, c), if indexed. */
  mergeAt(r: number, c: number): GridMerge | null {
    const list = this.mergesByRow.get(r);
    if (list === undefined) return null;
    for (const m of list) if (m.top <= r && r <= m.bottom && m.left <= c && c <= m.right) return m;
    return null;
  }

  /** Whether a merge spanning several rows starts on grid row r or below (values merged down). */
  hasDownMergesFrom(r: number): boolean {
    return this.lastDownMergeTop >= r;
  }

  /** The merge whose left column is c and which covers grid row r below its top row, or null. */
  mergeAbove(r: number, c: number): GridMerge | null {
    const list = this.downMerges.get(c);
    if (list === undefined) return null;
    for (const m of list) if (m.top < r && r <= m.bottom) return m;
    return null;
  }

  /** Merges starting on grid row r. */
  mergesStartingAt(r: number): GridMerge[] {
    return (this.mergesByRow.get(r) ?? []).filter((m) => m.top === r);
  }

  /** Texts of a row (cached: header detection reads the same rows repeatedly). */
  texts(r: number): string[] {
    const hit = this.textCache.get(r);
    if (hit !== undefined) return hit;
    const row = this.row(r);
    const out: string[] = new Array<string>(this.width).fill("");
    for (let c = 0; c < row.length; c++)
      out[c] = anyText(row[c], this.scratch, this.sheetRow(r), this.sheetCol(c));
    if (this.textCache.size > 256) this.textCache.clear();
    this.textCache.set(r, out);
    return out;
  }

  text(r: number, c: number): string {
    if (r < 0 || r >= this.rows.length || c < 0 || c >= this.width) return "";
    return this.texts(r)[c];
  }
}
