import {
  BUILTIN_PLANS,
  getBuiltinPlan,
  parsePlan,
  planSchema,
  unknownPlanMessage,
  type Plan,
} from "../../src/core/plan";
import { AN_GIANG_2021 } from "../../src/core/plan/seeds/an-giang-2021";
import { AN_GIANG_2025 } from "../../src/core/plan/seeds/an-giang-2025";
import { AN_GIANG_DOT_DAC_BIET_2025 } from "../../src/core/plan/seeds/an-giang-dot-dac-biet-2025";
import { BINH_DINH_2022_2025 } from "../../src/core/plan/seeds/binh-dinh-2022-2025";
import { SO_TTTT_2022_2025 } from "../../src/core/plan/seeds/so-tttt-2022-2025";

const FOURTEEN = [
  "Xây dựng Đảng, chính quyền, đoàn thể",
  "Quốc phòng, an ninh",
  "Công thương, xây dựng, giao thông vận tải",
  "Nông nghiệp",
  "Tài chính, ngân hàng",
  "Y tế",
  "Giáo dục và đào tạo",
  "Khoa học và công nghệ",
  "Văn hóa, nghệ thuật, thể dục thể thao",
  "Đối ngoại",
  "Thông tin và truyền thông",
  "Cải cách hành chính",
  "An sinh xã hội",
  "Đời sống xã hội",
];

function plan(id: string): Plan {
  const p = getBuiltinPlan(id);
  if (p === undefined) throw new Error(`no plan ${id}`);
  return p;
}

function quotas(p: Plan) {
  return p.quotas.map((q) => [q.unitKind, q.kinds, q.min ?? null, q.max ?? null]);
}

describe("built-in plans", () => {
  it("has the five seed plans, in seed order, each passing the schema as written", () => {
    expect(BUILTIN_PLANS.map((p) => p.id)).toEqual([
      "an-giang-2025",
      "binh-dinh-2022-2025",
      "an-giang-2021",
      "an-giang-dot-dac-biet-2025",
      "so-tttt-2022-2025",
    ]);
    for (const seed of [
      AN_GIANG_2025,
      BINH_DINH_2022_2025,
      AN_GIANG_2021,
      AN_GIANG_DOT_DAC_BIET_2025,
      SO_TTTT_2022_2025,
    ]) {
      const result = planSchema.safeParse(seed);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    }
  });

  it("round-trips through JSON: a built-in plan saved as a file loads back the same", () => {
    for (const p of BUILTIN_PLANS) {
      const again = parsePlan(JSON.parse(JSON.stringify(p)), `${p.id}.json`);
      expect(again).toEqual({ ok: true, plan: p });
    }
  });

  it("finds plans by id and says nothing for an unknown id", () => {
    expect(getBuiltinPlan("binh-dinh-2022-2025")?.title).toBe(
      "Kế hoạch tuyên truyền gương điển hình tiên tiến giai đoạn 2022 – 2025 trên địa bàn tỉnh Bình Định",
    );
    expect(getBuiltinPlan("khong-co")).toBeUndefined();
  });

  it("lists the built-in ids in Vietnamese for an unknown plan", () => {
    const message = unknownPlanMessage("an-giang-2024");
    expect(message.startsWith("Không có kế hoạch «an-giang-2024». Hãy chọn một kế hoạch có sẵn:")).toBe(true);
    for (const p of BUILTIN_PLANS) expect(message).toContain(`  ${p.id}: ${p.title}`);
    expect(message).toContain("tệp kế hoạch .json");
  });
});

describe("seed 000 an-giang-2025", () => {
  const p = plan("an-giang-2025");

  it("counts tập thể, cá nhân and hộ gia đình together: tỉnh ≥15, sở ≥1, huyện ≥5, xã ≥2", () => {
    const all = ["tap-the", "ca-nhan", "ho-gia-dinh"];
    expect(quotas(p)).toEqual([
      ["tinh", all, 15, null],
      ["so-ban-nganh", all, 1, null],
      ["huyen", all, 5, null],
      ["xa", all, 2, null],
    ]);
  });

  // "chức vụ, đơn vị công tác hoặc hộ khẩu thường trú"
  it("requires the particulars of §VI.7, with chức vụ and đơn vị công tác, or hộ khẩu thường trú", () => {
    expect(p.required["tap-the"]).toEqual([
      "ten",
      "quaTrinhThanhLap",
      "coCauToChuc",
      "chucNangNhiemVu",
      "thanhTich",
      "quaTrinhKhenThuong",
    ]);
    const person = [
      "ten",
      "ngaySinh",
      "queQuan",
      { oneOf: [["chucVu", "donVi"], "noiThuongTru"] },
      "thanhTich",
      "quaTrinhKhenThuong",
    ];
    expect(p.required["ca-nhan"]).toEqual(person);
    expect(p.required["ho-gia-dinh"]).toEqual(person);
  });

  it("has the 14 fields, the four general criteria and 6-month and annual reports with no stated day", () => {
    expect(p.fields).toEqual(FOURTEEN);
    expect(p.criteria).toHaveLength(4);
    expect(p.period).toEqual({ from: "2025-01-01", to: "2025-12-31", label: "Năm 2025" });
    expect(p.deadlines.map((d) => [d.id, d.kind, d.covers, d.date ?? d.yearly ?? d.monthly ?? null])).toEqual(
      [
        ["bao-cao-6-thang", "bao-cao", "6-thang", null],
        ["bao-cao-nam", "bao-cao", "nam", null],
      ],
    );
    expect(p.awardForms).toEqual([]);
  });
});

describe("seed 001 binh-dinh-2022-2025", () => {
  const p = plan("binh-dinh-2022-2025");

  it("has separate tập thể and cá nhân quotas, a sở/ban/ngành held as a khối member; doanh nghiệp 1–3", () => {
    expect(quotas(p)).toEqual([
      ["thanh-vien-khoi", ["tap-the"], 3, null],
      ["thanh-vien-khoi", ["ca-nhan"], 3, null],
      ["so-ban-nganh", ["tap-the"], 3, null],
      ["so-ban-nganh", ["ca-nhan"], 3, null],
      ["huyen", ["tap-the"], 5, null],
      ["huyen", ["ca-nhan"], 5, null],
      ["doanh-nghiep", ["ca-nhan"], 1, 3],
      ["xa", ["tap-the"], 3, null],
      ["xa", ["ca-nhan"], 3, null],
    ]);
  });

  it("requires a trích ngang thành tích of every kind, the same 14 fields and a yearly report", () => {
    for (const kind of ["tap-the", "ca-nhan", "ho-gia-dinh"] as const)
      expect(p.required[kind]).toEqual(["ten", "thanhTich"]);
    expect(p.fields).toEqual(FOURTEEN);
    expect(p.period).toMatchObject({ from: "2022-01-01", to: "2025-12-31" });
    expect(p.deadlines.map((d) => [d.kind, d.covers, d.date ?? d.yearly ?? null])).toEqual([
      ["bao-cao", "nam", null],
    ]);
  });
});

describe("seed 002 an-giang-2021", () => {
  it("is a media log with nothing of a nomination list to check, sent before the 25th monthly", () => {
    const p = plan("an-giang-2021");
    expect(p.listType).toBe("media");
    expect([p.quotas, p.fields, p.awardForms, p.required]).toEqual([
      [],
      [],
      [],
      { "tap-the": [], "ca-nhan": [], "ho-gia-dinh": [] },
    ]);
    expect(p.deadlines.map((d) => [d.kind, d.monthly, d.before])).toEqual([["bao-cao", { day: 25 }, true]]);
  });
});

describe("seed 003 an-giang-dot-dac-biet-2025", () => {
  const p = plan("an-giang-dot-dac-biet-2025");

  it("runs to 30/06/2025; unit plans due 25/02/2025, the summary report 31/07/2025; no quotas", () => {
    expect(p.period.to).toBe("2025-06-30");
    // "trước ngày 25 tháng 02 năm 2025", "trước ngày 31 tháng 7 năm 2025": strictly before.
    expect(p.deadlines.map((d) => [d.kind, d.date, d.before])).toEqual([
      ["ke-hoach", "2025-02-25", true],
      ["bao-cao", "2025-07-31", true],
    ]);
    expect([p.campaign, p.defaultMethod]).toEqual([true, "chuyen-de"]);
    expect(p.quotas).toEqual([]);
  });

  it("offers Bằng khen Chủ tịch UBND tỉnh (only to units that launched the campaign) and Giấy khen", () => {
    expect(p.awardForms.map((f) => [f.name, f.level, f.requiresLaunched]).slice(0, 2)).toEqual([
      ["Bằng khen của Chủ tịch UBND tỉnh", "tinh", true],
      ["Giấy khen", "co-so", false],
    ]);
    // Every form above the unit's own authority requires the campaign launched.
    expect(p.awardForms.filter((f) => f.level !== "co-so").every((f) => f.requiresLaunched)).toBe(true);
    expect(p.awardForms.map((f) => f.id)).toEqual(
      expect.arrayContaining(["bang-khen-thu-tuong", "huan-chuong"]),
    );
    expect(p.awardForms[0].synonyms).toEqual(expect.arrayContaining(["BK UBND tỉnh", "Bằng khen UBND tỉnh"]));
    expect(p.awardForms[1].synonyms).toEqual(expect.arrayContaining(["GK", "Giấy khen Giám đốc Sở"]));
  });
});

describe("seed 004 so-tttt-2022-2025", () => {
  const p = plan("so-tttt-2022-2025");

  it("has two exemplar levels: only cấp tỉnh may be proposed for Bằng khen Chủ tịch UBND tỉnh", () => {
    expect(p.exemplarLevels.map((l) => [l.id, l.awardForms])).toEqual([
      ["cap-so", ["giay-cong-nhan", "giay-khen-giam-doc-so"]],
      ["cap-tinh", ["giay-cong-nhan", "giay-khen-giam-doc-so", "bang-khen-chu-tich-ubnd-tinh"]],
    ]);
    expect(p.quotas).toEqual([]);
    expect(p.deadlines.map((d) => [d.kind, d.covers, d.yearly ?? d.date ?? null])).toEqual([
      ["bao-cao", "nam", null],
      ["bao-cao", "giai-doan", null],
    ]);
  });
});
