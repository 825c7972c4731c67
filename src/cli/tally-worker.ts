/**
 * A worker thread of `tdkt tong-hop`: reads and checks the unit workbooks it is sent, one at a time,
 * with the core's own `readUnits` (so an unreadable file is reported exactly as in one thread).
 */
import { parentPort, workerData } from "node:worker_threads";
import { readUnits } from "../core/tally";
import { readSheetsOf } from "./read-file";
import type { UnitJob, WorkerSetup } from "./parallel-units";

const { plan, reportDate } = workerData as WorkerSetup;

parentPort?.on("message", (job: UnitJob) => {
  void readUnits([{ name: job.path, readSheets: () => readSheetsOf(job.path) }], { plan, reportDate }).then(
    ([unit]) => parentPort?.postMessage({ index: job.index, unit }),
  );
});
// Everything is loaded: the first file may come.
parentPort?.postMessage("ready");
