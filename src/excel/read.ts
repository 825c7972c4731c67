/**
 * Reading every sheet's used range. Round trips follow the size of the data, never the number of
 * rows or sheets: one sync for the sheet list and the active sheet's size; one for the used
 * ranges, their hidden rows, together with values: the whole active sheet when it fits one sync's
 * budget, and a head window of every other sheet (the whole list when it is small) in what is
 * left; then the rest in as few syncs as the budget allows, in whole rows, sized by the bytes per
 * cell measured on what was read so far. The merged areas (ExcelApi 1.13) ride along: with the
 * used ranges when those start at the top of the box asked for (the whole active sheet, a head
 * window), else with the next sync, and a sync of their own only when no other follows or there
 * are too many bands to ride.
 *
 * A used range far larger than its data (a stray value at XFD1048576) is not read cell by cell:
 * one sync asks Excel where the constants and formulas are, and only those areas are read. Reads
 * stop at the file host's row limit, so a workbook one host refuses the other refuses too.
 */
import type { CellRange, SheetGrid } from "../core/types";
import { MAX_WORKBOOK_ROWS } from "../workbook/size-limit";
import {
  CELLS_PER_SYNC,
  cellsWithin,
  ESTIMATED_BYTES_PER_CELL,
  halves,
  packBatches,
  payloadBytes,
  PAYLOAD_BUDGET_BYTES,
  refusedForSize,
  rowsWithin,
} from "./batches";
import { officeLikeError, TOO_MANY_ROWS } from "./errors";
import type { SheetMemory } from "./sheet-memory";

/**
 * The head window is read before the used range's size is known, so its shape is fixed: columns
 * A–Z (wider than any nomination list: ~20 columns with every particular of plan 000) and as many
 * rows as keep all sheets' windows within one sync's budget.
 */
export const HEAD_COLUMNS = 26;
/**
 * `getMergedAreasOrNullObject` fails beyond 512 areas, so merges are asked for in bands of rows
 * of the used range: 32 rows hold up to 16 merges a row, more than any header or record row has.
 */
const MERGE_BAND_ROWS = 32;
/**
 * What one merge band adds to a request, object paths included, as Office.js sends it (a generous
 * guess: the double counts about half).
 */
const MERGE_BAND_REQUEST_BYTES = 400;
/**
 * Merge bands allowed to ride in a sync that carries values: a tenth of the budget, well within
 * the megabyte of head-room under the 5 MB limit. More go in a sync of their own.
 */
const MAX_RIDING_MERGE_BANDS = Math.floor(PAYLOAD_BUDGET_BYTES / 10 / MERGE_BAND_REQUEST_BYTES);
/** A used range beyond this many cells is read by its data areas rather than as a rectangle. */
const SPARSE_THRESHOLD_CELLS = 4 * CELLS_PER_SYNC;

/** Geometry Office.js gives for a range (0-based index, counts). */
interface Box {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

interface SheetRead {
  name: string;
  visibility: SheetGrid["visibility"];
  sheet: Excel.Worksheet;
  used: Excel.Range;
  /** Loaded with the used range: its values too (`whole`), or those of a head window, or none. */
  whole: boolean;
  head: Excel.Range | null;
  /** The sheet's visible cells as areas: rows no area covers are hidden (null object: nothing is visible). */
  visible: Excel.RangeAreas;
  /** Merge bands asked for with the used range, over a box guessed before its size was known. */
  early: EarlyMerges | null;
}

/** Merge bands over `box`, from its top row: they serve a used range that starts there and fits in it. */
interface EarlyMerges {
  box: Box;
  bands: Excel.RangeAreas[];
}

/** A block of one sheet still to load: 0-based offsets from the used range's top-left, counts. */
interface Region {
  index: number;
  firstRow: number;
  rowCount: number;
  firstColumn: number;
  columnCount: number;
}

const VISIBILITY: Record<string, SheetGrid["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** Rows of the head window of each of `sheets` sheets sharing `cells` cells; 0: no window. */
export function headRows(sheets: number, cells = CELLS_PER_SYNC): number {
  return Math.floor(cells / (Math.max(1, sheets) * HEAD_COLUMNS));
}

/** 1-based rows and columns of an area Office.js describes by indexes. */
function boxRange(b: Box): CellRange {
  return {
    top: b.rowIndex + 1,
    left: b.columnIndex + 1,
    bottom: b.rowIndex + b.rowCount,
    right: b.columnIndex + b.columnCount,
  };
}

/** Rows from `top` to `bottom` (1-based) that no visible area covers. */
function hiddenRowsBetween(visible: readonly CellRange[], top: number, bottom: number): number[] {
  const hidden: number[] = [];
  let next = top;
  for (const area of [...visible].sort((a, b) => a.top - b.top)) {
    for (let r = next; r < Math.min(area.top, bottom + 1); r++) hidden.push(r);
    next = Math.max(next, area.bottom + 1);
  }
  for (let r = next; r <= bottom; r++) hidden.push(r);
  return hidden;
}

/** Row chunks of the regions, each within the budget at its sheet's bytes per cell, packed per sync. */
function planBatches(regions: readonly Region[], bytesPerCell: (index: number) => number): Region[][] {
  // Each chunk keeps its estimated bytes, for packing.
  const chunks: (Region & { bytes: number })[] = [];
  for (const region of regions) {
    const perCell = bytesPerCell(region.index);
    const rows = rowsWithin(cellsWithin(perCell), region.columnCount);
    for (let row = region.firstRow; row < region.firstRow + region.rowCount; row += rows) {
      const rowCount = Math.min(rows, region.firstRow + region.rowCount - row);
      chunks.push({ ...region, firstRow: row, rowCount, bytes: rowCount * region.columnCount * perCell });
    }
  }
  return packBatches(chunks, (c) => c.bytes, PAYLOAD_BUDGET_BYTES);
}

/** A refused batch in two halves (chunks, or rows of a lone chunk); null when it is one row. */
function splitBatch(batch: readonly Region[]): Region[][] | null {
  const two = halves(batch);
  if (two !== null) return two;
  const [c] = batch;
  if (c.rowCount <= 1) return null;
  const half = c.rowCount >> 1;
  return [[{ ...c, rowCount: half }], [{ ...c, firstRow: c.firstRow + half, rowCount: c.rowCount - half }]];
}

/** Where a loaded block goes: its values into the sheet's grid at the block's offsets. */
function placeValues(grid: unknown[][], region: Region, values: unknown[][], width: number): void {
  values.forEach((row, i) => {
    const r = region.firstRow + i;
    if (region.firstColumn === 0 && row.length === width && grid[r] === undefined) {
      grid[r] = row;
      return;
    }
    let target = grid[r];
    if (target === undefined || target.length < width) {
      target = new Array<unknown>(width).fill("");
      grid[r] = target;
    }
    row.forEach((v, j) => (target[region.firstColumn + j] = v));
  });
}

/**
 * Loads the values of the batches one sync after another (recursion, not a loop: the payload cap
 * forces them apart). The bytes per cell are measured, not known: a batch Excel refuses for its
 * size is split in two and retried, costing one round trip per refusal; a single row refused, or
 * any other error, propagates.
 */
async function loadValues(
  context: Excel.RequestContext,
  batches: Region[][],
  reads: readonly SheetRead[],
  place: (region: Region, values: unknown[][]) => void,
  withFirst: () => void,
): Promise<void> {
  let first = true;
  const step = async ([batch, ...later]: Region[][]): Promise<void> => {
    if (batch === undefined) return;
    // Queued again with a batch sent again after a refusal: a refused sync delivers nothing.
    if (first) withFirst();
    const loaded = batch.map((chunk) => {
      const { sheet, used } = reads[chunk.index];
      const range = sheet.getRangeByIndexes(
        used.rowIndex + chunk.firstRow,
        used.columnIndex + chunk.firstColumn,
        chunk.rowCount,
        chunk.columnCount,
      );
      range.load("values");
      return { chunk, range };
    });
    try {
      await context.sync();
    } catch (e) {
      const split = refusedForSize(e) ? splitBatch(batch) : null;
      if (split === null) throw e;
      return step([...split, ...later]);
    }
    first = false;
    for (const { chunk, range } of loaded) place(chunk, range.values);
    await step(later);
  };
  await step(batches);
}

/**
 * Head values are kept when the window holds the used range's full width from its top row: then
 * they are that range's first rows. Otherwise (a list wider than A–Z, or starting past the
 * window) they are dropped and the whole range is loaded in chunks.
 */
function headCovers(head: Excel.Range | null, used: Excel.Range): head is Excel.Range {
  return (
    head !== null &&
    !head.isNullObject &&
    head.rowIndex === used.rowIndex &&
    head.columnIndex === used.columnIndex &&
    head.columnCount === used.columnCount
  );
}

/** A merge crossing a band boundary is reported by both bands: once is enough. */
function uniqueAreas(areas: readonly CellRange[]): CellRange[] {
  const seen = new Set<string>();
  return areas.filter((a) => {
    const key = `${a.top},${a.left},${a.bottom},${a.right}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function formatCount(n: number): string {
  return n.toLocaleString("vi-VN");
}

function tooManyRows(counts: readonly { name: string; rows: number }[]): Error {
  const total = counts.reduce((n, c) => n + c.rows, 0);
  const biggest = [...counts]
    .filter((c) => c.rows > 0)
    .sort((a, b) => b.rows - a.rows)
    .slice(0, 3)
    .map((c) => `«${c.name}» ${formatCount(c.rows)} dòng`)
    .join(", ");
  return officeLikeError(
    TOO_MANY_ROWS,
    `Sổ làm việc quá lớn: ${formatCount(total)} dòng dữ liệu (${biggest}), vượt giới hạn ` +
      `${formatCount(MAX_WORKBOOK_ROWS)} dòng mà Trợ lý đọc được. ` +
      "Hãy tách danh sách thành nhiều sổ nhỏ hơn hoặc xóa các dòng thừa rồi kiểm tra lại.",
  );
}

/** Rows (0-based offsets) holding data, from the areas Excel found; their count and the regions to read. */
function dataRegions(index: number, used: Box, areas: readonly Box[]): { rows: number; regions: Region[] } {
  const rows = new Set<number>();
  const regions = areas.map((a) => {
    for (let r = 0; r < a.rowCount; r++) rows.add(a.rowIndex - used.rowIndex + r);
    return {
      index,
      firstRow: a.rowIndex - used.rowIndex,
      rowCount: a.rowCount,
      firstColumn: a.columnIndex - used.columnIndex,
      columnCount: a.columnCount,
    };
  });
  return { rows: rows.size, regions };
}

/** Merge bands of MERGE_BAND_ROWS rows over `box`, queued for loading (see MERGE_BAND_ROWS). */
function queueMergeBands(sheet: Excel.Worksheet, box: Box): Excel.RangeAreas[] {
  const bands: Excel.RangeAreas[] = [];
  for (let r = 0; r < box.rowCount; r += MERGE_BAND_ROWS) {
    const band = sheet
      .getRangeByIndexes(
        box.rowIndex + r,
        box.columnIndex,
        Math.min(MERGE_BAND_ROWS, box.rowCount - r),
        box.columnCount,
      )
      .getMergedAreasOrNullObject();
    band.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
    bands.push(band);
  }
  return bands;
}

function bandCount(rows: number): number {
  return Math.ceil(rows / MERGE_BAND_ROWS);
}

/**
 * The merges of `used` from bands asked for over `early.box`: the same bands as over `used` itself
 * (same top row, rows cut at the same places), so the same merges in the same order once those
 * outside `used` are dropped. Null when the box does not serve (the range moved or outgrew it).
 */
function earlyMerges(early: EarlyMerges | null, used: Box): CellRange[] | null {
  if (early === null) return null;
  const { box } = early;
  const serves =
    box.rowIndex === used.rowIndex &&
    used.rowCount <= box.rowCount &&
    box.columnIndex <= used.columnIndex &&
    used.columnIndex + used.columnCount <= box.columnIndex + box.columnCount;
  if (!serves) return null;
  const area = boxRange(used);
  return early.bands
    .flatMap((band) => (band.isNullObject ? [] : band.areas.items.map(boxRange)))
    .filter(
      (m) => m.top <= area.bottom && area.top <= m.bottom && m.left <= area.right && area.left <= m.right,
    );
}

export async function readAllSheets(
  context: Excel.RequestContext,
  withMerges: boolean,
  memory: SheetMemory,
): Promise<SheetGrid[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name,items/visibility");
  // The list is most often on the sheet the clerk has open: its size now lets the next sync
  // read it whole when it fits, instead of a head window.
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  const activeUsed = active.getUsedRangeOrNullObject(true);
  activeUsed.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  memory.ids = worksheets.items.map((s) => s.id);

  const activeCells = activeUsed.isNullObject ? 0 : activeUsed.rowCount * activeUsed.columnCount;
  const wholeName = activeCells <= CELLS_PER_SYNC ? active.name : null;
  const windows = worksheets.items.length - (wholeName === null ? 0 : 1);
  const rows = headRows(windows, CELLS_PER_SYNC - (wholeName === null ? 0 : activeCells));
  // The merges ride along when their bands fit: over the whole active sheet (its size is known)
  // and over each head window. A used range that does not start at the box's top row, or outgrows
  // it, has its merges asked for again once its size is known.
  const activeBox: Box | null = activeUsed.isNullObject ? null : activeUsed;
  const earlyBands =
    (wholeName !== null && activeBox !== null ? bandCount(activeBox.rowCount) : 0) +
    windows * bandCount(rows);
  const mergesEarly = withMerges && earlyBands <= MAX_RIDING_MERGE_BANDS;
  const earlyBox = (whole: boolean): Box | null =>
    whole
      ? activeBox
      : rows > 0
        ? { rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: HEAD_COLUMNS }
        : null;
  const queueSheets = (withValues: boolean): SheetRead[] =>
    worksheets.items.map((sheet) => {
      const whole = withValues && sheet.name === wholeName;
      const box = withValues && mergesEarly ? earlyBox(whole) : null;
      const early = box === null ? null : { box, bands: queueMergeBands(sheet, box) };
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      if (whole) used.load("values");
      let head: Excel.Range | null = null;
      if (withValues && !whole && rows > 0) {
        head = sheet.getRangeByIndexes(0, 0, rows, HEAD_COLUMNS).getUsedRangeOrNullObject(true);
        head.load("rowIndex,columnIndex,rowCount,columnCount,values");
      }
      // Hidden rows are still records (the core reports them): Excel lists the visible cells of the
      // sheet as blocks (RangeAreas.areas, ExcelApi 1.9), the gaps between them are the hidden rows.
      // The whole sheet, not column A, which a clerk may have hidden (a helper or code column).
      // Their indexes come from the areas themselves, never from address strings.
      const visible = sheet.getRange().getSpecialCellsOrNullObject("Visible");
      visible.load(
        "areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount",
      );
      return {
        name: sheet.name,
        visibility: VISIBILITY[sheet.visibility] ?? "visible",
        sheet,
        used,
        whole,
        head,
        visible,
        early,
      };
    });
  let reads = queueSheets(true);
  try {
    await context.sync();
  } catch (e) {
    // The values riding along were longer than estimated: the sizes alone, then the chunks.
    if (!refusedForSize(e)) throw e;
    reads = queueSheets(false);
    await context.sync();
  }

  const grids: unknown[][][] = reads.map(() => []);
  const measured = reads.map(() => ({ bytes: 0, cells: 0 }));
  const dense: Region[] = [];
  const sparse: { index: number; constants: Excel.RangeAreas; formulas: Excel.RangeAreas }[] = [];
  reads.forEach(({ used, whole, head, sheet }, index) => {
    if (used.isNullObject) return;
    const values = whole ? used.values : headCovers(head, used) ? head.values : [];
    for (const row of values) grids[index].push(row);
    measured[index] = { bytes: payloadBytes(values), cells: values.length * used.columnCount };
    const done = values.length;
    if (done >= used.rowCount) return;
    if ((used.rowCount - done) * used.columnCount <= SPARSE_THRESHOLD_CELLS) {
      dense.push({
        index,
        firstRow: done,
        rowCount: used.rowCount - done,
        firstColumn: 0,
        columnCount: used.columnCount,
      });
      return;
    }
    const range = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, used.rowCount, used.columnCount);
    const constants = range.getSpecialCellsOrNullObject("Constants");
    const formulas = range.getSpecialCellsOrNullObject("Formulas");
    constants.load(
      "areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount",
    );
    formulas.load(
      "areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount",
    );
    sparse.push({ index, constants, formulas });
  });

  // Merged areas of the used ranges the early bands did not serve, in bands over each used range:
  // with the data areas of the sparse sheets, else with the first values loaded when they fit,
  // else in a sync of their own.
  const merges: (CellRange[] | null)[] = reads.map(({ used, early }) =>
    !withMerges || used.isNullObject ? [] : earlyMerges(early, used),
  );
  let late: (Excel.RangeAreas[] | null)[] = [];
  const queueLate = (): void => {
    late = reads.map(({ used, sheet }, i) => (merges[i] === null ? queueMergeBands(sheet, used) : null));
  };
  const lateBands = reads.reduce(
    (n, { used }, i) => n + (merges[i] === null ? bandCount(used.rowCount) : 0),
    0,
  );
  const rideWithValues =
    sparse.length === 0 && dense.length > 0 && lateBands > 0 && lateBands <= MAX_RIDING_MERGE_BANDS;
  const ownSync = lateBands > 0 && !rideWithValues;
  if (ownSync) queueLate();
  if (sparse.length > 0 || ownSync) await context.sync();

  const regions = [...dense];
  const rowCounts = reads.map((s, i) => ({
    name: s.name,
    rows: s.used.isNullObject ? 0 : sparse.some((x) => x.index === i) ? grids[i].length : s.used.rowCount,
  }));
  for (const { index, constants, formulas } of sparse) {
    const areas = [constants, formulas].flatMap((a) => (a.isNullObject ? [] : a.areas.items));
    const found = dataRegions(index, reads[index].used, areas);
    const head = grids[index].length;
    regions.push(
      ...found.regions
        .map((r) => ({
          ...r,
          firstRow: Math.max(r.firstRow, head),
          rowCount: r.firstRow + r.rowCount - Math.max(r.firstRow, head),
        }))
        .filter((r) => r.rowCount > 0),
    );
    rowCounts[index].rows = Math.max(head, found.rows);
  }
  if (rowCounts.reduce((n, c) => n + c.rows, 0) > MAX_WORKBOOK_ROWS) throw tooManyRows(rowCounts);

  const bytesPerCell = (i: number): number =>
    Math.max(ESTIMATED_BYTES_PER_CELL, Math.ceil(measured[i].bytes / Math.max(1, measured[i].cells)));
  await loadValues(
    context,
    planBatches(regions, bytesPerCell),
    reads,
    (region, values) =>
      placeValues(grids[region.index], region, values, reads[region.index].used.columnCount),
    rideWithValues ? queueLate : () => {},
  );

  return reads.map((s, i): SheetGrid => {
    if (s.used.isNullObject)
      return { name: s.name, values: [], originRow: 1, originCol: 1, merges: [], visibility: s.visibility };
    const top = s.used.rowIndex + 1;
    const bottom = top + s.used.rowCount - 1;
    const grid = grids[i];
    // Rows of a sparse sheet with no data: empty rows, as the file host gives.
    for (let r = 0; r < s.used.rowCount; r++) if (grid[r] === undefined) grid[r] = [];
    const bands = late[i] ?? [];
    const sheetMerges = uniqueAreas(
      merges[i] ?? bands.flatMap((band) => (band.isNullObject ? [] : band.areas.items.map(boxRange))),
    );
    // Nothing visible (every column hidden): hidden rows unknown rather than wrong.
    const visible = s.visible.isNullObject ? null : s.visible.areas.items.map(boxRange);
    return {
      name: s.name,
      values: grid,
      originRow: top,
      originCol: s.used.columnIndex + 1,
      merges: sheetMerges,
      ...(visible === null ? {} : { hiddenRows: hiddenRowsBetween(visible, top, bottom) }),
      visibility: s.visibility,
    };
  });
}
