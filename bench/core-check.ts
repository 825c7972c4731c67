/**
 * Check-stage throughput: runChecks over 100 000 synthetic records (two lists, plan 000's full set
 * of columns, ~2 % faulty rows, names and birth dates unique per row), several runs, median rate.
 */
import { runChecks } from "../src/core/check";
import { getBuiltinPlan } from "../src/core/plan";
import type { ListColumn, NominationList, NominationRecord, SubjectKind } from "../src/core/types";
import { GROUP_COLUMNS, listColumns, PERSON_COLUMNS } from "../test/check/lists";

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc", "Kim", "Hoàng", "Mỹ", "Đức", "Bảo"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hương", "Lan", "Phúc", "Tâm", "Yến", "Trí", "Hà", "Khoa"];
const FIELDS = [
  "Giáo dục và đào tạo",
  "Y tế",
  "Nông nghiệp",
  "Quốc phòng",
  "Văn hóa, nghệ thuật, thể dục thể thao",
];
const FORMS = ["Bằng khen Chủ tịch UBND tỉnh", "Giấy khen", "BK UBND tỉnh"];
const ACHIEVEMENT = "Hoàn thành xuất sắc nhiệm vụ năm 2024, được tặng Giấy khen của Giám đốc Sở";

function record(n: number, row: number, kind: SubjectKind, cols: ListColumn[]): NominationRecord {
  const i = n * 7919;
  // One row in a thousand repeats the row before it (a duplicate-record per thousand).
  const m = n % 1000 === 2 ? n - 1 : n;
  const name =
    kind === "tap-the"
      ? `Trường Tiểu học ${GIVEN[i % 12]} ${MIDDLE[(i >> 3) % 12]} số ${n}`
      : `${SURNAMES[m % 10]} ${MIDDLE[((m / 10) | 0) % 12]} ${MIDDLE[((m / 120) | 0) % 12]} ${GIVEN[((m / 1440) | 0) % 12]}`;
  const faulty = n % 50 === 0;
  const fields: NominationRecord["fields"] = {
    stt: String(n),
    ten: name,
    ngaySinh: faulty
      ? "31/02/1980"
      : `${1960 + (m % 40)}-${String((((m / 40) % 12) | 0) + 1).padStart(2, "0")}-${String((((m / 480) % 28) | 0) + 1).padStart(2, "0")}`,
    gioiTinh: i % 2 === 0 ? "nam" : "nu",
    chucVu: "Giáo viên",
    donVi: "Trường THCS Mỹ Hòa",
    queQuan: faulty ? "" : "An Giang",
    linhVuc: faulty ? "Văn hóa - Thể thao" : FIELDS[i % 5],
    thanhTich: faulty ? "Tốt" : ACHIEVEMENT,
    quaTrinhKhenThuong: "Giấy khen năm 2023",
    hinhThuc: FORMS[i % 3],
    quaTrinhThanhLap: "Thành lập năm 1990",
    coCauToChuc: "Ban giám hiệu và 3 tổ chuyên môn",
    chucNangNhiemVu: "Giáo dục tiểu học",
  };
  const cells: NominationRecord["cells"] = {};
  for (const c of cols) cells[c.field] = c.column + row;
  return { row, kind, kindSource: "kind-column", fields, cells };
}

function list(sheet: string, kind: SubjectKind, count: number, offset: number): NominationList {
  const cols = listColumns(kind === "tap-the" ? GROUP_COLUMNS : PERSON_COLUMNS);
  const records: NominationRecord[] = [];
  for (let k = 0; k < count; k++) records.push(record(offset + k, 8 + k, kind, cols));
  return { sheet, headerRows: [6, 7], columns: cols, encoding: "unicode", records, findings: [] };
}

/** The benchmark's input: a fifth tập thể, the rest cá nhân. */
export function benchLists(rows: number): NominationList[] {
  const groups = Math.floor(rows / 5);
  return [list("Tập thể", "tap-the", groups, 0), list("Cá nhân", "ca-nhan", rows - groups, groups)];
}

export async function benchCoreCheck(): Promise<{ rowsPerSecond: number; rows: number; runs: number }> {
  const rows = 100_000;
  const runs = 7;
  const plan = getBuiltinPlan("an-giang-2025");
  if (plan === undefined) throw new Error("plan an-giang-2025 missing");
  const lists = benchLists(rows);
  const options = { unitKind: "xa" as const, reportDate: "2025-11-01" };
  runChecks(lists, plan, options); // warm-up: JIT and caches
  const rates: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const result = runChecks(lists, plan, options);
    const ms = performance.now() - t0;
    if (result.quota[0]?.actual !== rows)
      throw new Error(`counted ${result.quota[0]?.actual} of ${rows} rows`);
    rates.push(rows / (ms / 1000));
  }
  rates.sort((a, b) => a - b);
  return { rowsPerSecond: Math.round(rates[Math.floor(runs / 2)]), rows, runs };
}

// Runnable alone: npx tsx bench/core-check.ts
if (require.main === module)
  void benchCoreCheck().then((r) => process.stdout.write(JSON.stringify(r) + "\n"));
