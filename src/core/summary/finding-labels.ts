/** Vietnamese names of severities and finding codes, for the findings section. */
import type { FindingCode, Severity } from "../types";

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
};

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export const FINDING_CODE_LABELS: Readonly<Record<FindingCode, string>> = {
  "header-not-found": "Không tìm thấy dòng tiêu đề danh sách",
  "unknown-kind": "Không xác định được đối tượng (tập thể, cá nhân, hộ gia đình)",
  "missing-required": "Thiếu thông tin bắt buộc",
  "invalid-date": "Ngày tháng không đọc được",
  "implausible-birth-date": "Ngày sinh không hợp lý",
  "invalid-gender": "Giới tính không hợp lệ",
  "unknown-field": "Lĩnh vực không có trong kế hoạch",
  "unknown-award-form": "Hình thức khen thưởng không có trong kế hoạch",
  "short-achievement": "Tóm tắt thành tích quá ngắn",
  "formula-error": "Ô có lỗi công thức",
  "duplicate-record": "Trùng lặp trong danh sách",
  "duplicate-across-units": "Trùng lặp giữa các đơn vị",
  "legacy-encoding": "Chữ theo bảng mã cũ (TCVN3, VNI)",
  "quota-below-min": "Chưa đủ chỉ tiêu",
  "quota-above-max": "Vượt chỉ tiêu tối đa",
  "award-not-allowed": "Không được đề nghị hình thức khen thưởng này",
  "late-submission": "Nộp trễ hạn",
  "media-quota-below-min": "Chưa đủ số tin bài",
  "media-late": "Tin bài gửi trễ",
  "media-no-exemplar": "Tin bài không nêu gương điển hình",
  "empty-list": "Danh sách chưa có dòng nào",
  "birth-year-only": "Ngày sinh chỉ ghi năm",
};
