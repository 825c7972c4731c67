/** The signature block that closes a list: what is written there is never a record. */
import { foldText } from "./text";

const FOOTER =
  /^(nguoi lap( bieu)?|nguoi ky|thu truong|tm[.\s]|kt[.\s]|tl[.\s]|q[.\s]\s*(giam doc|chu tich|truong)|\(ky|noi nhan|xac nhan cua|lanh dao don vi|chu tich ubnd)/;
// "An Giang, ngày 5 tháng 3 năm 2025", "…, ngày … tháng … năm …"
const PLACE_DATE = /^[^,]{0,60},?\s*ngay\b.{0,12}\bthang\b.{0,12}\bnam\b/;

/** Whether one cell's text belongs to a signature block. */
export function isFooterText(text: string): boolean {
  if (text.length > 160) return false;
  const folded = foldText(text);
  return FOOTER.test(folded) || PLACE_DATE.test(folded);
}
