/**
 * Vietnamese labels for the core's keys: one place for findings, the summary sheet and the pane,
 * so a clerk sees the same words everywhere.
 */
import type { FieldKey, SubjectKind, UnitKind } from "./types";

export const KIND_LABELS: Readonly<Record<SubjectKind, string>> = {
  "tap-the": "Tập thể",
  "ca-nhan": "Cá nhân",
  "ho-gia-dinh": "Hộ gia đình",
};

export const FIELD_LABELS: Readonly<Record<FieldKey, string>> = {
  stt: "STT",
  ten: "Họ và tên / Tên tập thể",
  loai: "Đối tượng",
  ngaySinh: "Ngày, tháng, năm sinh",
  gioiTinh: "Giới tính",
  danToc: "Dân tộc",
  chucVu: "Chức vụ",
  donVi: "Đơn vị công tác",
  queQuan: "Quê quán",
  noiThuongTru: "Hộ khẩu thường trú",
  linhVuc: "Lĩnh vực",
  thanhTich: "Tóm tắt thành tích",
  quaTrinhKhenThuong: "Quá trình khen thưởng",
  hinhThuc: "Hình thức khen thưởng đề nghị",
  ghiChu: "Ghi chú",
  quaTrinhThanhLap: "Quá trình thành lập",
  coCauToChuc: "Cơ cấu tổ chức bộ máy",
  chucNangNhiemVu: "Chức năng, nhiệm vụ",
  capDienHinh: "Cấp điển hình",
  phuongThuc: "Phương thức khen thưởng",
};

export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  "so-ban-nganh": "Sở, ban, ngành",
  huyen: "Huyện, thị xã, thành phố",
  xa: "Xã, phường, thị trấn",
  "doanh-nghiep": "Doanh nghiệp",
  "thanh-vien-khoi": "Thành viên khối thi đua",
  "phong-don-vi": "Phòng, đơn vị thuộc sở",
  tinh: "Toàn tỉnh",
};

/** A field's label for one kind of subject: a person has a "Họ và tên", a collective a "Tên tập thể". */
export function fieldLabel(field: FieldKey, kind?: SubjectKind | null): string {
  if (field === "ten" && kind) return kind === "tap-the" ? "Tên tập thể" : "Họ và tên";
  return FIELD_LABELS[field];
}

/** Several kinds as one phrase, first word capitalised: "Tập thể, cá nhân, hộ gia đình". */
export function kindsLabel(kinds: readonly SubjectKind[]): string {
  return kinds.map((k, i) => (i === 0 ? KIND_LABELS[k] : KIND_LABELS[k].toLowerCase())).join(", ");
}
