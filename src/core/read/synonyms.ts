/**
 * Header text → canonical field. Matching runs on `foldKey` text (no case, no diacritics,
 * punctuation as spaces), exact synonyms first, then ordered patterns for longer labels.
 * "Chức vụ, đơn vị công tác" maps to chucVu; the list builder also fills donVi from it when
 * the list has no own đơn vị column (the one cell carries both particulars).
 */
import type { FieldKey } from "../types";
import { foldKey } from "./text";

const EXACT: Record<string, FieldKey> = {
  stt: "stt",
  tt: "stt",
  "so tt": "stt",
  "so thu tu": "stt",
  "thu tu": "stt",
  ten: "ten",
  "ho ten": "ten",
  "ho va ten": "ten",
  loai: "loai",
  "doi tuong": "loai",
  "phan loai": "loai",
  "loai doi tuong": "loai",
  "nam nu": "gioiTinh",
  "gioi tinh": "gioiTinh",
  phai: "gioiTinh",
  "dia chi": "noiThuongTru",
};

/** Ordered: the first pattern that matches wins (specific before general). */
const PATTERNS: [RegExp, FieldKey][] = [
  [/^(ho va ten|ho ten|ten tap the|ten ca nhan|ten don vi|ten ho gia dinh|ten\b)/, "ten"],
  [
    /qua trinh khen thuong|da duoc khen|khen thuong da|da duoc tang|hinh thuc khen thuong da/,
    "quaTrinhKhenThuong",
  ],
  [/phuong thuc/, "phuongThuc"],
  [/^(cap|muc) dien hinh|^dien hinh cap|^cap dhtt/, "capDienHinh"],
  [/hinh thuc|danh hieu de nghi|de nghi khen|muc khen/, "hinhThuc"],
  [/thanh lap/, "quaTrinhThanhLap"],
  [/co cau|to chuc bo may/, "coCauToChuc"],
  [/chuc nang|nhiem vu/, "chucNangNhiemVu"],
  [/thanh tich/, "thanhTich"],
  [/ngay sinh|nam sinh|sinh ngay|ngay thang nam sinh/, "ngaySinh"],
  [/^gioi tinh|^nam nu$/, "gioiTinh"],
  [/^dan toc/, "danToc"],
  [/^chuc vu|^chuc danh/, "chucVu"],
  [/don vi cong tac|noi cong tac|co quan cong tac|^don vi$/, "donVi"],
  [/que quan|nguyen quan/, "queQuan"],
  [/thuong tru|ho khau|dia chi|noi o\b|cho o/, "noiThuongTru"],
  [/linh vuc/, "linhVuc"],
  [/^ghi chu/, "ghiChu"],
  [/^(loai|doi tuong)\b/, "loai"],
];

/**
 * A cached header matcher over one synonym table: exact folded labels first (with or without a
 * parenthesised remark), then the first matching pattern. Other list kinds (the media log) build
 * their own from their own table.
 */
export function headerMatcher<F extends string>(
  exact: Readonly<Record<string, F>>,
  patterns: readonly (readonly [RegExp, F])[],
): (label: string) => F | null {
  // Cached: the same labels recur in every list.
  const cache = new Map<string, F | null>();
  return (label) => {
    const hit = cache.get(label);
    if (hit !== undefined) return hit;
    const key = foldKey(label);
    const bare = key
      .replace(/\([^)]*\)/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    let field: F | null = exact[key] ?? exact[bare] ?? null;
    const subject = bare || key;
    for (let i = 0; field === null && i < patterns.length; i++)
      if (patterns[i][0].test(subject)) field = patterns[i][1];
    if (cache.size < 5000) cache.set(label, field);
    return field;
  };
}

/** Field of one header label of a nomination list, or null. */
export const fieldForHeader: (label: string) => FieldKey | null = headerMatcher(EXACT, PATTERNS);

/** "Nam" / "Nữ" sub-headers under a birth-date or gender parent. */
export function genderSubHeader(label: string): "nam" | "nu" | null {
  const key = foldKey(label);
  return key === "nam" ? "nam" : key === "nu" ? "nu" : null;
}
