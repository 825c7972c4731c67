/**
 * Settings kept in the workbook (plan choice, column mapping corrections) through
 * `Office.context.document.settings`: they travel with the file, nothing leaves the computer.
 */

export interface SettingsStore {
  get(key: string): unknown;
  /** Stores the value and saves the settings into the document; rejects when saving fails. */
  set(key: string, value: unknown): Promise<void>;
}

export function createOfficeSettings(): SettingsStore {
  const settings = (): Office.Settings => Office.context.document.settings;
  return {
    get(key) {
      const v: unknown = settings().get(key);
      return v === null ? undefined : v;
    },
    set(key, value) {
      settings().set(key, value);
      return new Promise<void>((resolve, reject) => {
        settings().saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(result.error);
        });
      });
    },
  };
}
