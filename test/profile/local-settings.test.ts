/** File mode keeps the reading profiles in the browser's local storage: what is written reads back. */
import { createLocalSettings } from "../../src/taskpane/state/local-settings";
import { PROFILES_KEY, readProfiles } from "../../src/taskpane/state/settings-keys";

/** The part of the Web Storage API the store uses, over a Map; `full` plays a storage that refuses writes. */
function storage(full = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => {
      if (full) throw new DOMException("quota", "QuotaExceededError");
      items.set(k, v);
    },
  };
}

const PROFILE = {
  id: "cach-doc-1",
  name: "Trang «DS»: STT, Họ và tên",
  signature: { rows: 1, columns: [{ column: "A", text: "stt" }] },
  kind: "tap-the",
};

test("profiles written to local storage read back; anything malformed there reads as nothing", async () => {
  const s = storage();
  const settings = createLocalSettings(s);
  settings.set(PROFILES_KEY, [PROFILE, { id: 3 }]);
  await settings.flush();
  expect(readProfiles(createLocalSettings(s))).toEqual([PROFILE]);
  s.setItem(`tro-ly-tdkt:${PROFILES_KEY}`, "{not json");
  expect(readProfiles(createLocalSettings(s))).toEqual([]);
});

test("a storage that refuses to write gives a Vietnamese reason", async () => {
  const settings = createLocalSettings(storage(true));
  settings.set(PROFILES_KEY, [PROFILE]);
  await expect(settings.flush()).rejects.toThrow("Trình duyệt không cho lưu dữ liệu trên máy");
});
