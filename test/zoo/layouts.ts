/**
 * The layout zoo: realistic nomination workbooks generated from the dimensions real files vary
 * along (issue 11) — the evidence of each record's kind, header labels and their case, header
 * depth and position, lookup / instruction / hidden sheets beside the list, placeholder rows,
 * totals and signature footers, helper formulas copied down, NFD text — and the look-alikes that
 * are no nomination list. Each layout carries its truth, written down as the layout is built
 * (never computed by the reader): every sheet's role and every record's sheet row and kind.
 */
import type { FixtureCell, FixtureSheet } from "../fixtures/build-fixtures";
import type { RecordFields, SheetRole, SubjectKind } from "../../src/core/types";
import { wildLayouts } from "./wild";

export interface TruthRecord {
  sheet: string;
  row: number;
  kind: SubjectKind;
  /** The name as the record's `ten` must read it (without a person's title), when checked. */
  ten?: string;
  /** The award (`hinhThuc`) the record must carry, when checked. */
  award?: string;
  /** Other fields the record must carry, as read (normalised), when checked. */
  fields?: RecordFields;
}

export interface ZooLayout {
  id: string;
  about: string;
  sheets: FixtureSheet[];
  truth: {
    roles: Record<string, SheetRole>;
    records: TruthRecord[];
    /** No sheet holds a nomination list: the reader must say so (`header-not-found`). */
    noList?: boolean;
  };
}

const _ = null;

interface Nominee {
  kind: SubjectKind;
  name: string;
  birth?: FixtureCell;
  gender?: "Nam" | "Nữ";
  award?: string;
}

// Names that say nothing of their kind: only the evidence under test decides.
const NEUTRAL: Record<SubjectKind, string[]> = {
  "tap-the": ["Mỹ Thạnh", "Hoa Sen", "Bình Minh", "Long Điền A"],
  "ca-nhan": ["Nguyễn Văn Hùng", "Trần Thị Mỹ Lệ", "Lê Hoàng Nam", "Phạm Thị Thu Hà", "Võ Minh Trí"],
  "ho-gia-dinh": ["Trần Văn Lợi", "Huỳnh Thị Mai", "Lê Văn Tư"],
};
// Names whose own words say their kind (units, honorifics and ranks, households).
const FORMED: Record<SubjectKind, string[]> = {
  "tap-the": [
    "Phòng Tài chính – Kế hoạch",
    "Trường THCS Mỹ Hòa",
    "Công an tỉnh",
    "Khoa Nội tổng hợp",
    "UBND phường Mỹ Bình",
    "Trung tâm Y tế khu vực Tân Châu",
    "Sở Y tế",
    "Công ty TNHH An Phát",
  ],
  "ca-nhan": ["Ông Nguyễn Văn Hùng", "Bà Trần Thị Lệ", "Đại tá Lê Văn Sơn", "Thượng úy Phạm Minh Khoa"],
  "ho-gia-dinh": [
    "Hộ ông Trần Văn Lợi",
    "Hộ bà Nguyễn Thị Sáu",
    "Gia đình ông Lê Văn Tư",
    "Gia đình bà Huỳnh Thị Mai",
  ],
};
const AWARD: Record<SubjectKind, string[]> = {
  "tap-the": ["Tập thể lao động tiên tiến", "Tập thể lao động xuất sắc", "Cờ thi đua của UBND tỉnh"],
  "ca-nhan": ["Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Chiến sĩ thi đua cấp tỉnh"],
  "ho-gia-dinh": ["Gia đình văn hóa tiêu biểu", "Gia đình văn hóa"],
};
const KIND_WORDS: Record<SubjectKind, string[]> = {
  "tap-the": ["Tập thể", "TT", "tập thể"],
  "ca-nhan": ["Cá nhân", "CN", "cá nhân"],
  "ho-gia-dinh": ["Hộ gia đình", "HGĐ", "hộ gia đình"],
};
const KIND_CODES: Record<SubjectKind, string> = {
  "tap-the": "TAPTHE",
  "ca-nhan": "CANHAN",
  "ho-gia-dinh": "HOGIADINH",
};
const SECTION: Record<SubjectKind, string[]> = {
  "tap-the": ["I. TẬP THỂ", "A. Tập thể", "I. Khen thưởng tập thể"],
  "ca-nhan": ["II. CÁ NHÂN", "B. Cá nhân", "II. Khen thưởng cá nhân"],
  "ho-gia-dinh": ["III. HỘ GIA ĐÌNH", "C. Hộ gia đình", "III. Khen thưởng hộ gia đình"],
};
const ACH = [
  "Hoàn thành xuất sắc nhiệm vụ năm 2025, dẫn đầu phong trào thi đua của đơn vị",
  "Vận động nhân dân hiến 2 km đất làm đường giao thông nông thôn",
  "Có sáng kiến cải tiến quy trình, tiết kiệm 120 triệu đồng mỗi năm",
];
const KINDS: SubjectKind[] = ["tap-the", "ca-nhan", "ho-gia-dinh"];

/** A column: its label path (parent first), and what a nominee's row holds in it. */
interface Column {
  path: string[];
  value: (n: Nominee, i: number) => FixtureCell;
}

type Case = "as-is" | "upper" | "title";

function applyCase(label: string, c: Case): string {
  if (c === "upper") return label.toUpperCase();
  if (c === "title")
    return label.replace(/(^|[\s/(])(\p{L})/gu, (_m, p: string, l: string) => p + l.toUpperCase());
  return label;
}

const letter = (n: number): string => {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

/** Header rows and merges from the columns' label paths, starting at sheet row `top`. */
function headerBlock(columns: Column[], top: number, c: Case): { rows: FixtureCell[][]; merges: string[] } {
  const depth = Math.max(...columns.map((col) => col.path.length));
  const rows: FixtureCell[][] = Array.from({ length: depth }, () => columns.map(() => null));
  const merges: string[] = [];
  for (let level = 0; level < depth; level++) {
    for (let j = 0; j < columns.length; j++) {
      const path = columns[j].path;
      if (level >= path.length) continue;
      const label = path[level];
      // The first column of a run sharing this parent writes it; the run is merged.
      if (
        j > 0 &&
        level < path.length - 1 &&
        columns[j - 1].path[level] === label &&
        columns[j - 1].path.length > level + 1
      )
        continue;
      rows[level][j] = applyCase(label, c);
      let end = j;
      if (level < path.length - 1)
        while (
          end + 1 < columns.length &&
          columns[end + 1].path[level] === label &&
          columns[end + 1].path.length > level + 1
        )
          end++;
      const bottom = level === path.length - 1 ? depth - 1 : level;
      if (end > j || bottom > level)
        merges.push(`${letter(j + 1)}${top + level}:${letter(end + 1)}${top + bottom}`);
    }
  }
  return { rows, merges };
}

/** The national heading and the list's title over the header (`n` rows, 0–11). */
function titleRows(n: number, title: string): FixtureCell[][] {
  const all: FixtureCell[][] = [
    ["ỦY BAN NHÂN DÂN", _, _, _, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["XÃ MỸ HÒA HƯNG", _, _, _, "Độc lập – Tự do – Hạnh phúc"],
    [_, _, _, _, "Mỹ Hòa Hưng, ngày 10 tháng 11 năm 2025"],
    [title],
    ["(Kèm theo Tờ trình số 125/TTr-UBND ngày 10/11/2025)"],
    [],
  ];
  while (all.length < n) all.splice(3, 0, []);
  return all.slice(all.length - n);
}

const FOOTER: FixtureCell[][] = [
  [],
  [_, "Người lập biểu", _, _, "TM. ỦY BAN NHÂN DÂN"],
  [_, _, _, _, "CHỦ TỊCH"],
  [_, "Lê Thị Hoa", _, _, "Nguyễn Văn Thành"],
];

/** The things real workbooks carry around a list; each layout takes some. */
interface Extras {
  titleRows: number;
  title?: string;
  footer?: boolean;
  columnNumbers?: boolean;
  totals?: boolean;
  placeholders?: boolean;
  helperRows?: number;
  nfd?: boolean;
  lookup?: "danhmuc" | "hidden";
  instructions?: boolean;
}

interface ListSpec {
  sheet: string;
  columns: Column[];
  /** Nominees in order; a string is a section row written in the STT column's row. */
  items: (Nominee | { section: string; split?: boolean })[];
  c: Case;
  extras: Extras;
}

/** One list sheet and the truth of its records. */
function listSheet(spec: ListSpec): { sheet: FixtureSheet; records: TruthRecord[] } {
  const { columns, extras } = spec;
  const rows: FixtureCell[][] = titleRows(
    extras.titleRows,
    extras.title ?? "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025",
  );
  const head = headerBlock(columns, rows.length + 1, spec.c);
  rows.push(...head.rows);
  const merges = [...head.merges];
  if (extras.columnNumbers) rows.push(columns.map((_c, j) => `(${j + 1})`));
  const records: TruthRecord[] = [];
  let i = 0;
  for (const item of spec.items) {
    if ("section" in item) {
      if (item.split) {
        const [num, ...rest] = item.section.split(". ");
        rows.push([num, rest.join(". ")]);
      } else {
        rows.push([item.section]);
        merges.push(`A${rows.length}:${letter(columns.length)}${rows.length}`);
      }
      continue;
    }
    const nominee = extras.nfd && i % 2 === 0 ? { ...item, name: ` ${item.name.normalize("NFD")}  ` } : item;
    rows.push(columns.map((col) => col.value(nominee, i)));
    records.push({ sheet: spec.sheet, row: rows.length, kind: item.kind });
    i++;
  }
  if (extras.placeholders) {
    rows.push(
      columns.map((col) =>
        col.path[0] === "STT" ? i + 1 : col.path.some((p) => /tên/i.test(p)) ? "Tên cá nhân" : null,
      ),
    );
    rows.push(
      columns.map((col, j) =>
        j === columns.length - 1
          ? "Dòng minh họa"
          : col.path[0] === "STT"
            ? ""
            : j === 1
              ? "Tên tập thể"
              : null,
      ),
    );
  }
  if (extras.totals) rows.push([`Tổng cộng: ${records.length} đề nghị`]);
  const sheet: FixtureSheet = { name: spec.sheet, rows, merges };
  if (extras.helperRows) {
    // A lookup copied down far below the list (in the last column, often hidden), its result #N/A.
    for (let k = 0; k < extras.helperRows; k++) {
      const r: FixtureCell[] = columns.map(() => null);
      r[columns.length - 1] = {
        formula: `VLOOKUP(B${rows.length + 1},DANHMUC!A:B,2,0)`,
        result: { error: "#N/A" },
      } as FixtureCell;
      rows.push(r);
    }
  }
  if (extras.footer) rows.push(...FOOTER);
  return { sheet, records };
}

/** Sheets beside the list that are not lists, with their roles. */
function besideSheets(
  extras: Extras,
  listColumns: Column[],
): { sheets: FixtureSheet[]; roles: Record<string, SheetRole> } {
  const sheets: FixtureSheet[] = [];
  const roles: Record<string, SheetRole> = {};
  if (extras.lookup === "danhmuc") {
    sheets.push({
      name: "DANHMUC",
      rows: [
        ["Mã HT", "Tên hình thức", _, "Mã DH", "Tên danh hiệu", _, "Mã PL", "Phân loại đơn vị"],
        ["BK", "Bằng khen", _, "CSTĐ", "Chiến sĩ thi đua cơ sở", _, "TT", "Tập thể"],
        ["GK", "Giấy khen", _, "LĐTT", "Lao động tiên tiến", _, "CN", "Cá nhân"],
        ["CTĐ", "Cờ thi đua", _, "TTLĐTT", "Tập thể lao động tiên tiến", _, "HGĐ", "Hộ gia đình"],
      ],
    });
    roles.DANHMUC = "lookup";
  }
  if (extras.lookup === "hidden") {
    for (const [name, rows] of [
      [
        "HTKT",
        [
          ["Mã", "Hình thức khen thưởng"],
          ["01", "Bằng khen"],
          ["02", "Giấy khen"],
        ],
      ],
      [
        "PLDT",
        [
          ["Mã", "Tên phân loại"],
          ["TAPTHE", "Tập thể"],
          ["CANHAN", "Cá nhân"],
          ["HOGIADINH", "Hộ gia đình"],
        ],
      ],
      [
        "phan loai kt",
        [
          ["STT", "Tên tập thể", "Loại", "Ghi chú"],
          [1, "Khối Đảng", "TT", "x"],
        ],
      ],
    ] as [string, FixtureCell[][]][]) {
      sheets.push({ name, rows, state: name === "PLDT" ? "veryHidden" : "hidden" });
      roles[name] = "lookup";
    }
  }
  if (extras.instructions) {
    const labels = listColumns.map((c) => c.path[c.path.length - 1]);
    const example = (kind: SubjectKind, name: string): FixtureCell[] =>
      labels.map((l, j) =>
        j === 0
          ? "Ví dụ"
          : /tên/i.test(l)
            ? name
            : /loại|đối tượng/i.test(l)
              ? KIND_WORDS[kind][0]
              : "không nhập",
      );
    sheets.push({
      name: "Hướng dẫn",
      rows: [
        ["HƯỚNG DẪN NHẬP DANH SÁCH"],
        ["Nhập mỗi tập thể, cá nhân, hộ gia đình trên một dòng; cột có dấu * là bắt buộc."],
        labels,
        example("ca-nhan", "Nguyễn Văn A"),
        example("ca-nhan", "Trần Thị B"),
        example("tap-the", "Phòng Văn hóa – Thông tin"),
        example("tap-the", "Trường Tiểu học A"),
        example("ho-gia-dinh", "Hộ ông Lê Văn C"),
      ],
    });
    roles["Hướng dẫn"] = "instructions";
  }
  return { sheets, roles };
}

const STT: Column = { path: ["STT"], value: (_n, i) => i + 1 };
const ACHIEVEMENT = (path: string[]): Column => ({ path, value: (_n, i) => ACH[i % ACH.length] });
const NOTE: Column = { path: ["Ghi chú"], value: () => null };
const birthColumns = (style: number): Column[] =>
  style === 0
    ? [{ path: ["Năm sinh"], value: (n) => n.birth ?? null }]
    : [
        {
          path: ["Ngày, tháng, năm sinh", "Nam"],
          value: (n) => (n.gender === "Nam" ? (n.birth ?? null) : null),
        },
        {
          path: ["Ngày, tháng, năm sinh", "Nữ"],
          value: (n) => (n.gender === "Nữ" ? (n.birth ?? null) : null),
        },
      ];
/** Header depth 1, 2 or 3: the achievement columns sit under one or two parents. */
const achievementColumns = (style: number): Column[] =>
  style < 2
    ? [ACHIEVEMENT(style === 0 ? ["Tóm tắt thành tích"] : ["Thành tích", "Tóm tắt thành tích"])]
    : [
        ACHIEVEMENT(["Thành tích", "Nội dung", "Tóm tắt thành tích"]),
        { path: ["Thành tích", "Nội dung", "Quá trình khen thưởng"], value: () => "Giấy khen năm 2024" },
      ];

function nominees(
  names: Record<SubjectKind, string[]>,
  counts: [number, number, number],
  person: boolean,
  seed: number,
): Nominee[] {
  const out: Nominee[] = [];
  KINDS.forEach((kind, k) => {
    for (let i = 0; i < counts[k]; i++) {
      const pool = names[kind];
      const n: Nominee = { kind, name: pool[(i + seed) % pool.length] + (i >= pool.length ? ` ${i}` : "") };
      n.award = AWARD[kind][(i + seed) % AWARD[kind].length];
      if (person && kind === "ca-nhan") {
        n.birth = 1970 + ((i * 7 + seed) % 30);
        n.gender = (i + seed) % 2 === 0 ? "Nam" : "Nữ";
      }
      out.push(n);
    }
  });
  return out;
}

const byKind = (list: Nominee[]): (Nominee | { section: string; split?: boolean })[] => list;

/** How the layout tells each record's kind (the class of evidence under test). */
type Evidence =
  | "kind-words"
  | "kind-codes"
  | "kind-marks"
  | "sections"
  | "sheet-names"
  | "award"
  | "name-header"
  | "name-form"
  | "particulars"
  | "title";

const NAME_LABELS = [
  "Họ và tên",
  "Tên tập thể, cá nhân",
  "Họ và tên / Tên tập thể",
  "Tên tập thể/cá nhân/hộ gia đình",
];

/** One list layout: evidence × header depth × labels' case × what surrounds it. */
function evidenceLayout(evidence: Evidence, style: number, round: number, index: number): ZooLayout {
  const c: Case = (["as-is", "upper", "title"] as const)[(index + round) % 3];
  const extrasPool: Extras[] = [
    { titleRows: 0 },
    { titleRows: 5, footer: true, columnNumbers: true },
    { titleRows: 3, lookup: "danhmuc" },
    { titleRows: 4, lookup: "hidden", totals: true },
    { titleRows: 2, instructions: true },
    { titleRows: 5, placeholders: true, footer: true },
    { titleRows: 1, helperRows: 160 },
    { titleRows: 11, columnNumbers: true, nfd: true },
    { titleRows: 6, totals: true, footer: true, lookup: "danhmuc", instructions: true },
    { titleRows: 4, nfd: true, helperRows: 150, placeholders: true },
    { titleRows: 0, lookup: "hidden", instructions: true },
  ];
  const extras = extrasPool[(index * 3 + round * 5) % extrasPool.length];
  const seed = index + round;
  const counts: [number, number, number] = [2 + (seed % 3), 3 + (seed % 2), 1 + (seed % 2)];
  const nameLabel = NAME_LABELS[(index + round) % NAME_LABELS.length];
  const name: Column = { path: [nameLabel], value: (n) => n.name };
  const person = evidence !== "award" && evidence !== "name-header" && evidence !== "title";
  const people = nominees(
    evidence === "name-form" || evidence === "particulars" ? FORMED : NEUTRAL,
    counts,
    person,
    seed,
  );
  // "Hộ ông …" with the head's birth date is still a household (issue 14).
  if (evidence === "particulars") for (const p of people) if (p.kind === "ho-gia-dinh") p.birth = 1950 + seed;
  const base = (...middle: Column[]): Column[] => [
    STT,
    name,
    ...middle,
    ...birthColumns(style),
    { path: ["Chức vụ"], value: () => null },
    ...achievementColumns(style),
    NOTE,
  ];
  const lists: ListSpec[] = [];
  const one = (columns: Column[], items = byKind(people), sheet = "Danh sách"): void => {
    lists.push({ sheet, columns, items, c, extras });
  };
  switch (evidence) {
    case "kind-words": {
      const label = ["Loại", "Đối tượng", "Phân loại", "Loại đối tượng"][seed % 4];
      one(base({ path: [label], value: (n, i) => KIND_WORDS[n.kind][i % 3] }));
      break;
    }
    case "kind-codes": {
      const filled: Column = { path: ["Phân loại khen thưởng"], value: (n) => KIND_CODES[n.kind] };
      const empty: Column = { path: ["Lựa chọn phân loại khen thưởng"], value: () => null };
      one(base(...(seed % 2 === 0 ? [filled, empty] : [empty, filled])));
      break;
    }
    case "kind-marks": {
      const marks = KINDS.map((kind): Column => ({
        path: ["Đối tượng khen thưởng", `Khen thưởng ${KIND_WORDS[kind][2]}`],
        value: (n, i) => (n.kind === kind ? (i % 2 === 0 ? "x" : "X") : null),
      }));
      one([STT, name, ...marks, ...achievementColumns(0), NOTE]);
      break;
    }
    case "sections": {
      const items: (Nominee | { section: string; split?: boolean })[] = [];
      for (const kind of KINDS) {
        items.push({ section: SECTION[kind][seed % 3], split: seed % 2 === 1 });
        items.push(...people.filter((p) => p.kind === kind));
      }
      one(base(), items);
      break;
    }
    case "sheet-names": {
      const names = [
        ["Tập thể", "Cá nhân", "Hộ gia đình"],
        ["DS tap the", "DS ca nhan", "DS ho gia dinh"],
        ["1. Tập thể", "2. Cá nhân", "3. HGĐ"],
      ][seed % 3];
      KINDS.forEach((kind, k) =>
        one(
          base(),
          people.filter((p) => p.kind === kind),
          names[k],
        ),
      );
      break;
    }
    case "award": {
      const label = ["Danh hiệu đề nghị", "Hình thức khen thưởng đề nghị", "Danh hiệu thi đua"][seed % 3];
      one([STT, name, { path: [label], value: (n) => n.award ?? null }, ...achievementColumns(style), NOTE]);
      break;
    }
    case "name-header": {
      // Only the names are filled: the name column's header says who they are.
      const persons: Column[] = [
        STT,
        { path: [["Họ và tên", "Họ tên", "HỌ VÀ TÊN"][seed % 3]], value: (n) => n.name },
        ...birthColumns(style),
        { path: ["Giới tính"], value: () => null },
        { path: ["Chức vụ"], value: () => null },
        ...achievementColumns(style),
      ];
      const units: Column[] = [
        STT,
        { path: [["Tên đơn vị", "Tên tập thể", "Đơn vị"][seed % 3]], value: (n) => n.name },
        ...achievementColumns(style),
        NOTE,
      ];
      one(
        persons,
        people.filter((p) => p.kind === "ca-nhan"),
        "Danh sách 1",
      );
      one(
        units,
        people.filter((p) => p.kind === "tap-the"),
        "Danh sách 2",
      );
      break;
    }
    case "name-form":
    case "particulars":
      one(base());
      break;
    case "title": {
      KINDS.forEach((kind, k) => {
        const t = `DANH SÁCH ${KIND_WORDS[kind][0].toUpperCase()} ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025`;
        lists.push({
          sheet: `Biểu ${k + 1}`,
          columns: base(),
          items: people.filter((p) => p.kind === kind),
          c,
          extras: { ...extras, titleRows: Math.max(extras.titleRows, 4), title: t },
        });
      });
      break;
    }
  }
  const sheets: FixtureSheet[] = [];
  const roles: Record<string, SheetRole> = {};
  const records: TruthRecord[] = [];
  for (const spec of lists) {
    const built = listSheet(spec);
    sheets.push(built.sheet);
    roles[spec.sheet] = "list";
    records.push(...built.records);
  }
  const beside = besideSheets(extras, lists[0].columns);
  sheets.push(...beside.sheets);
  Object.assign(roles, beside.roles);
  return {
    id: `${evidence}-h${style + 1}-r${round + 1}`,
    about: `${evidence}, ${style + 1}-row header, ${c} labels, extras ${JSON.stringify(extras)}`,
    sheets,
    truth: { roles, records },
  };
}

/** An award matrix: one unit per row, an X under each award it is proposed for. */
function awardMatrix(variant: number): ZooLayout {
  const awards = [
    "Tập thể lao động tiên tiến",
    "Tập thể lao động xuất sắc",
    "Giấy khen Hiệu trưởng",
    "Bằng khen Chủ tịch UBND tỉnh",
    "Huân chương Lao động hạng Ba",
  ];
  const c: Case = variant % 2 === 0 ? "title" : "upper";
  const units = [
    "Phòng Đào tạo",
    "Khoa Công nghệ thông tin",
    "Mỹ Thạnh",
    "Hoa Sen",
    "Trung tâm Thư viện",
    "Bình Minh",
  ];
  const columns: Column[] = [
    STT,
    { path: [variant === 2 ? "Tên đơn vị" : "Đơn vị"], value: (n) => n.name },
    { path: ["Năm"], value: () => 2025 },
    ...awards.map((a, k): Column => ({
      path: variant === 3 ? ["Hình thức khen thưởng", a] : [a],
      value: (_n, i) => ((i + k) % 3 === 0 ? (i % 2 ? "x" : "X") : null),
    })),
  ];
  // Every unit gets at least one mark (the first award column or another).
  const items: Nominee[] = units.map((name) => ({ kind: "tap-the", name }));
  columns[3] = { ...columns[3], value: () => "X" };
  const built = listSheet({
    sheet: "Sheet1",
    columns,
    items,
    c,
    extras: { titleRows: variant === 1 ? 3 : 0 },
  });
  return {
    id: `award-matrix-${variant + 1}`,
    about: `award matrix with X marks, ${c} header${variant === 3 ? " under a merged parent" : " on row 1"}`,
    sheets: [built.sheet],
    truth: { roles: { Sheet1: "list" }, records: built.records },
  };
}

/** A school's list header, as a public university's commendation list has it. */
export const SCHOOL_LABELS = [
  "MSSV",
  "Họ và Tên",
  "Lớp",
  "Khoa",
  "Chương trình hoạt động",
  "Học kì",
  "Điểm rèn luyện",
  "Xếp loại",
  "Ngày khen thưởng",
];

/** A school's list of students: cá nhân by their student numbers and classes. */
function schoolList(variant: number): ZooLayout {
  const labels = SCHOOL_LABELS;
  const students = ["Nguyễn Thị Ngọc Hân", "Trần Quốc Bảo", "Lê Minh Thư", "Phan Gia Huy", "Đỗ Thảo Vy"];
  const columns: Column[] = labels.map((l, k) => ({
    path: [l],
    value: (n, i) =>
      [
        `DH${21000 + i}`,
        n.name,
        "DH21TH1",
        "Công nghệ thông tin",
        "Mùa hè xanh 2025",
        "HK2",
        92 - i,
        "Xuất sắc",
        "15/09/2025",
      ][k],
  }));
  if (variant === 2) columns.unshift(STT);
  const items: Nominee[] = students.map((name) => ({ kind: "ca-nhan", name }));
  const built = listSheet({
    sheet: "DS khen thưởng",
    columns,
    items,
    c: variant === 1 ? "upper" : "as-is",
    extras: { titleRows: variant === 1 ? 2 : 0 },
  });
  return {
    id: `school-${variant + 1}`,
    about: "a school's list of students (MSSV, Lớp, Khoa)",
    sheets: [built.sheet],
    truth: { roles: { "DS khen thưởng": "list" }, records: built.records },
  };
}

/** Workbooks that hold no nomination list, or an empty template. */
function negatives(): ZooLayout[] {
  const initiatives = (authors: boolean): FixtureSheet => ({
    name: "Sáng kiến",
    rows: [
      ["DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN NĂM 2025"],
      [],
      [
        "STT",
        "Tên đề tài",
        "Ngày công nhận",
        "Đơn vị công nhận",
        "Lĩnh vực",
        "Phạm vi ảnh hưởng",
        "Tên tác giả",
      ],
      [
        1,
        "Ứng dụng phần mềm quản lý hồ sơ một cửa",
        "12/05/2025",
        "Hội đồng sáng kiến tỉnh",
        "Cải cách hành chính",
        "Cấp tỉnh",
        authors ? "Nguyễn Văn Hùng" : _,
      ],
      [
        2,
        "Mô hình lúa – tôm luân canh",
        "20/06/2025",
        "Sở Khoa học và Công nghệ",
        "Nông nghiệp",
        "Cấp tỉnh",
        authors ? "Trần Thị Lệ" : _,
      ],
      [
        3,
        "Số hóa hồ sơ lưu trữ",
        "01/07/2025",
        "Hội đồng sáng kiến tỉnh",
        "Thông tin và truyền thông",
        "Cấp cơ sở",
        _,
      ],
    ],
  });
  const survey = (title: boolean): FixtureSheet => ({
    name: "Phiếu",
    rows: [
      ...(title
        ? [["PHIẾU THU THẬP THÔNG TIN VỀ CUNG, CẦU LAO ĐỘNG"], ["Hộ gia đình: ........ Ấp: ........"]]
        : []),
      [
        "STT",
        "Họ và tên",
        "Năm sinh",
        _,
        "Dân tộc",
        "Trình độ",
        _,
        "Nghề nghiệp",
        "Nơi làm việc",
        "Thu nhập bình quân/tháng",
      ],
      [_, _, "Nam", "Nữ", _, "Học vấn", "Chuyên môn kỹ thuật", _, _, _],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
      [1, "Nguyễn Văn Bé", 1985, _, "Kinh", "12/12", "Sơ cấp", "Thợ hồ", "Tự làm", 7000000],
      [2, "Lê Thị Út", _, 1990, "Kinh", "9/12", "Không", "Nội trợ", "Tại nhà", 0],
      [3, "Châu Văn Sơn", 1978, _, "Khmer", "5/12", "Không", "Làm thuê", "Ấp Mỹ An", 4500000],
      [],
      [_, "Người cung cấp thông tin", _, _, _, _, _, "Điều tra viên"],
      [_, "(Ký, ghi rõ họ tên)", _, _, _, _, _, "(Ký, ghi rõ họ tên)"],
    ],
    merges: title
      ? ["A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:G3", "H3:H4", "I3:I4", "J3:J4"]
      : ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:G1", "H1:H2", "I1:I2", "J1:J2"],
  });
  const template = (marked: boolean): FixtureSheet => ({
    name: "Mẫu danh sách",
    rows: [
      ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"],
      [],
      [
        "STT",
        "Tên tập thể, cá nhân",
        "Loại",
        "Ngày sinh",
        "Chức vụ",
        "Tóm tắt thành tích",
        "Hình thức đề nghị",
        "Ghi chú",
      ],
      ...(marked
        ? [
            [
              1,
              "Nguyễn Văn A",
              "Cá nhân",
              "01/01/1980",
              "Trưởng phòng",
              "Hoàn thành xuất sắc nhiệm vụ",
              "Giấy khen",
              "Dòng minh họa",
            ],
          ]
        : [
            [1, "Tên tập thể", "Tập thể", _, _, _, _, _],
            [2, "Tên cá nhân", "Cá nhân", _, _, _, _, _],
            [3, "Tên hộ gia đình", "Hộ gia đình", _, _, _, _, _],
          ]),
    ],
  });
  const lookup = besideSheets({ titleRows: 0, lookup: "danhmuc" }, []).sheets;
  const instructions = besideSheets({ titleRows: 0, instructions: true }, [
    STT,
    { path: ["Họ và tên"], value: () => null },
    { path: ["Loại"], value: () => null },
    { path: ["Ghi chú"], value: () => null },
  ]).sheets;
  const hidden = besideSheets({ titleRows: 0, lookup: "hidden" }, []).sheets;
  const none = (
    id: string,
    about: string,
    sheets: FixtureSheet[],
    roles: Record<string, SheetRole>,
  ): ZooLayout => ({
    id,
    about,
    sheets,
    truth: { roles, records: [], noList: true },
  });
  return [
    none("initiatives", "a list of initiatives, authors empty", [initiatives(false)], {
      "Sáng kiến": "form",
    }),
    none("initiatives-authors", "a list of initiatives with authors", [initiatives(true), ...lookup], {
      "Sáng kiến": "form",
      DANHMUC: "lookup",
    }),
    none("survey", "a labour survey form: merged header, column numbers, signatures", [survey(false)], {
      Phiếu: "form",
    }),
    none("survey-titled", "a labour survey form under its title", [survey(true), ...hidden], {
      Phiếu: "form",
      HTKT: "lookup",
      PLDT: "lookup",
      "phan loai kt": "lookup",
    }),
    none("lookup-and-instructions", "only a lookup sheet and instructions", [...lookup, ...instructions], {
      DANHMUC: "lookup",
      "Hướng dẫn": "instructions",
    }),
    none(
      "hidden-and-blank",
      "hidden code sheets and a blank sheet",
      [...hidden, { name: "Sheet1", rows: [] }],
      {
        HTKT: "lookup",
        PLDT: "lookup",
        "phan loai kt": "lookup",
        Sheet1: "empty",
      },
    ),
    {
      id: "empty-template",
      about: "an empty template: placeholder names only",
      sheets: [template(false), ...instructions],
      truth: { roles: { "Mẫu danh sách": "list", "Hướng dẫn": "instructions" }, records: [] },
    },
    {
      id: "empty-template-marked",
      about: "an empty template whose one row is marked «Dòng minh họa»",
      sheets: [template(true)],
      truth: { roles: { "Mẫu danh sách": "list" }, records: [] },
    },
  ];
}

const EVIDENCE: Evidence[] = [
  "kind-words",
  "kind-codes",
  "kind-marks",
  "sections",
  "sheet-names",
  "award",
  "name-header",
  "name-form",
  "particulars",
  "title",
];

/** Every layout of the zoo (≥ 60), in a stable order. */
export function zooLayouts(): ZooLayout[] {
  const out: ZooLayout[] = [];
  let index = 0;
  for (let round = 0; round < 2; round++)
    for (const evidence of EVIDENCE)
      for (let style = 0; style < 3; style++) out.push(evidenceLayout(evidence, style, round, index++));
  for (let v = 0; v < 4; v++) out.push(awardMatrix(v));
  for (let v = 0; v < 3; v++) out.push(schoolList(v));
  out.push(...negatives());
  out.push(...wildLayouts());
  return out;
}
