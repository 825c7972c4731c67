/**
 * A settings store over the browser's local storage, for file mode: what the clerk corrected
 * (reading profiles) is still there the next time the page is opened on this computer.
 */
import type { SettingsStore } from "../../excel/settings";

const PREFIX = "tro-ly-tdkt:";

export function createLocalSettings(storage: Storage = window.localStorage): SettingsStore {
  return {
    get(key) {
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
      try {
        storage.setItem(PREFIX + key, JSON.stringify(value));
        return Promise.resolve();
      } catch {
        return Promise.reject(
          new Error("Trình duyệt không cho lưu dữ liệu trên máy (bộ nhớ đầy hoặc đang ở chế độ ẩn danh)."),
        );
      }
    },
  };
}
