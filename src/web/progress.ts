/** Many files one after another, telling the page which one is being read (file n/N). */

export interface Progress {
  /** 1-based number of the file being read. */
  current: number;
  total: number;
  name: string;
}

export type OnProgress = (progress: Progress) => void;

/** Gives the page a chance to repaint the progress bar between two files. */
function repaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` on each item in order; one at a time, so memory holds one workbook, not all of them. */
export async function eachWithProgress<T extends { name: string }, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  onProgress?: OnProgress,
): Promise<R[]> {
  const results: R[] = [];
  for (const [i, item] of items.entries()) {
    onProgress?.({ current: i + 1, total: items.length, name: item.name });
    await repaint();
    results.push(await work(item));
  }
  return results;
}
