/** The signature block that closes a list: what is written there is never a record. */
import { foldText } from "./text";

const FOOTER =
  /^(nguoi (lap|tong hop|duyet|kiem tra)( bieu| bang| danh sach)?|nguoi ky|thu truong|tm[.\s]|kt[.\s]|tl[.\s]|q[.\s]\s*(giam doc|chu tich|truong)|\(ky|noi nhan|xac nhan cua|lanh dao don vi|chu tich ubnd)/;
// "An Giang, ngày 5 tháng 3 năm 2025", "…, ngày … tháng … năm …"
const PLACE_DATE = /^[^,]{0,60},?\s*ngay\b.{0,12}\bthang\b.{0,12}\bnam\b/;

/** The signer's title alone, as the block writes it in capitals ("CHỦ TỊCH", "HIỆU TRƯỞNG"). */
const SIGNER =
  /^(pho )?(chu tich|(tong )?giam doc|hieu truong|truong (phong|ban|khoa|tram|don|doan|cong an)|chi huy truong|chinh tri vien|(khoi|cum|doi|vien) truong|bi thu|chanh van phong|chu nhiem|tong bien tap)\b/;
/** Words that make a note under the list ("Lưu ý:", "Ghi chú:", "(*)"), never a record. */
const FOOTNOTE = /^(luu y|chu y|ghi chu|nb)\s*:|^\(?\*+\)?(\s|$)/;

/** Whether one cell's text belongs to a signature block. */
export function isFooterText(text: string): boolean {
  if (text.length > 160) return false;
  const folded = foldText(text);
  return (
    FOOTER.test(folded) ||
    PLACE_DATE.test(folded) ||
    (text.length <= 60 && SIGNER.test(folded) && text === text.toUpperCase())
  );
}

/** Whether a row's first text is a footnote under the list. */
export function isFootnoteRow(texts: readonly string[]): boolean {
  for (const t of texts) if (t !== "") return t.length <= 1000 && FOOTNOTE.test(foldText(t));
  return false;
}
