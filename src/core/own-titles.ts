/**
 * The titles of the sheets the product writes. The reader knows its own output by them: a sheet
 * named "Tổng hợp…" that carries one is ours and never read as a list, while a clerk's own list on
 * a sheet of that name (a unit's "Tổng hợp đề nghị khen thưởng") is read like any other.
 */
export const SUMMARY_TITLE = "BẢNG TỔNG HỢP DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐỀ NGHỊ";
export const MEDIA_SUMMARY_TITLE = "TỔNG HỢP TIN BÀI TUYÊN TRUYỀN GƯƠNG ĐIỂN HÌNH TIÊN TIẾN";
export const TALLY_TITLE = "TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN TOÀN TỈNH";

export const OWN_TITLES: readonly string[] = [SUMMARY_TITLE, MEDIA_SUMMARY_TITLE, TALLY_TITLE];
