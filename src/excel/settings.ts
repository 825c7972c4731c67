/**
 * Settings kept in the workbook (plan choice, column mapping corrections, the sheets the product
 * owns) through `Office.context.document.settings`: they travel with the file, nothing leaves the
 * computer. Saving is the slow part (a round trip to the document), so a change is kept in memory
 * at once and saved a moment later, once for a burst of changes, one `saveAsync` at a time; a
 * value set to what it already is saves nothing (opening the pane writes nothing).
 */

export interface SettingsStore {
  get(key: string): unknown;
  /** Changes the value now; the document is saved shortly after (see above). */
  set(key: string, value: unknown): void;
  /** Resolves once every change made so far is saved; rejects with the save's error. */
  flush(): Promise<void>;
  /** Hears of every save that failed (a read-only workbook, for one). */
  onSaveError(listener: (e: unknown) => void): () => void;
}

/** What a store saves into: Office's settings bag, or memory. */
export interface SettingsBackend {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  save(): Promise<void>;
}

/** Long enough to gather a clerk's typing into one save, short enough to be saved before they close. */
export const SAVE_DELAY_MS = 800;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function createDebouncedSettings(backend: SettingsBackend, delayMs = SAVE_DELAY_MS): SettingsStore {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let running: Promise<void> | null = null;
  let waiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  const listeners = new Set<(e: unknown) => void>();

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(start, delayMs);
  };
  // One save at a time: changes made while one runs are saved by the next, started when it ends.
  function start(): void {
    timer = undefined;
    if (running !== null || !dirty) return;
    dirty = false;
    const settled = waiters;
    waiters = [];
    const save = backend.save();
    running = save
      .then(
        () => settled.forEach((w) => w.resolve()),
        (e: unknown) => {
          settled.forEach((w) => w.reject(e));
          listeners.forEach((l) => l(e));
        },
      )
      .finally(() => {
        running = null;
        if (dirty) schedule();
      });
  }

  return {
    get: (key) => backend.get(key),
    set(key, value) {
      if (sameValue(backend.get(key), value)) return;
      backend.set(key, value);
      dirty = true;
      schedule();
    },
    flush() {
      if (!dirty) return running ?? Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiters.push({ resolve, reject });
        if (running === null) {
          clearTimeout(timer);
          start();
        }
      });
    },
    onSaveError(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Office's settings bag: `get` gives null for a missing key, which the store reports as undefined. */
export function officeSettingsBackend(): SettingsBackend {
  const settings = (): Office.Settings => Office.context.document.settings;
  return {
    get(key) {
      const v: unknown = settings().get(key);
      return v === null ? undefined : v;
    },
    set: (key, value) => settings().set(key, value),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings().saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(result.error);
        });
      }),
  };
}

export function createOfficeSettings(delayMs?: number): SettingsStore {
  return createDebouncedSettings(officeSettingsBackend(), delayMs);
}
