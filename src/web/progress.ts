/** Many files one after another, telling the page which one is being read (file n/N). */
import type { TallyProgress } from "../core/tally";

/** The core's progress of a tally; checking files reports the same way. */
export type Progress = TallyProgress;

export type OnProgress = (progress: Progress) => void;

/** Gives the page a chance to repaint the progress bar between two files. */
function repaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Tells the page about the next file, then lets it repaint before the file is read. */
export function repainting(onProgress?: OnProgress): (progress: Progress) => Promise<void> {
  return (progress) => {
    onProgress?.(progress);
    return repaint();
  };
}

/** Runs `work` on each item in order; one at a time, so memory holds one workbook, not all of them. */
export async function eachWithProgress<T extends { name: string }, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  onProgress?: OnProgress,
): Promise<R[]> {
  const results: R[] = [];
  const report = repainting(onProgress);
  for (const [i, item] of items.entries()) {
    await report({ current: i + 1, total: items.length, name: item.name });
    results.push(await work(item));
  }
  return results;
}
