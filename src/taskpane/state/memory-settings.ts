/** A settings store kept in memory: file mode and tests, where there is no Office document. */
import type { SettingsStore } from "../../excel/settings";

export function createMemorySettings(initial: Record<string, unknown> = {}): SettingsStore & {
  values: Map<string, unknown>;
} {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: (key) => values.get(key),
    set: (key, value) => {
      values.set(key, value);
      return Promise.resolve();
    },
  };
}
