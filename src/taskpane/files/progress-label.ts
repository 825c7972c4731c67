/** "Đang đọc tệp 12/700: xa-my-hoa-hung.xlsx" under the progress bar. */
import type { Progress } from "../../web/progress";

export function progressLabel(p: Progress): string {
  return `Đang đọc tệp ${p.current}/${p.total}: ${p.name}`;
}
