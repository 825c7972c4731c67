/**
 * The unit workbooks of `tdkt tong-hop` read and checked on every core: this thread and one worker
 * thread per other core take the files one at a time from a shared queue, so a slow file never
 * holds the others back. This thread starts at once, while each worker spends a second or two
 * loading ExcelJS. The result is in the order of the files, as the one-thread `readUnits` gives it.
 * A handful of files is read here alone (a worker would not be ready before they are done), as is
 * any file whose worker died.
 */
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Plan } from "../core/plan";
import { readUnits, type TallyProgress, type UnitWorkbook } from "../core/tally";
import { readSheetsOf } from "./read-file";

export interface WorkerSetup {
  plan: Plan;
  reportDate: string;
}

export interface UnitJob {
  index: number;
  path: string;
}

/** Below this many files the tally runs in this thread. */
export const MIN_FILES_FOR_WORKERS = 8;
/** Workers started at most: the tally is CPU-bound, one per core. */
const MAX_WORKERS = 8;

function readHere(path: string, setup: WorkerSetup): Promise<UnitWorkbook> {
  return readUnits([{ name: path, readSheets: () => readSheetsOf(path) }], setup).then(([unit]) => unit);
}

/** The worker's script beside this one: compiled .js, or .ts under tsx/ts-jest (loaded through tsx). */
function startWorker(setup: WorkerSetup): Worker {
  const ext = extname(__filename);
  const file = join(__dirname, `tally-worker${ext}`);
  const execArgv = ext === ".ts" ? ["--require", require.resolve("tsx/cjs")] : undefined;
  return new Worker(file, { workerData: setup, execArgv });
}

export async function readUnitsInParallel(
  paths: readonly string[],
  setup: WorkerSetup,
  onProgress?: (progress: TallyProgress) => void,
  workers: number = Math.min(availableParallelism() - 1, MAX_WORKERS),
): Promise<UnitWorkbook[]> {
  if (paths.length < MIN_FILES_FOR_WORKERS || workers < 1)
    return readUnits(
      paths.map((path) => ({ name: path, readSheets: () => readSheetsOf(path) })),
      { ...setup, onProgress },
    );
  const units: UnitWorkbook[] = new Array<UnitWorkbook>(paths.length);
  let next = 0;
  const take = (): UnitJob | null => {
    if (next >= paths.length) return null;
    const job = { index: next, path: paths[next] };
    next++;
    onProgress?.({ current: next, total: paths.length, name: job.path });
    return job;
  };
  /** Workers without a file: stopped once the queue is empty (one may not even be ready yet). */
  const idle = new Set<() => void>();
  const run = (): Promise<void> =>
    new Promise((done) => {
      const worker = startWorker(setup);
      let current: UnitJob | null = null;
      const stop = (): void => {
        idle.delete(stop);
        void worker.terminate();
        done();
      };
      const give = (): void => {
        current = take();
        if (current === null) stop();
        else worker.postMessage(current);
      };
      idle.add(stop);
      // The first message says the worker has loaded; each later one carries a unit.
      worker.on("message", (result: { index: number; unit: UnitWorkbook } | "ready") => {
        if (result !== "ready") units[result.index] = result.unit;
        idle.delete(stop);
        give();
      });
      worker.on("error", () => {
        idle.delete(stop);
        // The file it held is read here, and so is every file left once no worker remains.
        void (async () => {
          for (let job = current; job !== null; job = take())
            units[job.index] = await readHere(job.path, setup);
          done();
        })();
      });
    });
  const here = async (): Promise<void> => {
    for (let job = take(); job !== null; job = take()) units[job.index] = await readHere(job.path, setup);
    for (const stop of [...idle]) stop();
  };
  await Promise.all([here(), ...Array.from({ length: workers }, run)]);
  return units;
}
