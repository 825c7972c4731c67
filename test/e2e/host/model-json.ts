/**
 * The Excel double's workbook as JSON and back, so the Node test can hand a fixture's model to the
 * browser page and read the page's model back for assertions (Maps do not survive JSON).
 */
import type { ModelCell, ModelSheet, ModelWorkbook } from "../../excel-double/model";

export interface ModelJson {
  sheets: (Omit<ModelSheet, "cells" | "columnWidths"> & {
    cells: [number, ModelCell][];
    columnWidths: [number, number][];
  })[];
  activeSheet: string | null;
  selection: ModelWorkbook["selection"];
  settings: [string, unknown][];
  nextId: number;
  readOnly?: boolean;
  structureProtected?: boolean;
  officeReadyDelayMs?: number;
  officeStartError?: string;
  settingsSaves?: ModelWorkbook["settingsSaves"];
}

export function modelToJson(model: ModelWorkbook): ModelJson {
  return {
    sheets: model.sheets.map((s) => ({ ...s, cells: [...s.cells], columnWidths: [...s.columnWidths] })),
    activeSheet: model.activeSheet,
    selection: model.selection,
    settings: [...model.settings],
    nextId: model.nextId,
    readOnly: model.readOnly,
    structureProtected: model.structureProtected,
    officeReadyDelayMs: model.officeReadyDelayMs,
    officeStartError: model.officeStartError,
    settingsSaves: model.settingsSaves,
  };
}

export function modelFromJson(json: ModelJson): ModelWorkbook {
  return {
    sheets: json.sheets.map((s) => ({
      ...s,
      cells: new Map(s.cells),
      columnWidths: new Map(s.columnWidths),
    })),
    activeSheet: json.activeSheet,
    selection: json.selection,
    settings: new Map(json.settings),
    nextId: json.nextId,
    readOnly: json.readOnly,
    structureProtected: json.structureProtected,
    officeReadyDelayMs: json.officeReadyDelayMs,
    officeStartError: json.officeStartError,
    settingsSaves: json.settingsSaves,
  };
}
