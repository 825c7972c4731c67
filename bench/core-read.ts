/**
 * Reading-core throughput: a realistic 100 000-row list (title block, merged two-row header,
 * column numbers, sections, ~12 columns of mixed dates and Vietnamese text) read several times.
 */
import { readLists } from "../src/core/read";
import type { SheetGrid } from "../src/core/types";

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hương", "Lan", "Phúc", "Tâm", "Yến", "Trí", "Hà"];
const JOBS = ["Giáo viên", "Kế toán", "Trưởng phòng", "Nông dân", "Công nhân", "Bác sĩ"];
const UNITS = ["Trường THCS Mỹ Hòa", "UBND xã Phú Tân", "Trạm Y tế Long Điền", "Công ty TNHH An Phát"];

export function benchGrid(rows: number): SheetGrid {
  const values: unknown[][] = [
    ["UBND TỈNH AN GIANG", null, null, null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    [],
    ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2025"],
    [],
    [
      "STT",
      "Họ và tên",
      "Ngày, tháng, năm sinh",
      null,
      "Dân tộc",
      "Chức vụ",
      "Đơn vị công tác",
      "Quê quán",
      "Lĩnh vực",
      "Tóm tắt thành tích",
      "Hình thức đề nghị",
      "Ghi chú",
    ],
    [null, null, "Nam", "Nữ", null, null, null, null, null, null, null, null],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)"],
  ];
  const merges = [];
  for (let c = 1; c <= 12; c++) if (c !== 3 && c !== 4) merges.push({ top: 5, left: c, bottom: 6, right: c });
  merges.push({ top: 5, left: 3, bottom: 5, right: 4 });
  let n = 0;
  while (n < rows) {
    if (n % 1000 === 0) {
      values.push([n % 2000 === 0 ? "I. TẬP THỂ" : "II. CÁ NHÂN"]);
      merges.push({ top: values.length, left: 1, bottom: values.length, right: 12 });
    }
    n++;
    const i = n * 7919;
    const name = `${SURNAMES[i % 10]} ${MIDDLE[i % 7]} ${GIVEN[i % 11]}`;
    const male = i % 2 === 0;
    const birth =
      i % 3 === 0
        ? 20000 + (i % 9000)
        : i % 3 === 1
          ? `${(i % 28) + 1}/${(i % 12) + 1}/19${60 + (i % 40)}`
          : 1960 + (i % 40);
    values.push([
      n,
      name,
      male ? birth : null,
      male ? null : birth,
      "Kinh",
      JOBS[i % 6],
      UNITS[i % 4],
      "An Giang",
      "Giáo dục và đào tạo",
      "Hoàn thành xuất sắc nhiệm vụ năm 2024, được tặng Giấy khen",
      "Bằng khen Chủ tịch UBND tỉnh",
      i % 5 === 0 ? "Đảng viên" : null,
    ]);
  }
  values.push([], [null, "Người lập biểu", null, null, null, null, null, "TM. UBND"], [null, "Lê Văn Tý"]);
  return { name: "Danh sách", values, originRow: 1, originCol: 1, merges };
}

export async function benchCoreRead(): Promise<{ rowsPerSecond: number; rows: number; runs: number }> {
  const rows = 100_000;
  const runs = 7;
  const sheet = benchGrid(rows);
  readLists([sheet]); // warm-up: JIT and caches
  const rates: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const lists = readLists([sheet]);
    const ms = performance.now() - t0;
    if (lists[0].records.length !== rows) throw new Error(`read ${lists[0].records.length} of ${rows} rows`);
    rates.push(rows / (ms / 1000));
  }
  rates.sort((a, b) => a - b);
  return { rowsPerSecond: Math.round(rates[Math.floor(runs / 2)]), rows, runs };
}

// Runnable alone: npx tsx bench/core-read.ts
if (require.main === module) void benchCoreRead().then((r) => process.stdout.write(JSON.stringify(r) + "\n"));
