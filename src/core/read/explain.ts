/** The sheet roles and the kind evidence in the clerk's words, for the pane, the web page and the CLI. */
import type { KindSource, NominationList, SheetInfo } from "../types";

/** "Trang «DANHMUC»: bảng mã tra cứu, không phải danh sách". */
export function sheetRoleLine(sheet: SheetInfo): string {
  return `Trang «${sheet.name}»: ${sheet.reason}`;
}

const SOURCE_TEXT: Record<KindSource, string> = {
  "kind-column": "cột phân loại đối tượng",
  section: "dòng tiêu đề mục (ví dụ «I. TẬP THỂ»)",
  "sheet-name": "tên trang tính",
  award: "danh hiệu, hình thức khen thưởng đề nghị",
  "name-header": "tiêu đề cột tên",
  "name-form": "cách ghi tên (ông/bà, hộ gia đình, tên cơ quan, đơn vị)",
  particulars: "các thông tin cá nhân có trong dòng (ngày sinh, giới tính)",
  profile: "lựa chọn của người dùng",
};

/**
 * One line per list saying what decided its records' kinds: "Đối tượng xác định theo cột «Phân
 * loại khen thưởng»"; a warning-like line when nothing did.
 */
export function kindSourceLine(list: Pick<NominationList, "kindSource" | "sheet">): string {
  const ks = list.kindSource;
  if (ks === undefined || ks === null)
    return "Chưa xác định được đối tượng (tập thể, cá nhân, hộ gia đình) của danh sách";
  if (ks.header !== undefined) return `Đối tượng xác định theo cột «${ks.header}»`;
  if (ks.source === "sheet-name") return `Đối tượng xác định theo tên trang «${list.sheet}»`;
  return `Đối tượng xác định theo ${SOURCE_TEXT[ks.source]}`;
}
