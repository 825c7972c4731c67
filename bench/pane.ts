/**
 * Time to interactive of the task pane: the production pane in headless Debian Chromium (the e2e
 * harness: Office.js answered locally by the Excel double, no network), from navigation to the
 * "Kiểm tra" button being enabled. A fresh browser profile per run; the median of RUNS runs.
 */
import { join } from "node:path";
import { ensureBuilt, ROOT, startPaneHost } from "../test/e2e/harness";

const RUNS = 7;
const SAMPLE = join(ROOT, "samples", "an-giang-2025-xa-my-hoa-hung.xlsx");

export interface PaneResult {
  interactiveMs: number;
  runs: number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

export async function benchPane(runs = RUNS): Promise<PaneResult> {
  await ensureBuilt();
  const times: number[] = [];
  // One browser at a time, on purpose: parallel runs would measure each other.
  const step = async (): Promise<void> => {
    if (times.length >= runs) return;
    const host = await startPaneHost(SAMPLE);
    try {
      if (host.consoleErrors.length > 0)
        throw new Error(`the pane reported: ${host.consoleErrors.join("; ")}`);
      times.push(host.interactiveMs);
    } finally {
      await host.close();
    }
    await step();
  };
  await step();
  return { interactiveMs: median(times), runs: times };
}

if (require.main === module) benchPane().then((r) => console.log(JSON.stringify(r, null, 2)));
