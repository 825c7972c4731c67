/**
 * Real unit workbooks for the consolidation tests and benchmark: title block, signature date,
 * a header row and records, written with ExcelJS. The scenario's spec is returned alongside so
 * the tests can compute what the tally must say.
 */
import ExcelJS from "exceljs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { planSchema, type Plan } from "../../src/core/plan/schema";
import { FOURTEEN_FIELDS } from "../../src/core/plan/seeds/common";
import type { KindCounts, SubjectKind, UnitKind } from "../../src/core/types";
import { PERSON_PARTICULARS } from "../fixtures/headers";

export interface RecordSpec {
  kind: SubjectKind;
  name: string;
  /** dd/mm/yyyy, for a person or household. */
  birth?: string;
  gender?: "Nam" | "Nữ";
  chucVu?: string;
  linhVuc: string;
}

export interface UnitSpec {
  name: string;
  kind: UnitKind;
  group: string | null;
}

export interface FileSpec {
  fileName: string;
  /** The registry unit the file must be matched to, or null (unmatched, ambiguous). */
  unit: string | null;
  titleLines: string[];
  /** Signature date, "ngày dd tháng mm năm yyyy". */
  signed: { day: number; month: number; year: number };
  records: RecordSpec[];
  /** Bytes that are not a workbook. */
  corrupt?: boolean;
}

export const FIELDS = FOURTEEN_FIELDS;

/** A plan with every quota shape: combined minimum, per-kind minimums, a range, the province target. */
export function testPlan(): Plan {
  return planSchema.parse({
    id: "kiem-thu-tong-hop",
    title: "Kế hoạch kiểm thử tổng hợp năm 2025",
    period: { from: "2025-01-01", to: "2025-12-31", label: "Năm 2025" },
    subjectKinds: ["tap-the", "ca-nhan", "ho-gia-dinh"],
    required: { "tap-the": ["ten"], "ca-nhan": ["ten", "ngaySinh"], "ho-gia-dinh": ["ten"] },
    fields: FIELDS,
    quotas: [
      { unitKind: "tinh", kinds: ["tap-the", "ca-nhan", "ho-gia-dinh"], min: 15 },
      { unitKind: "so-ban-nganh", kinds: ["tap-the", "ca-nhan", "ho-gia-dinh"], min: 1 },
      { unitKind: "xa", kinds: ["tap-the", "ca-nhan", "ho-gia-dinh"], min: 2 },
      { unitKind: "doanh-nghiep", kinds: ["ca-nhan"], min: 1, max: 3 },
      { unitKind: "thanh-vien-khoi", kinds: ["tap-the"], min: 3 },
      { unitKind: "thanh-vien-khoi", kinds: ["ca-nhan"], min: 3 },
    ],
    deadlines: [
      {
        id: "danh-sach-2025",
        label: "Gửi danh sách điển hình năm 2025",
        kind: "danh-sach",
        date: "2025-11-30",
      },
    ],
  });
}

const SURNAMES = ["Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Dương"];
const MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc"];
const GIVEN = ["Bình", "Cường", "Dũng", "Hương", "Lan", "Phúc", "Tâm", "Yến", "Trí", "Hà", "Khoa"];
const JOBS = ["Giáo viên", "Kế toán", "Trưởng phòng", "Nông dân", "Công nhân", "Bác sĩ"];

/** The n-th generated person: name and birth date differ for every n below 3080. */
function person(n: number, kind: "ca-nhan" | "ho-gia-dinh"): RecordSpec {
  const name = `${SURNAMES[n % 10]} ${MIDDLE[n % 7]} ${GIVEN[n % 11]}`;
  const birth = `${String((n % 28) + 1).padStart(2, "0")}/${String((n % 12) + 1).padStart(2, "0")}/${1960 + (n % 40)}`;
  return {
    kind,
    name: kind === "ho-gia-dinh" ? `Hộ ông ${name}` : name,
    birth,
    gender: n % 2 === 0 ? "Nam" : "Nữ",
    chucVu: JOBS[n % JOBS.length],
    linhVuc: FIELDS[n % FIELDS.length],
  };
}

function collective(unit: string, k: number): RecordSpec {
  return { kind: "tap-the", name: `Tổ công tác số ${k} ${unit}`, linhVuc: FIELDS[(k * 5) % FIELDS.length] };
}

/** Records of one unit: `tt` collectives, `cn` people, `hgd` households; people numbered from `seq`. */
function records(unit: string, tt: number, cn: number, hgd: number, seq: { n: number }): RecordSpec[] {
  const out: RecordSpec[] = [];
  for (let k = 1; k <= tt; k++) out.push(collective(unit, k));
  for (let k = 0; k < cn; k++) out.push(person(seq.n++, "ca-nhan"));
  for (let k = 0; k < hgd; k++) out.push(person(seq.n++, "ho-gia-dinh"));
  return out;
}

function ascii(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

const XA = [
  "Mỹ Hòa Hưng",
  "Phú Tân",
  "Vĩnh Hậu",
  "Long Điền",
  "Châu Phong",
  "Tân Lập",
  "Bình Mỹ",
  "Hòa Bình",
  "Nhơn Hội",
  "An Phú",
  "Khánh Bình",
  "Vĩnh Trung",
  "Ô Lâm",
];
const SO = [
  "Sở Y tế",
  "Sở Giáo dục và Đào tạo",
  "Sở Tài chính",
  "Sở Nội vụ",
  "Sở Xây dựng",
  "Sở Công Thương",
  "Sở Tư pháp",
  "Sở Nông nghiệp và Môi trường",
];
const DN = [
  "Công ty TNHH An Phát",
  "Công ty cổ phần Du lịch An Giang",
  "Công ty TNHH MTV Xổ số kiến thiết An Giang",
  "Công ty cổ phần Điện nước An Giang",
  "Công ty TNHH Thành Đạt",
];
const KHOI = ["Hội Nông dân tỉnh", "Liên đoàn Lao động tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"];

export interface Scenario {
  plan: Plan;
  registry: UnitSpec[];
  files: FileSpec[];
}

/** The day the tests tally the scenario on. */
export const TALLY_DATE = "2025-12-20";

/** Records of each kind in the readable files, counted from the spec, not by the code under test. */
export function kindCounts(files: readonly FileSpec[]): KindCounts {
  const n: KindCounts = { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 };
  for (const f of files) if (!f.corrupt) for (const r of f.records) n[r.kind]++;
  return n;
}

const ON_TIME = { day: 20, month: 11, year: 2025 };
const LATE = { day: 15, month: 12, year: 2025 };
const KINH_GUI = "Kính gửi: Sở Nội vụ (Phòng Thi đua - Khen thưởng)";

/**
 * 30 registry units and 31 files: 27 matched and readable, one unreadable (matched by its name),
 * one late, two matching no unit (one names nobody, one names two units), one unit sending nothing,
 * and the same person (NFD, upper case, double space) and the same collective in two units.
 */
export function scenario(): Scenario {
  const registry: UnitSpec[] = [
    ...XA.map((n, i) => ({ name: `Xã ${n}`, kind: "xa" as const, group: `Cụm ${(i % 3) + 1}` })),
    ...SO.map((name) => ({ name, kind: "so-ban-nganh" as const, group: "Khối các sở" })),
    ...DN.map((name) => ({ name, kind: "doanh-nghiep" as const, group: "Khối doanh nghiệp" })),
    ...KHOI.map((name) => ({ name, kind: "thanh-vien-khoi" as const, group: "Khối đoàn thể" })),
  ];
  const seq = { n: 0 };
  const files: FileSpec[] = [];
  XA.forEach((n, i) => {
    const unit = `Xã ${n}`;
    if (n === "Vĩnh Hậu") return; // sends nothing
    const recs = records(unit, i % 2, i % 3, i % 4 === 0 ? 1 : 0, seq);
    const title = ["UBND TỈNH AN GIANG", `ỦY BAN NHÂN DÂN XÃ ${n.toUpperCase()}`, KINH_GUI];
    // Three ways a unit is recognised: title and name, title alone, name alone.
    // The unreadable file can only be recognised by its name.
    const how = n === "Phú Tân" ? 0 : i % 3;
    files.push({
      fileName:
        how === 1
          ? `danh_sach_${String(i + 1).padStart(2, "0")}.xlsx`
          : `UBND_xa_${ascii(n).replace(/ /g, "_")}.xlsx`,
      unit,
      titleLines: how === 2 ? [KINH_GUI] : title,
      signed: ON_TIME,
      records: recs,
      corrupt: n === "Phú Tân",
    });
  });
  SO.forEach((name, i) => {
    const recs = records(name, i % 2, (i + 1) % 3, 0, seq);
    files.push({
      fileName: `bao_cao_so_${i + 1}.xlsx`,
      unit: name,
      titleLines: ["UBND TỈNH AN GIANG", name.toUpperCase(), KINH_GUI],
      signed: name === "Sở Tài chính" ? LATE : ON_TIME,
      records: recs,
    });
  });
  DN.forEach((name, i) => {
    files.push({
      fileName: `${ascii(name).replace(/ /g, "_")}.xlsx`,
      unit: name,
      titleLines: [name.toUpperCase()],
      signed: ON_TIME,
      records: records(name, 1, i, 0, seq), // 0..4 cá nhân against 1–3
    });
  });
  KHOI.forEach((name, i) => {
    files.push({
      fileName: `khoi_doan_the_${i + 1}.xlsx`,
      unit: name,
      titleLines: [`${name.toUpperCase()} AN GIANG`],
      signed: ON_TIME,
      records: records(name, 2 + i, 3, 0, seq),
    });
  });
  files.push({
    fileName: "Danh_sach_bo_sung.xlsx",
    unit: null,
    titleLines: ["BỘ CHỈ HUY QUÂN SỰ TỈNH AN GIANG"],
    signed: ON_TIME,
    records: records("Bộ Chỉ huy Quân sự tỉnh", 1, 2, 0, seq),
  });
  files.push({
    fileName: "Tan_Lap_va_Binh_My.xlsx",
    unit: null,
    titleLines: [],
    signed: ON_TIME,
    records: records("Tân Lập - Bình Mỹ", 0, 1, 0, seq),
  });

  const byUnit = (u: string): FileSpec => files.find((f) => f.unit === u)!;
  // The same person across two units, written differently; a namesake with another birth date;
  // the same collective across two units; a person twice in one unit (not across units).
  byUnit("Xã Mỹ Hòa Hưng").records.push({
    ...person(9000, "ca-nhan"),
    name: "Nguyễn Văn An",
    birth: "12/05/1980",
  });
  byUnit("Sở Y tế").records.push({
    ...person(9001, "ca-nhan"),
    name: "NGUYỄN  VĂN AN".normalize("NFD"),
    birth: "12/05/1980",
  });
  byUnit("Xã Long Điền").records.push({
    ...person(9002, "ca-nhan"),
    name: "Nguyễn Văn An",
    birth: "12/05/1985",
  });
  byUnit("Xã Bình Mỹ").records.push({
    kind: "tap-the",
    name: "Trường Tiểu học Bình Mỹ",
    linhVuc: "Giáo dục và đào tạo",
  });
  byUnit("Sở Giáo dục và Đào tạo").records.push({
    kind: "tap-the",
    name: "TRƯỜNG TIỂU HỌC BÌNH MỸ",
    linhVuc: "Giáo dục và đào tạo",
  });
  const twice = person(9003, "ca-nhan");
  byUnit("Công ty TNHH Thành Đạt").records.push(twice, { ...twice });
  return { plan: testPlan(), registry, files };
}

const KIND_TEXT: Record<SubjectKind, string> = {
  "tap-the": "Tập thể",
  "ca-nhan": "Cá nhân",
  "ho-gia-dinh": "Hộ gia đình",
};
const HEADER = ["STT", "Họ và tên / Tên tập thể", "Loại", ...PERSON_PARTICULARS, "Quá trình khen thưởng"];

/** One unit's workbook: title block, signature date, header on row 6, records from row 7. */
export async function unitWorkbook(file: FileSpec): Promise<Buffer> {
  if (file.corrupt) return Buffer.from("PK\u0003\u0004 đây không phải là tệp Excel");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  file.titleLines.forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
  ws.getCell(1, 7).value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  ws.getCell(2, 7).value = "Độc lập - Tự do - Hạnh phúc";
  const { day, month, year } = file.signed;
  ws.getCell(4, 7).value = `An Giang, ngày ${day} tháng ${month} năm ${year}`;
  ws.getCell(5, 1).value = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2025";
  ws.getRow(6).values = HEADER;
  file.records.forEach((r, i) => {
    ws.getRow(7 + i).values = [
      i + 1,
      r.name,
      KIND_TEXT[r.kind],
      r.birth ?? null,
      r.gender ?? null,
      r.chucVu ?? null,
      r.kind === "tap-the" ? null : "Ủy ban nhân dân",
      r.kind === "tap-the" ? null : "An Giang",
      r.linhVuc,
      "Hoàn thành xuất sắc nhiệm vụ năm 2024, là điển hình tiên tiến của đơn vị",
      "Giấy khen năm 2023",
    ];
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The registry workbook: sheet "Danh mục đơn vị", a title, then STT / Tên đơn vị / Loại đơn vị / Khối, cụm. */
export async function registryWorkbook(units: UnitSpec[]): Promise<Buffer> {
  const label: Record<UnitKind, string> = {
    "so-ban-nganh": "Sở, ban, ngành",
    huyen: "Huyện",
    xa: "Xã, phường",
    "doanh-nghiep": "Doanh nghiệp",
    "thanh-vien-khoi": "Thành viên khối",
    "phong-don-vi": "Phòng, đơn vị",
    tinh: "Tỉnh",
  };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh mục đơn vị");
  ws.getCell("A1").value = "DANH MỤC ĐƠN VỊ GỬI DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN";
  ws.getRow(3).values = ["STT", "Tên đơn vị", "Loại đơn vị", "Khối, cụm thi đua"];
  units.forEach((u, i) => {
    // Half the kinds written as ids, half as labels: both are accepted.
    ws.getRow(4 + i).values = [i + 1, u.name, i % 2 === 0 ? label[u.kind] : u.kind, u.group];
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes the scenario's files and the registry ("danh-muc.xlsx") into `dir/don-vi` and `dir`. */
export async function writeScenario(
  dir: string,
  s: Scenario = scenario(),
): Promise<{ unitsDir: string; registryPath: string }> {
  const unitsDir = join(dir, "don-vi");
  await mkdir(unitsDir, { recursive: true });
  for (const f of s.files) await writeFile(join(unitsDir, f.fileName), await unitWorkbook(f));
  const registryPath = join(dir, "danh-muc.xlsx");
  await writeFile(registryPath, await registryWorkbook(s.registry));
  return { unitsDir, registryPath };
}
