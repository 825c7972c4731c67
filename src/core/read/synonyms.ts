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
  [
    /^(ho va ten|ho ten|ten tap the|ten ca nhan|ten don vi|ten ho gia dinh|ten\b(?! ?(de tai|sang kien|cong trinh|giai phap|du an|san pham|tac pham|hinh thuc|danh hieu|phan loai|loai|ma|linh vuc|chuc vu|chuc danh|giai thuong|cuoc thi|phong trao|van ban|tieu chi|noi dung|nganh|mon|hoc phan|tinh|huyen|khu vuc|muc)\b))/,
    "ten",
  ],
  [
    /qua trinh khen thuong|da duoc khen|khen thuong da|da duoc tang|hinh thuc khen thuong da/,
    "quaTrinhKhenThuong",
  ],
  [/phuong thuc/, "phuongThuc"],
  [/^(cap|muc) dien hinh|^dien hinh cap|^cap dhtt/, "capDienHinh"],
  [/hinh thuc|danh hieu de nghi|de nghi khen|muc khen|^danh hieu( thi dua)?$/, "hinhThuc"],
  [/^phan loai (khen thuong|doi tuong)|^lua chon phan loai|^loai khen thuong/, "loai"],
  [/thanh lap/, "quaTrinhThanhLap"],
  [/co cau|to chuc bo may/, "coCauToChuc"],
  [/chuc nang|nhiem vu/, "chucNangNhiemVu"],
  [/thanh tich|^(chuong trinh|noi dung) hoat dong|^diem ren luyen/, "thanhTich"],
  [/ngay sinh|nam sinh|sinh ngay|ngay thang nam sinh/, "ngaySinh"],
  [/^gioi tinh|^nam nu$/, "gioiTinh"],
  [/^dan toc/, "danToc"],
  [/^chuc vu|^chuc danh|^(cap bac|quan ham)\b/, "chucVu"],
  [
    /don vi cong tac|noi cong tac|co quan cong tac|^don vi$|^lop( hoc| sinh hoat)?$|^khoa$|^(bo phan|phong ban|phan xuong)( cong tac)?$/,
    "donVi",
  ],
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

const PAST = /\bda (nhan|duoc|dat)\b|\b(nam|ngay|quyet dinh)\b/;
// "Số" (a decision's number) folds to "so" as "Sở" and "cơ sở" do ("Giấy khen Giám đốc Sở",
// "Chiến sĩ thi đua cơ sở"), so it is told apart before folding.
const NUMBER_WORD = /(^|[\s(])số(?=$|[\s,.:;)])/u;
const AWARD_COLUMN =
  /^(danh hieu |de nghi |khen )?(tap the lao dong (tien tien|xuat sac)|lao dong (tien tien|xuat sac)|chien si (thi dua|tien tien)|giay khen|bang khen|huan chuong|huy chuong|co thi dua|ky niem chuong|huy hieu|giay cong nhan|bang cong nhan|don vi (tien tien|quyet thang|xuat sac)|gia dinh van hoa|nha giao uu tu|thay thuoc uu tu)\b/;

/** A column named for one award ("Giấy khen", "Tập Thể Lao Động Tiên Tiến"): an award matrix's. */
export function awardColumnLabel(label: string): boolean {
  const key = foldKey(label);
  return AWARD_COLUMN.test(key) && !PAST.test(key) && !NUMBER_WORD.test(label.normalize("NFC").toLowerCase());
}

const KIND_COLUMN =
  /^((de nghi )?khen thuong |danh sach |doi tuong |so (luong )?)?(tap the|ca nhan|ho gia dinh)$/;
const COUNT_COLUMN = /^so (luong )?(tap the|ca nhan|ho gia dinh)$/;

/** A column that counts one kind ("Số tập thể", "Số lượng cá nhân"): a tally's, never a mark. */
export function kindCountLabel(label: string): boolean {
  return COUNT_COLUMN.test(foldKey(label));
}

/** A column named for one kind ("Khen thưởng tập thể", "Cá nhân"): a mark under it gives the kind. */
export function kindColumnLabel(label: string): boolean {
  return KIND_COLUMN.test(foldKey(label));
}

const WORK_TITLE =
  /^(ten )?(de tai|sang kien|cong trinh|giai phap|du an|san pham|tac pham|bai viet|bai bao|giao trinh|mo hinh|phan mem)\b/;

/** The title of a work (an initiative, a project): a list of works, not of nominees. */
export function isWorkTitleHeader(label: string): boolean {
  return WORK_TITLE.test(foldKey(label));
}

const PERSON_ID =
  /^(mssv|mshs|ma (so )?(sinh vien|hoc sinh|can bo|nhan vien|cong chuc|vien chuc|dinh danh|nv|cb|cbcc|vc)|cccd|cmnd|so (cccd|cmnd|can cuoc|dinh danh))\b/;
const CODE = /^(ma|ma so|ma hieu|ky hieu|code|id)( [a-z0-9]{1,12}){0,2}$/;

/** A code column of a lookup table ("Mã", "Mã HT", "Ký hiệu"), not a person's identity number. */
export function isCodeHeader(label: string): boolean {
  const key = foldKey(label);
  return CODE.test(key) && !PERSON_ID.test(key);
}

/** A person's identity column (student number, ID card): the list is of people. */
export function isPersonIdHeader(label: string): boolean {
  return PERSON_ID.test(foldKey(label));
}
