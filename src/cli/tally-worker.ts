/**
 * A worker thread of `tdkt tong-hop`: reads and checks the unit workbooks it is sent, one at a time,
 * with the core's own `readUnits` (so an unreadable file is reported exactly as in one thread).
 */
import { parentPort } from "node:worker_threads";
import { readUnits } from "../core/tally";
import { readSheetsOf } from "./read-file";
import type { UnitSetup } from "../core/tally";
import type { WorkerReply, WorkerRequest } from "./parallel-units";

let setup: UnitSetup | null = null;

parentPort?.on("message", (request: WorkerRequest) => {
  if ("setup" in request) {
    setup = request.setup;
    return;
  }
  if (setup === null) return;
  const { index, path } = request;
  void readUnits([{ name: path, readSheets: () => readSheetsOf(path) }], setup).then(([unit]) =>
    parentPort?.postMessage({ index, unit } satisfies WorkerReply),
  );
});
// Everything is loaded: the first file may come.
parentPort?.postMessage("ready" satisfies WorkerReply);
