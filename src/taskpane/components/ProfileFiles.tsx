/**
 * The reading profiles as a file: exported to hand to a colleague or to the CLI (--cach-doc),
 * imported from one; a file with mistakes is refused with its problems, line by line.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { parseProfilesText, profilesFileText, type ReadingProfile } from "../../core/read";
import { downloadFile } from "../../web/download";
import type { PaneMessage } from "./ErrorBar";
import { JsonFileButton } from "./JsonFileButton";

export const PROFILES_FILE = "cach-doc.json";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface ProfileFilesProps {
  profiles: readonly ReadingProfile[];
  /** The profiles as stored now: another tab of the pane may have saved some since. */
  stored: () => ReadingProfile[];
  /** Saves the profiles after an import; `done` says what was imported. */
  onSave: (next: ReadingProfile[], done: string) => void;
  onMessage: (message: PaneMessage) => void;
  disabled?: boolean;
}

/** The profiles after an import: an imported layout replaces the one with its id, others are added. */
function merged(current: readonly ReadingProfile[], imported: readonly ReadingProfile[]): ReadingProfile[] {
  const ids = new Set(imported.map((p) => p.id));
  return [...current.filter((p) => !ids.has(p.id)), ...imported];
}

export function ProfileFiles({ profiles, stored, onSave, onMessage, disabled }: ProfileFilesProps) {
  const styles = useStyles();
  const load = (text: string, file: string): void => {
    const result = parseProfilesText(text, file);
    if (result.ok)
      onSave(merged(stored(), result.profiles), `Đã nhập ${result.profiles.length} cách đọc từ ${file}.`);
    else
      onMessage({
        intent: "error",
        title: `Tệp cách đọc ${file} có lỗi`,
        text: "Không nhập gì:",
        lines: result.errors,
      });
  };
  return (
    <div className={styles.row} data-testid="profile-files">
      <Caption1>Cách đọc đã lưu: {profiles.length} mẫu</Caption1>
      <Button
        size="small"
        appearance="subtle"
        data-testid="export-profiles"
        disabled={disabled || profiles.length === 0}
        onClick={() => downloadFile(profilesFileText(profiles), PROFILES_FILE, "application/json")}
      >
        Xuất cách đọc (.json)
      </Button>
      <JsonFileButton label="Nhập cách đọc…" testId="import-profiles" disabled={disabled} onText={load} />
    </div>
  );
}
