/**
 * The reading profiles as a file: exported to hand to a colleague or to the CLI (--cach-doc),
 * imported from one; a file with mistakes is refused with its problems, line by line.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { parseProfilesText, profilesFileText, type ReadingProfile } from "../../core/read";
import { downloadFile } from "../../web/download";

export const PROFILES_FILE = "cach-doc.json";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface ProfileFilesProps {
  profiles: readonly ReadingProfile[];
  onImport: (profiles: ReadingProfile[], file: string) => void;
  onImportErrors: (file: string, lines: string[]) => void;
  disabled?: boolean;
}

/** The profiles after an import: an imported layout replaces the one with its id, others are added. */
export function mergeProfiles(
  current: readonly ReadingProfile[],
  imported: readonly ReadingProfile[],
): ReadingProfile[] {
  const ids = new Set(imported.map((p) => p.id));
  return [...current.filter((p) => !ids.has(p.id)), ...imported];
}

export function ProfileFiles({ profiles, onImport, onImportErrors, disabled }: ProfileFilesProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const load = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    const result = parseProfilesText(await file.text(), file.name);
    if (result.ok) onImport(result.profiles, file.name);
    else onImportErrors(file.name, result.errors);
  };
  return (
    <div className={styles.row} data-testid="profile-files">
      <Caption1>Cách đọc đã lưu: {profiles.length} mẫu</Caption1>
      <Button
        size="small"
        data-testid="export-profiles"
        disabled={disabled || profiles.length === 0}
        onClick={() => downloadFile(profilesFileText(profiles), PROFILES_FILE, "application/json")}
      >
        Xuất cách đọc (.json)
      </Button>
      <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
        Nhập cách đọc…
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-profiles"
        onChange={(e) => {
          void load(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
    </div>
  );
}
