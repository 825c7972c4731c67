/**
 * The page's Web Worker for "Tổng hợp tỉnh": reads and checks the unit workbooks it is sent (the
 * clerk's File objects), one at a time, with the core's own `readUnits`, so the page stays
 * responsive while hundreds of files are parsed. Built as its own webpack entry (webpack.config.js).
 */
import { readUnits, type UnitSetup, type UnitWorkbook } from "../core/tally";
import { readWorkbookSheets } from "../workbook";

export type TallyWorkerRequest = { setup: UnitSetup } | { index: number; name: string; file: Blob };

export type TallyWorkerReply = "ready" | { index: number; unit: UnitWorkbook };

interface WorkerScope {
  onmessage: ((event: MessageEvent<TallyWorkerRequest>) => void) | null;
  postMessage(reply: TallyWorkerReply): void;
}

const scope = self as unknown as WorkerScope;
let setup: UnitSetup | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  if ("setup" in request) {
    setup = request.setup;
    return;
  }
  if (setup === null) return;
  const { index, name, file } = request;
  const source = {
    name,
    readSheets: async () => readWorkbookSheets(new Uint8Array(await file.arrayBuffer()), name),
  };
  void readUnits([source], setup).then(([unit]) => scope.postMessage({ index, unit }));
};
scope.postMessage("ready");
