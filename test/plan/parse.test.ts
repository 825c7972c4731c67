import { getBuiltinPlan, parsePlan, parsePlanText, planSchema } from "../../src/core/plan";

/** A minimal valid plan file. */
const MINIMAL = {
  id: "thu-nghiem",
  title: "Kế hoạch thử nghiệm",
  period: { from: "2025-01-01", to: "2025-12-31", label: "Năm 2025" },
  subjectKinds: ["ca-nhan"],
  required: { "ca-nhan": ["ten"] },
};

describe("parsePlan", () => {
  it("accepts a minimal plan and fills in the defaults", () => {
    const result = parsePlan(MINIMAL, "kh.json");
    expect(result).toEqual({
      ok: true,
      plan: {
        ...MINIMAL,
        source: "",
        listType: "nomination",
        required: { "tap-the": [], "ca-nhan": ["ten"], "ho-gia-dinh": [] },
        fields: [],
        criteria: [],
        quotas: [],
        awardForms: [],
        exemplarLevels: [],
        deadlines: [],
        checks: { minAchievementChars: 30, minAge: 16 },
        campaign: false,
        defaultMethod: "thuong-xuyen",
      },
    });
  });

  it("takes a deadline with no day (the clerk sets it) and a oneOf of field groups", () => {
    const result = parsePlan(
      {
        ...MINIMAL,
        required: { "ca-nhan": [{ oneOf: [["chucVu", "donVi"], "noiThuongTru"] }] },
        deadlines: [{ id: "bc", label: "Báo cáo năm", kind: "bao-cao", covers: "nam" }],
      },
      "kh.json",
    );
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.plan.deadlines).toEqual([
      { id: "bc", label: "Báo cáo năm", kind: "bao-cao", covers: "nam", before: false },
    ]);
  });

  it("says in Vietnamese, per field path, what is wrong with each value", () => {
    const result = parsePlan(
      {
        ...MINIMAL,
        title: 3,
        period: { from: "2025-02-30", to: "31/12/2025" },
        subjectKinds: ["ca nhan"],
        required: { "ca-nhan": ["ten", { oneOf: ["donVi"] }, "queQuan2"] },
        quotas: [{ unitKind: "xa", kinds: ["ca-nhan"], min: 5, max: 2 }],
        checks: { minAge: -1 },
      },
      "kh.json",
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        "kh.json: title — phải là chuỗi ký tự, không phải số (3)",
        "kh.json: period.from — phải là một ngày có thật, viết dạng yyyy-mm-dd (ví dụ 2025-07-31)",
        "kh.json: period.to — phải là một ngày có thật, viết dạng yyyy-mm-dd (ví dụ 2025-07-31)",
        "kh.json: period.label — thiếu, phải có (chuỗi ký tự)",
        'kh.json: subjectKinds[0] — giá trị "ca nhan" không được phép; chọn một trong: "tap-the", "ca-nhan", "ho-gia-dinh"',
        "kh.json: required.ca-nhan[1].oneOf — cần ít nhất 2 phần tử",
        'kh.json: required.ca-nhan[2] — cần tên một trường (ví dụ "ten") hoặc { "oneOf": [hai trường hoặc nhóm trường trở lên] }',
        "kh.json: quotas[0] — min không được lớn hơn max",
        "kh.json: checks.minAge — phải ≥ 0",
      ],
    });
  });

  it("rejects unknown keys, one line per key at its own path", () => {
    const result = parsePlan(
      { ...MINIMAL, tieuDe: "x", quotas: [{ unitKind: "xa", kinds: ["ca-nhan"], min: 2, toiDa: 3 }] },
      "kh.json",
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        "kh.json: quotas[0].toiDa — trường này không có trong mẫu kế hoạch (gõ sai tên?)",
        "kh.json: tieuDe — trường này không có trong mẫu kế hoạch (gõ sai tên?)",
      ],
    });
  });

  it("checks references between parts of the plan", () => {
    const result = parsePlan(
      {
        ...MINIMAL,
        period: { from: "2025-12-31", to: "2025-01-01", label: "Ngược" },
        quotas: [{ unitKind: "xa", kinds: ["tap-the"], min: 1 }],
        awardForms: [
          { id: "gk", name: "Giấy khen", level: "co-so" },
          { id: "gk", name: "Giấy khen khác", level: "co-so" },
        ],
        exemplarLevels: [{ id: "cap-so", name: "Cấp sở", awardForms: ["gk", "bk"] }],
        deadlines: [
          { id: "bc", label: "Báo cáo", kind: "bao-cao", date: "2025-07-31", yearly: { month: 7, day: 31 } },
        ],
      },
      "kh.json",
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        "kh.json: deadlines[0] — chỉ ghi một trong ba: date, yearly hoặc monthly (hoặc không ghi nếu kế hoạch không nêu ngày)",
        "kh.json: period.to — ngày kết thúc phải sau ngày bắt đầu",
        "kh.json: awardForms[1].id — mã «gk» bị trùng",
        "kh.json: exemplarLevels[0].awardForms[1] — không có hình thức khen thưởng mã «bk» trong awardForms",
        "kh.json: quotas[0].kinds[0] — đối tượng «tap-the» không có trong subjectKinds",
      ],
    });
  });

  it("does not change zod's messages for other callers (no global configuration)", () => {
    parsePlan({}, "kh.json");
    const plain = planSchema.safeParse({ ...MINIMAL, title: 3 });
    expect(plain.error?.issues.map((i) => i.message)).toEqual([
      "Invalid input: expected string, received number",
    ]);
  });
});

describe("parsePlanText", () => {
  it("parses a plan file's text, with or without a byte-order mark", () => {
    const text = JSON.stringify(MINIMAL);
    expect(parsePlanText(text, "kh.json").ok).toBe(true);
    expect(parsePlanText("\uFEFF" + text, "kh.json").ok).toBe(true);
  });

  it("loads a built-in plan saved to a file", () => {
    const plan = getBuiltinPlan("an-giang-dot-dac-biet-2025");
    expect(parsePlanText(JSON.stringify(plan, null, 2), "003.json")).toEqual({ ok: true, plan });
  });

  it("reports JSON syntax errors with line and column", () => {
    expect(parsePlanText('{\n  "id": "x",\n  "title": "y",\n}', "kh.json")).toEqual({
      ok: false,
      errors: [
        "kh.json: dòng 4, cột 1 — lỗi cú pháp JSON: ký tự «}» không đúng chỗ (thiếu dấu phẩy, ngoặc hoặc dấu nháy?)",
      ],
    });
    expect(parsePlanText('{"id": "x"', "kh.json")).toEqual({
      ok: false,
      errors: [
        "kh.json: dòng 1, cột 11 — lỗi cú pháp JSON: tệp kết thúc đột ngột (thiếu dấu phẩy, ngoặc hoặc dấu nháy?)",
      ],
    });
  });

  it("reports an empty file", () => {
    expect(parsePlanText("  \n", "kh.json")).toEqual({
      ok: false,
      errors: ["kh.json: (toàn bộ tệp) — tệp trống, không có nội dung JSON"],
    });
  });

  it("reports a file that is JSON but not a plan object", () => {
    expect(parsePlanText("[1, 2]", "kh.json")).toEqual({
      ok: false,
      errors: ["kh.json: (toàn bộ tệp) — phải là đối tượng { … }, không phải danh sách [ … ]"],
    });
  });
});
