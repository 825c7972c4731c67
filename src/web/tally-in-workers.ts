/**
 * "Tổng hợp tỉnh" read on Web Workers: the picked files go to one worker per core (two at most,
 * so the page keeps a core for itself), each taking the next file from a shared queue; progress
 * is told as each file is handed out. The results come back in the files' order.
 */
import type { TallyProgress, UnitSetup, UnitWorkbook } from "../core/tally";
import type { TallyWorkerReply, TallyWorkerRequest } from "./tally-worker";

/** Where webpack put the worker entry, with the build's id against a stale cached copy. */
declare const TALLY_WORKER_URL: string;

/** Whether this page can start the tally worker (a browser with workers and the built entry). */
export function canUseTallyWorkers(): boolean {
  return typeof Worker !== "undefined" && typeof TALLY_WORKER_URL === "string";
}

export function readUnitsInWorkers(
  files: readonly { name: string; file: Blob }[],
  setup: UnitSetup,
  onProgress?: (progress: TallyProgress) => void,
): Promise<UnitWorkbook[]> {
  const units = new Array<UnitWorkbook>(files.length);
  let next = 0;
  const count = Math.max(1, Math.min(2, (navigator.hardwareConcurrency || 2) - 1, files.length));
  const run = (): Promise<void> =>
    new Promise((done, fail) => {
      const worker = new Worker(new URL(TALLY_WORKER_URL, document.baseURI));
      let current = -1;
      const give = (): void => {
        if (next >= files.length) {
          worker.terminate();
          done();
          return;
        }
        current = next++;
        onProgress?.({ current: current + 1, total: files.length, name: files[current].name });
        worker.postMessage({ index: current, ...files[current] } satisfies TallyWorkerRequest);
      };
      worker.onmessage = (event: MessageEvent<TallyWorkerReply>) => {
        const reply = event.data;
        if (reply === "ready") worker.postMessage({ setup } satisfies TallyWorkerRequest);
        else units[reply.index] = reply.unit;
        give();
      };
      worker.onerror = (event) => {
        worker.terminate();
        fail(new Error(`Không chạy được bộ đọc tệp nền: ${event.message}`));
      };
    });
  return Promise.all(Array.from({ length: count }, run)).then(() => units);
}
