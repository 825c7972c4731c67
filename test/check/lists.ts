/** Hand-built nomination lists for the check tests (the reader is tested on its own). */
import type {
  FieldKey,
  ListColumn,
  NominationList,
  NominationRecord,
  RecordFields,
  SubjectKind,
} from "../../src/core/types";

export const HEADER_ROW = 5;

export interface Row {
  kind: SubjectKind | null;
  fields: RecordFields;
}

/** `fields` as a list's columns from column A, each headed by its own key. */
export function listColumns(fields: readonly FieldKey[]): ListColumn[] {
  return fields.map((field, i) => ({ column: String.fromCharCode(65 + i), header: field, field }));
}

/**
 * A list whose columns are `fields` in order from column A, header on row 5, records from row 6.
 * Like the reader, a record's `cells` hold the addresses of its non-empty fields only.
 */
export function makeList(
  sheet: string,
  fields: FieldKey[],
  rows: Row[],
  firstRow = HEADER_ROW + 1,
): NominationList {
  const columns = listColumns(fields);
  const records: NominationRecord[] = rows.map((r, i) => {
    const row = firstRow + i;
    const cells: NominationRecord["cells"] = {};
    for (const c of columns)
      if (r.fields[c.field] !== undefined && r.fields[c.field] !== "") cells[c.field] = c.column + row;
    return { row, kind: r.kind, kindSource: r.kind === null ? null : "kind-column", fields: r.fields, cells };
  });
  return { sheet, headerRows: [HEADER_ROW], columns, encoding: "unicode", records, findings: [] };
}

export const ACHIEVEMENT = "Hoàn thành xuất sắc nhiệm vụ năm 2024, dẫn đầu phong trào thi đua của đơn vị";

/** A cá nhân with every particular plan 000 asks for. */
export function person(ten: string, extra: RecordFields = {}): Row {
  return {
    kind: "ca-nhan",
    fields: {
      ten,
      ngaySinh: "1980-03-15",
      gioiTinh: "nam",
      queQuan: "An Giang",
      chucVu: "Giáo viên",
      donVi: "Trường THCS Mỹ Hòa",
      linhVuc: "Giáo dục và đào tạo",
      thanhTich: ACHIEVEMENT,
      quaTrinhKhenThuong: "Giấy khen năm 2023",
      ...extra,
    },
  };
}

/** A tập thể with every particular plan 000 asks for. */
export function group(ten: string, extra: RecordFields = {}): Row {
  return {
    kind: "tap-the",
    fields: {
      ten,
      quaTrinhThanhLap: "Thành lập năm 1990",
      coCauToChuc: "Ban giám hiệu và 3 tổ chuyên môn",
      chucNangNhiemVu: "Giáo dục tiểu học",
      linhVuc: "Giáo dục và đào tạo",
      thanhTich: ACHIEVEMENT,
      quaTrinhKhenThuong: "Bằng khen UBND tỉnh năm 2022",
      ...extra,
    },
  };
}

/** A stt, B ten, C ngaySinh, D gioiTinh, E chucVu, F donVi, G queQuan, H linhVuc, I thanhTich, J quaTrinhKhenThuong, K hinhThuc, L ghiChu. */
export const PERSON_COLUMNS: FieldKey[] = [
  "stt",
  "ten",
  "ngaySinh",
  "gioiTinh",
  "chucVu",
  "donVi",
  "queQuan",
  "linhVuc",
  "thanhTich",
  "quaTrinhKhenThuong",
  "hinhThuc",
  "ghiChu",
];

/** A stt, B ten, C quaTrinhThanhLap, D coCauToChuc, E chucNangNhiemVu, F linhVuc, G thanhTich, H quaTrinhKhenThuong, I hinhThuc, J ghiChu. */
export const GROUP_COLUMNS: FieldKey[] = [
  "stt",
  "ten",
  "quaTrinhThanhLap",
  "coCauToChuc",
  "chucNangNhiemVu",
  "linhVuc",
  "thanhTich",
  "quaTrinhKhenThuong",
  "hinhThuc",
  "ghiChu",
];
