/**
 * A settings store over the browser's local storage, for file mode: what the clerk corrected
 * (reading profiles) is still there the next time the page is opened on this computer. Saved the
 * same debounced way as the workbook's settings in Excel.
 */
import { createDebouncedSettings, type SettingsStore } from "../../excel/settings";

const PREFIX = "tro-ly-tdkt:";

const STORAGE_REFUSED = "Trình duyệt không cho lưu dữ liệu trên máy (bộ nhớ đầy hoặc đang ở chế độ ẩn danh).";

export function createLocalSettings(storage: Storage = window.localStorage): SettingsStore {
  const pending = new Map<string, unknown>();
  return createDebouncedSettings({
    get(key) {
      if (pending.has(key)) return pending.get(key);
      const text = storage.getItem(PREFIX + key);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        // Written by hand or by another page: treated as nothing stored.
        return undefined;
      }
    },
    set(key, value) {
      pending.set(key, value);
    },
    save() {
      try {
        for (const [key, value] of pending) storage.setItem(PREFIX + key, JSON.stringify(value));
        pending.clear();
        return Promise.resolve();
      } catch {
        return Promise.reject(new Error(STORAGE_REFUSED));
      }
    },
  });
}
