/**
 * Proxy objects of the Excel double, the subset of Office.js the adapter uses, typed against
 * `@types/office-js`. Like the real API: a proxy resolves its target only when the queued
 * operation runs at sync, a property read before it was loaded and synced throws
 * `PropertyNotLoaded`, writes are applied at sync, *OrNullObject proxies report `isNullObject`,
 * and any write to a protected sheet fails with `AccessDenied`.
 */
import { areaText, parseAreaText, sheetPrefix, SHEET_COLUMNS, SHEET_ROWS } from "./a1";
import type { CellRange } from "../../src/core/types";
import { FakeContext, FakeOfficeError, notLoaded } from "./context";
import {
  addSheet,
  areaCells,
  cellKey,
  findSheet,
  intersects,
  keyCol,
  keyRow,
  usedArea,
  type CellFormat,
  type ModelCell,
  type ModelChart,
  type ModelConditionalFormat,
  type ModelSheet,
  type ModelWorkbook,
} from "./model";

type LoadArg = string | string[] | { select?: string } | undefined;

function loadPaths(arg: LoadArg): string[] {
  const text =
    arg === undefined
      ? ""
      : Array.isArray(arg)
        ? arg.join(",")
        : typeof arg === "string"
          ? arg
          : (arg.select ?? "");
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function cannotLoad(name: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `Cannot load '${name}'.`);
}

/** Base of every proxy: loaded scalar values, navigation children, null-object state. */
abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private readonly children = new Map<string, FakeObject>();

  constructor(readonly context: FakeContext) {}

  /** The model object this proxy stands for, or null for a null object; throws if it must exist. */
  protected abstract target(): unknown;
  /** Value of a scalar property of the resolved target. */
  protected abstract scalar(name: string, target: unknown): unknown;
  /** Navigation property by name (for load paths "a/b"). */
  protected navigation(name: string): FakeObject {
    throw cannotLoad(name);
  }

  protected child<T extends FakeObject>(name: string, make: () => T): T {
    let c = this.children.get(name);
    if (c === undefined) {
      c = make();
      this.children.set(name, c);
    }
    return c as T;
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    this.context.enqueue({ load: paths }, () => this.runLoad(paths));
    return this;
  }

  /** Runs a load now (inside a sync): returns the data "sent back". */
  runLoad(paths: readonly string[]): unknown {
    const t = this.target();
    this.nullState = t === null;
    const out: Record<string, unknown> = {};
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const slash = path.indexOf("/");
      if (slash >= 0) {
        const head = path.slice(0, slash);
        const rest = nested.get(head) ?? [];
        rest.push(path.slice(slash + 1));
        nested.set(head, rest);
        continue;
      }
      const v = t === null ? null : this.scalar(path, t);
      this.loaded.set(path, v);
      out[path] = v;
    }
    // A null object loads as null: nothing under it is looked at (Office.js does not fail there).
    if (t !== null) for (const [head, rest] of nested) out[head] = this.navigation(head).runLoad(rest);
    return out;
  }
}

/** A proxy with no scalar property of its own (collections, format parts): loading any name fails. */
abstract class FakeScalarless extends FakeObject {
  protected scalar(name: string): unknown {
    throw cannotLoad(name);
  }
}

function readOnlyRefusal(): FakeOfficeError {
  return new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.");
}

function writable(model: ModelWorkbook, sheet: ModelSheet): ModelSheet {
  if (model.readOnly === true) throw readOnlyRefusal();
  if (sheet.protected)
    throw new FakeOfficeError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
    );
  return sheet;
}

function cellAt(sheet: ModelSheet, row: number, col: number): ModelCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (cell === undefined) {
    cell = { value: "", format: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Applies `fn` to every cell of the areas (creating cells: formats live on empty cells too). */
function eachCell(sheet: ModelSheet, areas: readonly CellRange[], fn: (cell: ModelCell) => void): void {
  for (const a of areas) {
    if (areaCells(a) > 5_000_000) throw new FakeOfficeError("RangeExceedsLimit", "The range is too large.");
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(cellAt(sheet, r, c));
  }
}

function parseAddress(address: string): CellRange {
  const r = parseAreaText(address);
  if (r === null)
    throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing: "${address}".`);
  return r;
}

/** `getItem` takes a sheet's name or its id. */
function byNameOrId(model: ModelWorkbook, key: string): ModelSheet | null {
  return findSheet(model, key) ?? model.sheets.find((s) => s.id === key) ?? null;
}

/**
 * The cells `pick` chooses within `bounds` as rectangles: runs of a row, stacked while the rows
 * below have the same run (a dense list comes out as a few areas, as in Excel).
 */
function cellAreas(sheet: ModelSheet, bounds: CellRange, pick: (cell: ModelCell) => boolean): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const [key, cell] of sheet.cells) {
    if (!pick(cell)) continue;
    const r = keyRow(key);
    const c = keyCol(key);
    if (r < bounds.top || r > bounds.bottom || c < bounds.left || c > bounds.right) continue;
    const cols = byRow.get(r);
    if (cols) cols.push(c);
    else byRow.set(r, [c]);
  }
  const done: CellRange[] = [];
  let open = new Map<string, CellRange>();
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = (byRow.get(r) as number[]).sort((a, b) => a - b);
    const next = new Map<string, CellRange>();
    for (let i = 0; i < cols.length;) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      const key = `${cols[i]}:${cols[j]}`;
      const above = open.get(key);
      if (above !== undefined && above.bottom === r - 1) {
        above.bottom = r;
        next.set(key, above);
        open.delete(key);
      } else next.set(key, { top: r, bottom: r, left: cols[i], right: cols[j] });
      i = j + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

const WHOLE_SHEET: CellRange = { top: 1, left: 1, bottom: SHEET_ROWS, right: SHEET_COLUMNS };

// ---------------------------------------------------------------- workbook and sheets

/** Sheets may not be added, deleted, renamed or moved: the structure is protected, or the file read-only. */
function structureChange(model: ModelWorkbook): void {
  if (model.readOnly === true) throw readOnlyRefusal();
  if (model.structureProtected === true)
    throw new FakeOfficeError(
      "AccessDenied",
      "The workbook is protected. To make a change, unprotect the workbook.",
    );
}

export class FakeWorkbookProtection
  extends FakeObject
  implements Pick<Excel.WorkbookProtection, "protected">
{
  get protected(): boolean {
    return this.get("protected");
  }
  protected target(): unknown {
    return this.context.model;
  }
  protected scalar(name: string, t: unknown): unknown {
    if (name === "protected") return (t as ModelWorkbook).structureProtected === true;
    throw cannotLoad(name);
  }
}

export class FakeWorkbook extends FakeObject implements Pick<Excel.Workbook, "readOnly"> {
  readonly worksheets: FakeWorksheetCollection;
  constructor(context: FakeContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
  }
  get readOnly(): boolean {
    return this.get("readOnly");
  }
  get protection(): FakeWorkbookProtection {
    return this.child("protection", () => new FakeWorkbookProtection(this.context));
  }
  protected target(): unknown {
    return this.context.model;
  }
  protected scalar(name: string, t: unknown): unknown {
    if (name === "readOnly") return (t as ModelWorkbook).readOnly === true;
    throw cannotLoad(name);
  }
  protected override navigation(name: string): FakeObject {
    if (name === "protection") return this.protection;
    return super.navigation(name);
  }
}

export class FakeWorksheetCollection extends FakeScalarless {
  private loadedItems: FakeWorksheet[] | undefined;

  get items(): FakeWorksheet[] {
    if (this.loadedItems === undefined) throw notLoaded("items");
    return this.loadedItems;
  }

  protected target(): unknown {
    return this.context.model.sheets;
  }

  override runLoad(paths: readonly string[]): unknown {
    const itemPaths = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    const all = paths.includes("items");
    if (itemPaths.length === 0 && !all) return super.runLoad(paths);
    this.loadedItems = this.context.model.sheets.map((s) => new FakeWorksheet(this.context, () => s, false));
    return this.loadedItems.map((w) => w.runLoad(all ? ["name", "visibility", ...itemPaths] : itemPaths));
  }

  getItem(key: string): FakeWorksheet {
    this.context.path("getItem", key);
    return new FakeWorksheet(this.context, () => byNameOrId(this.context.model, key), false, key);
  }

  getActiveWorksheet(): FakeWorksheet {
    this.context.path("getActiveWorksheet");
    const model = this.context.model;
    return new FakeWorksheet(
      this.context,
      () => (model.activeSheet === null ? null : (findSheet(model, model.activeSheet) ?? null)),
      false,
      "(active)",
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.context.path("getItemOrNullObject", key);
    return new FakeWorksheet(this.context, () => byNameOrId(this.context.model, key), true, key);
  }

  /** Without a name, Excel makes up one no sheet has ("Sheet3"). */
  add(name?: string): FakeWorksheet {
    let created: ModelSheet | null = null;
    this.context.enqueue({ addWorksheet: name ?? null }, () => {
      structureChange(this.context.model);
      const model = this.context.model;
      let given = name;
      for (let n = model.sheets.length + 1; given === undefined; n++)
        if (findSheet(model, `Sheet${n}`) === undefined) given = `Sheet${n}`;
      if (findSheet(model, given) !== undefined)
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${given}" already exists.`);
      created = addSheet(model, given);
    });
    return new FakeWorksheet(this.context, () => created, false, name ?? "(new)");
  }
}

export class FakeWorksheetProtection
  extends FakeObject
  implements Pick<Excel.WorksheetProtection, "protected">
{
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context);
  }

  get protected(): boolean {
    return this.get("protected");
  }

  protected target(): unknown {
    return this.sheet.resolve();
  }

  protected scalar(name: string, t: unknown): unknown {
    if (name === "protected") return (t as ModelSheet).protected;
    throw cannotLoad(name);
  }
}

export class FakeWorksheet
  extends FakeObject
  implements Pick<Excel.Worksheet, "id" | "name" | "position" | "visibility">
{
  constructor(
    context: FakeContext,
    private readonly find: () => ModelSheet | null,
    private readonly nullable: boolean,
    private readonly key = "",
  ) {
    super(context);
  }

  /** The sheet, or null for a missing sheet of an *OrNullObject proxy. */
  resolve(): ModelSheet | null {
    const s = this.find();
    if (s === null && !this.nullable)
      throw new FakeOfficeError(
        "ItemNotFound",
        `The requested resource doesn't exist: worksheet "${this.key}".`,
      );
    return s;
  }

  resolveSheet(): ModelSheet {
    const s = this.resolve();
    if (s === null) throw new FakeOfficeError("InvalidObjectPath", "The object is a null object.");
    return s;
  }

  get id(): string {
    return this.get("id");
  }

  get name(): string {
    return this.get("name");
  }

  set name(value: string) {
    this.context.enqueue({ name: value }, () => {
      structureChange(this.context.model);
      const s = this.resolveSheet();
      const other = findSheet(this.context.model, value);
      if (other !== undefined && other !== s)
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${value}" already exists.`);
      if (this.context.model.activeSheet === s.name) this.context.model.activeSheet = value;
      s.name = value;
    });
  }

  get position(): number {
    return this.get("position");
  }

  set position(value: number) {
    this.context.enqueue({ position: value }, () => {
      structureChange(this.context.model);
      const sheets = this.context.model.sheets;
      const s = this.resolveSheet();
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(value, sheets.length), 0, s);
    });
  }

  delete(): void {
    this.context.enqueue({ deleteWorksheet: this.key }, () => {
      structureChange(this.context.model);
      const model = this.context.model;
      const s = this.resolveSheet();
      model.sheets = model.sheets.filter((x) => x !== s);
      if (model.activeSheet === s.name) model.activeSheet = model.sheets[0]?.name ?? null;
    });
  }

  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.get("visibility");
  }

  get protection(): FakeWorksheetProtection {
    return this.child("protection", () => new FakeWorksheetProtection(this.context, this));
  }

  protected target(): unknown {
    return this.resolve();
  }

  protected scalar(name: string, t: unknown): unknown {
    const s = t as ModelSheet;
    if (name === "id") return s.id;
    if (name === "name") return s.name;
    if (name === "visibility") return s.visibility;
    if (name === "position") return this.context.model.sheets.indexOf(s);
    throw cannotLoad(name);
  }

  protected override navigation(name: string): FakeObject {
    if (name === "protection") return this.protection;
    return super.navigation(name);
  }

  get charts(): FakeChartCollection {
    return this.child("charts", () => new FakeChartCollection(this.context, this));
  }

  getRange(address?: string): FakeRange {
    this.context.path("getRange", address);
    const area = address === undefined ? WHOLE_SHEET : parseAddress(address);
    return new FakeRange(this.context, this, () => area, false);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.context.path("getRangeByIndexes", startRow, startColumn, rowCount, columnCount);
    const area = {
      top: startRow + 1,
      left: startColumn + 1,
      bottom: startRow + rowCount,
      right: startColumn + columnCount,
    };
    return new FakeRange(this.context, this, () => area, false);
  }

  getRanges(address?: string): FakeRangeAreas {
    this.context.path("getRanges", address);
    const areas = address === undefined ? [WHOLE_SHEET] : address.split(/[,;]/).map(parseAddress);
    return new FakeRangeAreas(this.context, this, () => areas, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, this, (s) => usedArea(s, valuesOnly === true), true);
  }

  activate(): void {
    this.context.enqueue({ activate: this.key }, () => {
      this.context.model.activeSheet = this.resolveSheet().name;
    });
  }
}

// ---------------------------------------------------------------- ranges

/** Shared by Range and RangeAreas: a sheet and the areas of it the proxy covers. */
abstract class FakeAreas extends FakeObject {
  constructor(
    context: FakeContext,
    readonly worksheet: FakeWorksheet,
    private readonly areasOf: (sheet: ModelSheet) => CellRange[] | null,
    private readonly nullable: boolean,
  ) {
    super(context);
  }

  /** Sheet and areas at sync time; null for a null object. */
  resolveAreas(): { sheet: ModelSheet; areas: CellRange[] } | null {
    const sheet = this.worksheet.resolveSheet();
    const areas = this.areasOf(sheet);
    if (areas === null) {
      if (this.nullable) return null;
      throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    }
    return { sheet, areas };
  }

  resolveWritable(): { sheet: ModelSheet; areas: CellRange[] } {
    const t = this.resolveAreas();
    if (t === null) throw new FakeOfficeError("InvalidObjectPath", "The object is a null object.");
    writable(this.context.model, t.sheet);
    return t;
  }

  protected target(): unknown {
    return this.resolveAreas();
  }

  get format(): FakeRangeFormat {
    return this.child("format", () => new FakeRangeFormat(this.context, this));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.child("conditionalFormats", () => new FakeConditionalFormatCollection(this.context, this));
  }

  get address(): string {
    return this.get("address");
  }

  protected addressOf(t: { sheet: ModelSheet; areas: CellRange[] }): string {
    const prefix = sheetPrefix(t.sheet.name);
    return t.areas.map((a) => prefix + areaText(a)).join(", ");
  }
}

export class FakeRange
  extends FakeAreas
  implements
    Pick<
      Excel.Range,
      "values" | "numberFormat" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "address"
    >
{
  constructor(
    context: FakeContext,
    worksheet: FakeWorksheet,
    areaOf: (s: ModelSheet) => CellRange | null,
    nullable: boolean,
  ) {
    super(
      context,
      worksheet,
      (s) => {
        const a = areaOf(s);
        return a === null ? null : [a];
      },
      nullable,
    );
  }

  private area(t: unknown): CellRange {
    return (t as { areas: CellRange[] }).areas[0];
  }

  protected scalar(name: string, t: unknown): unknown {
    const a = this.area(t);
    const sheet = (t as { sheet: ModelSheet }).sheet;
    switch (name) {
      case "rowIndex":
        return a.top - 1;
      case "columnIndex":
        return a.left - 1;
      case "rowCount":
        return a.bottom - a.top + 1;
      case "columnCount":
        return a.right - a.left + 1;
      case "address":
        return this.addressOf(t as { sheet: ModelSheet; areas: CellRange[] });
      case "values":
      case "numberFormat": {
        if (areaCells(a) > 5_000_000)
          throw new FakeOfficeError("RangeExceedsLimit", "The range is too large.");
        const out: unknown[][] = [];
        for (let r = a.top; r <= a.bottom; r++) {
          const row: unknown[] = [];
          for (let c = a.left; c <= a.right; c++) {
            const cell = sheet.cells.get(cellKey(r, c));
            row.push(name === "values" ? (cell?.value ?? "") : (cell?.format.numberFormat ?? "General"));
          }
          out.push(row);
        }
        return out;
      }
      default:
        throw cannotLoad(name);
    }
  }

  get values(): any[][] {
    return this.get("values");
  }

  /** Office.js semantics: null leaves a cell as it is; text in a Text ("@") cell stays text. */
  set values(values: any[][]) {
    this.context.enqueue({ values }, () => {
      const { sheet, areas } = this.resolveWritable();
      const a = areas[0];
      checkShape(a, values);
      values.forEach((row, i) =>
        row.forEach((v: unknown, j: number) => {
          if (v === null || v === undefined) return;
          writeValue(cellAt(sheet, a.top + i, a.left + j), v);
        }),
      );
    });
  }

  get numberFormat(): any[][] {
    return this.get("numberFormat");
  }

  set numberFormat(formats: any[][]) {
    this.context.enqueue({ numberFormat: formats }, () => {
      const { sheet, areas } = this.resolveWritable();
      const a = areas[0];
      checkShape(a, formats);
      formats.forEach((row, i) =>
        row.forEach((f: unknown, j: number) => {
          if (typeof f === "string") cellAt(sheet, a.top + i, a.left + j).format.numberFormat = f;
        }),
      );
    });
  }

  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }

  /** The used range within this range (ExcelApi 1.4); a null object when no cell inside is used. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      this.worksheet,
      (s) => usedArea(s, valuesOnly === true, (this.resolveAreas() as { areas: CellRange[] }).areas[0]),
      true,
    );
  }

  /**
   * "Visible" (outside the rows and columns the clerk hid), "Constants" and "Formulas"
   * (cells holding a typed value or a formula); other types throw.
   */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | string): FakeRangeAreas {
    this.context.path("getSpecialCellsOrNullObject", cellType);
    if (cellType === "Constants" || cellType === "Formulas") {
      const formulas = cellType === "Formulas";
      return new FakeRangeAreas(
        this.context,
        this.worksheet,
        (s) => {
          const a = (this.resolveAreas() as { areas: CellRange[] }).areas[0];
          const found = cellAreas(s, a, (c) =>
            formulas ? c.formula !== undefined : c.formula === undefined && c.value !== "",
          );
          return found.length === 0 ? null : found;
        },
        true,
      );
    }
    if (cellType !== "Visible")
      throw new FakeOfficeError("NotImplemented", `The double does not model special cells "${cellType}".`);
    return new FakeRangeAreas(
      this.context,
      this.worksheet,
      (s) => {
        const a = (this.resolveAreas() as { areas: CellRange[] }).areas[0];
        // Excel gives the visible cells as blocks: each run of visible rows × each run of visible columns.
        const rows = visibleRuns(s.hiddenRows, a.top, a.bottom);
        const cols = visibleRuns(s.hiddenColumns ?? [], a.left, a.right);
        const areas = rows.flatMap(([top, bottom]) =>
          cols.map(([left, right]) => ({ top, bottom, left, right })),
        );
        return areas.length === 0 ? null : areas;
      },
      true,
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      this.worksheet,
      (s) => {
        const a = (this.resolveAreas() as { areas: CellRange[] }).areas[0];
        const found = s.merges.filter((m) => intersects(m, a));
        if (found.length > 512) throw new FakeOfficeError("GeneralException", "Too many merged areas.");
        return found.length === 0 ? null : found;
      },
      true,
    );
  }

  merge(across?: boolean): void {
    this.context.enqueue({ merge: across === true }, () => {
      const { sheet, areas } = this.resolveWritable();
      const a = areas[0];
      if (sheet.merges.some((m) => intersects(m, a)))
        throw new FakeOfficeError(
          "MergedRangeConflict",
          "Cannot merge a range that overlaps a merged range.",
        );
      sheet.merges.push({ ...a });
    });
  }

  unmerge(): void {
    this.context.enqueue({ unmerge: true }, () => {
      const { sheet, areas } = this.resolveWritable();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, areas[0]));
    });
  }

  clear(
    applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks",
  ): void {
    const what = applyTo ?? "All";
    this.context.enqueue({ clear: what }, () => {
      const { sheet, areas } = this.resolveWritable();
      const a = areas[0];
      for (const [key, cell] of [...sheet.cells]) {
        const r = keyRow(key);
        const c = keyCol(key);
        if (r < a.top || r > a.bottom || c < a.left || c > a.right) continue;
        if (what === "All") sheet.cells.delete(key);
        else if (what === "Formats") cell.format = {};
        else if (what === "Contents") {
          cell.value = "";
          delete cell.formula;
        }
      }
      if (what === "All" || what === "Formats") sheet.merges = sheet.merges.filter((m) => !intersects(m, a));
    });
  }

  select(): void {
    this.context.enqueue({ select: true }, () => {
      const t = this.resolveAreas() as { sheet: ModelSheet; areas: CellRange[] };
      this.context.model.selection = { sheet: t.sheet.name, address: areaText(t.areas[0]) };
    });
  }
}

function checkShape(a: CellRange, data: unknown[][]): void {
  const rows = a.bottom - a.top + 1;
  const cols = a.right - a.left + 1;
  if (data.length !== rows || data.some((r) => !Array.isArray(r) || r.length !== cols))
    throw new FakeOfficeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
}

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** What Excel does with a value written through `Range.values`. */
function writeValue(cell: ModelCell, v: unknown): void {
  delete cell.formula;
  if (typeof v !== "string") {
    cell.value = v as number | boolean;
    return;
  }
  if (cell.format.numberFormat === "@") {
    cell.value = v;
    return;
  }
  if (NUMBER_TEXT.test(v.trim())) {
    cell.value = Number(v.trim());
    return;
  }
  if (v.length > 1 && /^[=+-]/.test(v)) {
    // A formula; the double does not evaluate it.
    cell.formula = v.startsWith("=") ? v : "=" + v;
    cell.value = "";
    return;
  }
  cell.value = v;
}

export class FakeRangeAreas extends FakeAreas implements Pick<Excel.RangeAreas, "address" | "areaCount"> {
  protected scalar(name: string, t: unknown): unknown {
    const target = t as { sheet: ModelSheet; areas: CellRange[] };
    if (name === "address") return this.addressOf(target);
    if (name === "areaCount") return target.areas.length;
    throw cannotLoad(name);
  }

  get areaCount(): number {
    return this.get("areaCount");
  }

  /** The rectangles, each a Range with its own rowIndex, columnIndex… (ExcelApi 1.9). */
  get areas(): FakeRangeCollection {
    return this.child("areas", () => new FakeRangeCollection(this.context, this));
  }

  protected override navigation(name: string): FakeObject {
    if (name === "areas") return this.areas;
    return super.navigation(name);
  }
}

export class FakeRangeCollection extends FakeScalarless {
  private loadedItems: FakeRange[] | undefined;

  constructor(
    context: FakeContext,
    private readonly owner: FakeRangeAreas,
  ) {
    super(context);
  }

  get items(): FakeRange[] {
    if (this.loadedItems === undefined) throw notLoaded("items");
    return this.loadedItems;
  }

  protected target(): unknown {
    return this.owner.resolveAreas();
  }

  override runLoad(paths: readonly string[]): unknown {
    const itemPaths = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    if (itemPaths.length === 0 && !paths.includes("items")) return super.runLoad(paths);
    const t = this.owner.resolveAreas() as { areas: CellRange[] };
    this.loadedItems = t.areas.map((a) => new FakeRange(this.context, this.owner.worksheet, () => a, false));
    return this.loadedItems.map((r) => r.runLoad(itemPaths.length > 0 ? itemPaths : ["address"]));
  }
}

// ---------------------------------------------------------------- formats

class FakeFormatPart extends FakeScalarless {
  constructor(
    context: FakeContext,
    protected readonly owner: FakeAreas,
  ) {
    super(context);
  }

  protected target(): unknown {
    return this.owner.resolveAreas();
  }

  /** Queues a format change applied to every cell of the owner's areas. */
  protected apply(request: Record<string, unknown>, fn: (format: CellFormat) => void): void {
    this.context.enqueue(request, () => {
      const { sheet, areas } = this.owner.resolveWritable();
      eachCell(sheet, areas, (cell) => fn(cell.format));
    });
  }
}

export class FakeRangeFill extends FakeFormatPart implements Pick<Excel.RangeFill, "color"> {
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.apply({ fill: value }, (f) => (f.fill = value));
  }
}

export class FakeRangeFont
  extends FakeFormatPart
  implements Pick<Excel.RangeFont, "bold" | "italic" | "size" | "color">
{
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.apply({ bold: value }, (f) => (f.bold = value));
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(value: boolean) {
    this.apply({ italic: value }, (f) => (f.italic = value));
  }
  get size(): number {
    return this.get("size");
  }
  set size(value: number) {
    this.apply({ size: value }, (f) => (f.size = value));
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.apply({ fontColor: value }, (f) => (f.fontColor = value));
  }
}

export class FakeRangeBorder extends FakeFormatPart implements Pick<Excel.RangeBorder, "style"> {
  get style():
    | Excel.BorderLineStyle
    | "None"
    | "Continuous"
    | "Dash"
    | "DashDot"
    | "DashDotDot"
    | "Dot"
    | "Double"
    | "SlantDashDot" {
    return this.get("style");
  }
  set style(
    value:
      | Excel.BorderLineStyle
      | "None"
      | "Continuous"
      | "Dash"
      | "DashDot"
      | "DashDotDot"
      | "Dot"
      | "Double"
      | "SlantDashDot",
  ) {
    this.apply({ borderStyle: value }, (f) => (f.border = value !== "None"));
  }
}

export class FakeRangeBorderCollection extends FakeFormatPart {
  getItem(index: string): FakeRangeBorder {
    return this.child(`border:${index}`, () => new FakeRangeBorder(this.context, this.owner));
  }
}

export class FakeRangeFormat
  extends FakeFormatPart
  implements Pick<Excel.RangeFormat, "wrapText" | "horizontalAlignment" | "columnWidth">
{
  get fill(): FakeRangeFill {
    return this.child("fill", () => new FakeRangeFill(this.context, this.owner));
  }
  get font(): FakeRangeFont {
    return this.child("font", () => new FakeRangeFont(this.context, this.owner));
  }
  get borders(): FakeRangeBorderCollection {
    return this.child("borders", () => new FakeRangeBorderCollection(this.context, this.owner));
  }

  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(value: boolean) {
    this.apply({ wrapText: value }, (f) => (f.wrap = value));
  }

  get horizontalAlignment():
    | Excel.HorizontalAlignment
    | "General"
    | "Left"
    | "Center"
    | "Right"
    | "Fill"
    | "Justify"
    | "CenterAcrossSelection"
    | "Distributed" {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(
    value:
      | Excel.HorizontalAlignment
      | "General"
      | "Left"
      | "Center"
      | "Right"
      | "Fill"
      | "Justify"
      | "CenterAcrossSelection"
      | "Distributed",
  ) {
    this.apply({ horizontalAlignment: value }, (f) => (f.hAlign = value as CellFormat["hAlign"]));
  }

  get columnWidth(): number {
    return this.get("columnWidth");
  }
  /** Widths belong to columns, not cells: set per column of the areas. */
  set columnWidth(value: number) {
    this.context.enqueue({ columnWidth: value }, () => {
      const { sheet, areas } = this.owner.resolveWritable();
      for (const a of areas) for (let c = a.left; c <= a.right; c++) sheet.columnWidths.set(c, value);
    });
  }
}

// ---------------------------------------------------------------- conditional formats

export class FakeConditionalFormatCollection extends FakeScalarless {
  private loadedItems: FakeConditionalFormat[] | undefined;

  constructor(
    context: FakeContext,
    private readonly owner: FakeAreas,
  ) {
    super(context);
  }

  get items(): FakeConditionalFormat[] {
    if (this.loadedItems === undefined) throw notLoaded("items");
    return this.loadedItems;
  }

  protected target(): unknown {
    return this.owner.resolveAreas();
  }

  private formatsOf(t: { sheet: ModelSheet; areas: CellRange[] }): ModelConditionalFormat[] {
    return t.sheet.conditionalFormats.filter((f) =>
      f.areas.some((fa) => t.areas.some((a) => intersects(fa, a))),
    );
  }

  override runLoad(paths: readonly string[]): unknown {
    const itemPaths = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    if (itemPaths.length === 0 && !paths.includes("items")) return super.runLoad(paths);
    const t = this.owner.resolveAreas() as { sheet: ModelSheet; areas: CellRange[] };
    const sheet = t.sheet;
    this.loadedItems = this.formatsOf(t).map(
      (f) => new FakeConditionalFormat(this.context, this.owner.worksheet, () => sheet, f.id),
    );
    return this.loadedItems.map((item) => item.runLoad(itemPaths.length > 0 ? itemPaths : ["type"]));
  }

  add(type: Excel.ConditionalFormatType | string): FakeConditionalFormat {
    const made = { id: "" };
    this.context.enqueue({ addConditionalFormat: type }, () => {
      const { sheet, areas } = this.owner.resolveWritable();
      made.id = `cf${this.context.model.nextId++}`;
      // Added at the top priority, as Office.js does.
      sheet.conditionalFormats.unshift({
        id: made.id,
        type,
        areas: areas.map((a) => ({ ...a })),
        formula: null,
        fill: null,
      });
    });
    return new FakeConditionalFormat(
      this.context,
      this.owner.worksheet,
      () => this.owner.worksheet.resolveSheet(),
      () => made.id,
    );
  }

  clearAll(): void {
    this.context.enqueue({ clearAllConditionalFormats: true }, () => {
      const t = this.owner.resolveWritable();
      const gone = new Set(this.formatsOf(t).map((f) => f.id));
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => !gone.has(f.id));
    });
  }
}

export class FakeConditionalFormat extends FakeObject implements Pick<Excel.ConditionalFormat, "type"> {
  constructor(
    context: FakeContext,
    readonly worksheet: FakeWorksheet,
    private readonly sheetOf: () => ModelSheet,
    private readonly id: string | (() => string),
  ) {
    super(context);
  }

  private idNow(): string {
    return typeof this.id === "string" ? this.id : this.id();
  }

  /** The model format; throws when it was deleted. */
  model(): ModelConditionalFormat {
    const id = this.idNow();
    const f = this.sheetOf().conditionalFormats.find((x) => x.id === id);
    if (f === undefined) throw new FakeOfficeError("ItemNotFound", "The conditional format doesn't exist.");
    return f;
  }

  protected target(): unknown {
    return this.model();
  }

  protected scalar(name: string, t: unknown): unknown {
    const f = t as ModelConditionalFormat;
    if (name === "type") return f.type;
    if (name === "id") return f.id;
    throw cannotLoad(name);
  }

  get type():
    | Excel.ConditionalFormatType
    | "Custom"
    | "DataBar"
    | "ColorScale"
    | "IconSet"
    | "TopBottom"
    | "PresetCriteria"
    | "ContainsText"
    | "CellValue" {
    return this.get("type");
  }

  get custom(): FakeCustomConditionalFormat {
    return this.child("custom", () => new FakeCustomConditionalFormat(this.context, this, false));
  }

  get customOrNullObject(): FakeCustomConditionalFormat {
    return this.child("customOrNullObject", () => new FakeCustomConditionalFormat(this.context, this, true));
  }

  protected override navigation(name: string): FakeObject {
    if (name === "custom") return this.custom;
    if (name === "customOrNullObject") return this.customOrNullObject;
    return super.navigation(name);
  }

  delete(): void {
    this.context.enqueue({ deleteConditionalFormat: true }, () => {
      const f = this.model();
      const sheet = writable(this.context.model, this.sheetOf());
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== f);
    });
  }
}

export class FakeCustomConditionalFormat extends FakeScalarless {
  constructor(
    context: FakeContext,
    readonly owner: FakeConditionalFormat,
    private readonly nullable: boolean,
  ) {
    super(context);
  }

  /** The model format when it is a custom one; null (OrNullObject) or an error otherwise. */
  modelCustom(): ModelConditionalFormat | null {
    const f = this.owner.model();
    if (f.type === "Custom") return f;
    if (this.nullable) return null;
    throw new FakeOfficeError("InvalidOperation", "The conditional format is not a custom one.");
  }

  protected target(): unknown {
    return this.modelCustom();
  }

  get rule(): FakeConditionalFormatRule {
    return this.child("rule", () => new FakeConditionalFormatRule(this.context, this));
  }

  get format(): FakeConditionalRangeFormat {
    return this.child("format", () => new FakeConditionalRangeFormat(this.context, this));
  }

  protected override navigation(name: string): FakeObject {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return super.navigation(name);
  }

  /** Queues a change of the model format (on a writable sheet). */
  change(request: Record<string, unknown>, fn: (f: ModelConditionalFormat) => void): void {
    this.context.enqueue(request, () => {
      const f = this.modelCustom();
      if (f === null) throw new FakeOfficeError("InvalidObjectPath", "The object is a null object.");
      writable(this.context.model, this.owner.worksheet.resolveSheet());
      fn(f);
    });
  }
}

/** A part of a custom conditional format, standing for the format's model. */
abstract class FakeCustomPart extends FakeObject {
  constructor(
    context: FakeContext,
    protected readonly custom: FakeCustomConditionalFormat,
  ) {
    super(context);
  }

  protected target(): unknown {
    return this.custom.modelCustom();
  }
}

export class FakeConditionalFormatRule
  extends FakeCustomPart
  implements Pick<Excel.ConditionalFormatRule, "formula">
{
  protected scalar(name: string, t: unknown): unknown {
    if (name === "formula") return (t as ModelConditionalFormat).formula;
    throw cannotLoad(name);
  }

  get formula(): string {
    return this.get("formula");
  }
  set formula(value: string) {
    this.custom.change({ formula: value }, (f) => (f.formula = value));
  }
}

export class FakeConditionalRangeFormat extends FakeCustomPart {
  protected scalar(name: string): unknown {
    throw cannotLoad(name);
  }

  get fill(): { color: string } {
    const custom = this.custom;
    return {
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The double does not load conditional fills.");
      },
      set color(value: string) {
        custom.change({ conditionalFill: value }, (f) => (f.fill = value));
      },
    };
  }
}

// ---------------------------------------------------------------- charts

type ChartTypeArg = Parameters<Excel.ChartCollection["add"]>[0];
type SeriesByArg = Parameters<Excel.ChartCollection["add"]>[2];

/** `worksheet.charts`: add a chart over a range, find one by name. */
export class FakeChartCollection extends FakeScalarless {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context);
  }

  protected target(): unknown {
    return this.sheet.resolveSheet();
  }

  add(type: ChartTypeArg, sourceData: FakeRange, seriesBy: SeriesByArg = "Auto"): FakeChart {
    let created: ModelChart | null = null;
    this.context.enqueue({ addChart: type, seriesBy }, () => {
      const sheet = writable(this.context.model, this.sheet.resolveSheet());
      const source = sourceData.resolveAreas();
      if (source === null) throw new FakeOfficeError("InvalidArgument", "The source data is a null object.");
      created = {
        name: `Chart ${this.context.model.nextId++}`,
        type,
        source: source.areas[0],
        seriesBy,
        title: "",
        position: null,
      };
      (sheet.charts ??= []).push(created);
    });
    return new FakeChart(this.context, this.sheet, () => created, false);
  }

  getItemOrNullObject(name: string): FakeChart {
    this.context.path("charts.getItemOrNullObject", name);
    const find = () => this.sheet.resolveSheet().charts?.find((c) => c.name === name) ?? null;
    return new FakeChart(this.context, this.sheet, find, true);
  }
}

export class FakeChart extends FakeObject implements Pick<Excel.Chart, "name"> {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly find: () => ModelChart | null,
    private readonly nullable: boolean,
  ) {
    super(context);
  }

  resolveChart(): ModelChart {
    const c = this.find();
    if (c === null)
      throw new FakeOfficeError(
        this.nullable ? "InvalidObjectPath" : "ItemNotFound",
        "The chart does not exist.",
      );
    return c;
  }

  protected target(): unknown {
    const c = this.find();
    if (c === null && !this.nullable) throw new FakeOfficeError("ItemNotFound", "The chart does not exist.");
    return c;
  }

  protected scalar(name: string, t: unknown): unknown {
    if (name === "name") return (t as ModelChart).name;
    throw cannotLoad(name);
  }

  get name(): string {
    return this.get("name");
  }

  set name(value: string) {
    this.context.enqueue({ chartName: value }, () => {
      writable(this.context.model, this.sheet.resolveSheet());
      this.resolveChart().name = value;
    });
  }

  get title(): FakeChartTitle {
    return this.child("title", () => new FakeChartTitle(this.context, this));
  }

  setPosition(startCell: string, endCell?: string): void {
    this.context.enqueue({ setPosition: [startCell, endCell] }, () => {
      writable(this.context.model, this.sheet.resolveSheet());
      this.resolveChart().position = { start: startCell, end: endCell ?? null };
    });
  }

  delete(): void {
    this.context.enqueue({ deleteChart: true }, () => {
      const sheet = writable(this.context.model, this.sheet.resolveSheet());
      const chart = this.resolveChart();
      sheet.charts = sheet.charts?.filter((c) => c !== chart);
    });
  }
}

export class FakeChartTitle extends FakeObject implements Pick<Excel.ChartTitle, "text"> {
  constructor(
    context: FakeContext,
    private readonly chart: FakeChart,
  ) {
    super(context);
  }

  protected target(): unknown {
    return this.chart.resolveChart();
  }

  protected scalar(name: string, t: unknown): unknown {
    if (name === "text") return (t as ModelChart).title;
    throw cannotLoad(name);
  }

  get text(): string {
    return this.get("text");
  }

  set text(value: string) {
    this.context.enqueue({ chartTitle: value }, () => {
      this.chart.resolveChart().title = value;
    });
  }
}

/** The runs [from, to] of `first`…`last` that no hidden index falls in. */
function visibleRuns(hidden: readonly number[], first: number, last: number): [number, number][] {
  const runs: [number, number][] = [];
  let from = first;
  for (const h of [...new Set(hidden)].filter((x) => x >= first && x <= last).sort((x, y) => x - y)) {
    if (h > from) runs.push([from, h - 1]);
    from = h + 1;
  }
  if (from <= last) runs.push([from, last]);
  return runs;
}
