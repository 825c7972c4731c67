/**
 * The unit workbooks of `tdkt tong-hop` read and checked on every core: this thread and one worker
 * thread per other core take the files one at a time from a shared queue, so a slow file never
 * holds the others back. This thread starts at once, while each worker spends a second or two
 * loading ExcelJS and SheetJS; the workers are kept (idle, not holding the process open) for the
 * next tally of the same process. The result is in the order of the files, as the one-thread
 * `readUnits` gives it. A handful of files is read here alone, as is any file whose worker died.
 */
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { readUnits, type TallyProgress, type UnitSetup, type UnitWorkbook } from "../core/tally";
import { readSheetsOf } from "./read-file";

/** What a worker is sent: the tally's setup, then its files one at a time. */
export type WorkerRequest = { setup: UnitSetup } | { index: number; path: string };

/** What a worker answers: that it has loaded, then one unit per file. */
export type WorkerReply = "ready" | { index: number; unit: UnitWorkbook };

/** Below this many files the tally runs in this thread. */
export const MIN_FILES_FOR_WORKERS = 8;
/** Workers started at most: the tally is CPU-bound, one per core beside this thread's. */
export const WORKER_COUNT = Math.max(0, Math.min(availableParallelism() - 1, 7));

interface PoolWorker {
  worker: Worker;
  ready: Promise<boolean>;
}

const pool: PoolWorker[] = [];

/** The worker's script beside this one: compiled .js, or .ts under tsx/ts-jest (loaded through tsx). */
function startWorker(): PoolWorker {
  const ext = extname(__filename);
  const execArgv = ext === ".ts" ? ["--require", require.resolve("tsx/cjs")] : undefined;
  const worker = new Worker(join(__dirname, `tally-worker${ext}`), { execArgv });
  worker.unref();
  const ready = new Promise<boolean>((resolve) => {
    worker.once("message", () => resolve(true));
    worker.once("error", () => resolve(false));
  });
  return { worker, ready };
}

function readHere(path: string, setup: UnitSetup): Promise<UnitWorkbook> {
  return readUnits([{ name: path, readSheets: () => readSheetsOf(path) }], setup).then(([unit]) => unit);
}

export async function readUnitsInParallel(
  paths: readonly string[],
  setup: UnitSetup,
  onProgress?: (progress: TallyProgress) => void,
  workers: number = WORKER_COUNT,
): Promise<UnitWorkbook[]> {
  if (paths.length < MIN_FILES_FOR_WORKERS || workers < 1)
    return readUnits(
      paths.map((path) => ({ name: path, readSheets: () => readSheetsOf(path) })),
      { ...setup, onProgress },
    );
  while (pool.length < workers) pool.push(startWorker());
  const units: UnitWorkbook[] = new Array<UnitWorkbook>(paths.length);
  let next = 0;
  const take = (): { index: number; path: string } | null => {
    if (next >= paths.length) return null;
    const job = { index: next, path: paths[next] };
    next++;
    onProgress?.({ current: next, total: paths.length, name: job.path });
    return job;
  };
  /** Workers not yet given a file: let go once the queue is empty (one may still be loading). */
  const waiting = new Set<() => void>();
  const run = (member: PoolWorker): Promise<void> =>
    new Promise((done) => {
      const { worker } = member;
      let current: { index: number; path: string } | null = null;
      const release = (): void => {
        waiting.delete(release);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.unref();
        done();
      };
      const give = (): void => {
        current = take();
        if (current === null) release();
        else worker.postMessage(current satisfies WorkerRequest);
      };
      const onMessage = (reply: WorkerReply): void => {
        if (reply !== "ready" && current !== null && reply.index === current.index)
          units[reply.index] = reply.unit;
        give();
      };
      const onError = (): void => {
        pool.splice(pool.indexOf(member), 1);
        waiting.delete(release);
        // The file it held is read here, and so is every file left once no worker remains.
        void (async () => {
          for (let job = current; job !== null; job = take())
            units[job.index] = await readHere(job.path, setup);
          done();
        })();
      };
      worker.on("error", onError);
      waiting.add(release);
      void member.ready.then((ok) => {
        if (!ok || !waiting.has(release)) return;
        waiting.delete(release);
        worker.ref();
        worker.on("message", onMessage);
        worker.postMessage({ setup } satisfies WorkerRequest);
        give();
      });
    });
  const here = async (): Promise<void> => {
    for (let job = take(); job !== null; job = take()) units[job.index] = await readHere(job.path, setup);
    for (const release of [...waiting]) release();
  };
  await Promise.all([here(), ...pool.slice(0, workers).map(run)]);
  return units;
}
