/** A settings store kept in memory: file mode and tests, where there is no Office document. */
import { createDebouncedSettings, type SettingsStore } from "../../excel/settings";

export function createMemorySettings(initial: Record<string, unknown> = {}): SettingsStore & {
  values: Map<string, unknown>;
} {
  const values = new Map(Object.entries(initial));
  const store = createDebouncedSettings(
    {
      get: (key) => values.get(key),
      set: (key, value) => values.set(key, value),
      save: () => Promise.resolve(),
    },
    0,
  );
  return { ...store, values };
}
