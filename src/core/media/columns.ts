/**
 * Header synonyms of a media log, matched like a nomination list's (folded case and diacritics,
 * punctuation as spaces, a parenthesised remark ignored). A media header must map the title column
 * and at least two others.
 */
import type { HeaderColumn, HeaderVocabulary } from "../read/header";
import { headerMatcher } from "../read/synonyms";
import type { MediaField } from "./model";

const EXACT: Record<string, MediaField> = {
  stt: "stt",
  tt: "stt",
  "so tt": "stt",
  "so thu tu": "stt",
  thang: "month",
  ky: "month",
  "thang thuc hien": "month",
  "thang tuyen truyen": "month",
  loai: "medium",
  "the loai": "medium",
  "loai hinh": "medium",
  "hinh thuc": "medium",
  "ghi chu": "note",
  link: "link",
};

/** Ordered: the first pattern that matches wins (dates before months, media before titles). */
const PATTERNS: [RegExp, MediaField][] = [
  [/ngay gui|gui (ve )?(so|ban|phong)|ngay nop|ngay chuyen|thoi gian gui|^gui\b/, "sentOn"],
  [/ngay dang|ngay phat|phat song|ngay xuat ban|thoi gian (dang|phat)|^ngay$/, "publishedOn"],
  [/^(loai|the loai|hinh thuc|phuong tien)\b|loai hinh/, "medium"],
  [
    /tieu de|^ten (bai|tin|chuong trinh|phong su|tac pham|video)|^(tin bai|bai viet|noi dung tin bai|noi dung)\b/,
    "title",
  ],
  [/guong|dien hinh|nhan vat|tap the ca nhan/, "exemplar"],
  [
    /co quan bao|bao chi|^bao dai\b|co quan (thuc hien|dang|phat)|don vi thuc hien|^co quan$|^don vi$/,
    "outlet",
  ],
  [/^thang\b|^ky\b/, "month"],
  [/duong dan|\blink\b|\burl\b|lien ket|dia chi (trang|bai|web)/, "link"],
  [/^ghi chu/, "note"],
];

/** Field of one media-log header label, or null. */
export const mediaFieldForHeader = headerMatcher(EXACT, PATTERNS);

/** Fields only a media log has: a header mapping two of them is a media log's. */
export const MEDIA_ONLY: ReadonlySet<MediaField> = new Set([
  "month",
  "outlet",
  "medium",
  "exemplar",
  "publishedOn",
  "sentOn",
  "link",
]);

/** The sub-column's own label first ("Cơ quan báo chí" over "Tên" | "Loại"), then the joined label. */
function mapColumn(parts: string[]): { field: MediaField } | null {
  const last = parts[parts.length - 1];
  const field =
    mediaFieldForHeader(last) ??
    (parts.length > 1 ? (mediaFieldForHeader(parts.join(" ")) ?? mediaFieldForHeader(parts[0])) : null);
  return field === null ? null : { field };
}

/** A header needs two media-only columns besides the title, so a nomination list never reads as one. */
function accepts(columns: readonly HeaderColumn<MediaField>[]): boolean {
  return columns.filter((c) => MEDIA_ONLY.has(c.field)).length >= 2;
}

export const MEDIA_HEADER: HeaderVocabulary<MediaField> = { mapColumn, anchor: "title", accepts };
