/**
 * The plan profile: everything a province's plan says that a machine can check.
 * A plan file is JSON validated by this schema; the five seed plans are built in (./seeds).
 */
import { z } from "zod";
import { mediaProfileSchema } from "../media/schema";

/** A real calendar date written yyyy-mm-dd (one message, whatever is wrong with it). */
function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

const isoDate = z
  .string()
  .refine(isRealIsoDate, { message: "phải là một ngày có thật, viết dạng yyyy-mm-dd (ví dụ 2025-07-31)" });

export const subjectKindSchema = z.enum(["tap-the", "ca-nhan", "ho-gia-dinh"]);
export const unitKindSchema = z.enum([
  "so-ban-nganh",
  "huyen",
  "xa",
  "doanh-nghiep",
  "thanh-vien-khoi",
  "phong-don-vi",
  "tinh",
]);
export const fieldKeySchema = z.enum([
  "stt",
  "ten",
  "loai",
  "ngaySinh",
  "gioiTinh",
  "danToc",
  "chucVu",
  "donVi",
  "queQuan",
  "noiThuongTru",
  "linhVuc",
  "thanhTich",
  "quaTrinhKhenThuong",
  "hinhThuc",
  "ghiChu",
  "quaTrinhThanhLap",
  "coCauToChuc",
  "chucNangNhiemVu",
  "capDienHinh",
  "phuongThuc",
]);

/**
 * A required particular: one field, or one of several alternatives, each a field or a group of
 * fields filled together (000 §VI.7: "chức vụ, đơn vị công tác hoặc hộ khẩu thường trú" is
 * `{ "oneOf": [["chucVu", "donVi"], "noiThuongTru"] }`).
 */
export const requiredItemSchema = z.union(
  [
    fieldKeySchema,
    z.object({ oneOf: z.array(z.union([fieldKeySchema, z.array(fieldKeySchema).min(1)])).min(2) }).strict(),
  ],
  { error: 'cần tên một trường (ví dụ "ten") hoặc { "oneOf": [hai trường hoặc nhóm trường trở lên] }' },
);

/**
 * A quota for one kind of unit. `kinds` lists the subject kinds counted together:
 * one kind = a quota for that kind alone; several = a combined quota (An Giang: tập thể + cá nhân
 * + hộ gia đình ≥ 2 for a xã). `unitKind: "tinh"` is the province-wide target.
 */
export const quotaSchema = z
  .object({
    unitKind: unitKindSchema,
    kinds: z.array(subjectKindSchema).min(1),
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().positive().optional(),
    /** Where the number comes from in the seed, for the clerk. */
    note: z.string().optional(),
  })
  .strict()
  .refine((q) => q.min !== undefined || q.max !== undefined, { message: "cần ít nhất min hoặc max" })
  .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, {
    message: "min không được lớn hơn max",
  });

/** Province-level forms may only be proposed by a unit that launched the campaign (plan 003). */
export const awardFormSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    /** Other spellings a clerk writes for the same form. */
    synonyms: z.array(z.string()).default([]),
    level: z.enum(["trung-uong", "tinh", "co-so"]),
    requiresLaunched: z.boolean().default(false),
  })
  .strict();

/** Exemplar levels (plan 004): which award forms each level may be proposed for. */
export const exemplarLevelSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    synonyms: z.array(z.string()).default([]),
    awardForms: z.array(z.string()).default([]),
  })
  .strict();

export const deadlineSchema = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    /** What is due: the unit's plan, a periodic report, the nomination list. */
    kind: z.enum(["ke-hoach", "bao-cao", "danh-sach"]),
    /** A fixed date… */
    date: isoDate.optional(),
    /** …or one that comes back every year (6-month and annual reports)… */
    yearly: z
      .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
      .strict()
      .optional(),
    /** …or every month (plan 002: press items before the 25th). None of the three: the plan states
     * no day, and the clerk sets it (CheckOptions.dueDate); with none set nothing is late. */
    monthly: z
      .object({ day: z.number().int().min(1).max(31) })
      .strict()
      .optional(),
    /** "Trước ngày N": sent on day N is late. Otherwise day N is the last day on time. */
    before: z.boolean().default(false),
    /** The report period (kỳ báo cáo) the deadline is for; any period when absent. */
    covers: z.enum(["6-thang", "nam", "giai-doan", "dot"]).optional(),
  })
  .strict()
  .refine((d) => [d.date, d.yearly, d.monthly].filter((x) => x !== undefined).length <= 1, {
    message: "chỉ ghi một trong ba: date, yearly hoặc monthly (hoặc không ghi nếu kế hoạch không nêu ngày)",
  });

/** Phương thức khen thưởng: the rows 11–17 of table 0603.N. */
export const awardMethodSchema = z.enum([
  "thuong-xuyen",
  "chuyen-de",
  "dot-xuat",
  "doi-ngoai",
  "cong-hien",
  "nien-han",
  "khang-chien",
]);

export const checkSettingsSchema = z
  .object({
    /** Fewer characters than this in thành tích says nothing (trích ngang). */
    minAchievementChars: z.number().int().nonnegative().default(30),
    /** Youngest age a nominated person may have on the report date. */
    minAge: z.number().int().nonnegative().default(16),
  })
  .strict();

export const planSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, { message: "chỉ gồm chữ thường không dấu, số và dấu gạch ngang" }),
    title: z.string().min(1),
    /** Issuing document and seed reference. */
    source: z.string().default(""),
    period: z.object({ from: isoDate, to: isoDate, label: z.string().min(1) }).strict(),
    /** A nomination list (most plans) or the press media log (plan 002). */
    listType: z.enum(["nomination", "media"]).default("nomination"),
    subjectKinds: z.array(subjectKindSchema).min(1),
    required: z
      .object({
        "tap-the": z.array(requiredItemSchema).default([]),
        "ca-nhan": z.array(requiredItemSchema).default([]),
        "ho-gia-dinh": z.array(requiredItemSchema).default([]),
      })
      .strict(),
    /** Lĩnh vực a nomination may belong to; empty = any. */
    fields: z.array(z.string().min(1)).default([]),
    criteria: z.array(z.string().min(1)).default([]),
    quotas: z.array(quotaSchema).default([]),
    awardForms: z.array(awardFormSchema).default([]),
    exemplarLevels: z.array(exemplarLevelSchema).default([]),
    deadlines: z.array(deadlineSchema).default([]),
    checks: checkSettingsSchema.default({ minAchievementChars: 30, minAge: 16 }),
    /** One emulation campaign (đợt thi đua, plan 003): its one report covers the whole campaign. */
    campaign: z.boolean().default(false),
    /** The phương thức of a nomination whose list has no column for it (0603.N rows 11–17). */
    defaultMethod: awardMethodSchema.default("thuong-xuyen"),
    media: mediaProfileSchema.optional(),
  })
  .strict()
  // Cross-references a field-by-field schema cannot see; each issue points at the faulty entry.
  .superRefine((plan, ctx) => {
    if (plan.period.from > plan.period.to)
      ctx.addIssue({
        code: "custom",
        path: ["period", "to"],
        message: "ngày kết thúc phải sau ngày bắt đầu",
      });
    const formIds = new Set<string>();
    plan.awardForms.forEach((f, i) => {
      if (formIds.has(f.id))
        ctx.addIssue({ code: "custom", path: ["awardForms", i, "id"], message: `mã «${f.id}» bị trùng` });
      formIds.add(f.id);
    });
    plan.exemplarLevels.forEach((level, i) =>
      level.awardForms.forEach((id, j) => {
        if (!formIds.has(id))
          ctx.addIssue({
            code: "custom",
            path: ["exemplarLevels", i, "awardForms", j],
            message: `không có hình thức khen thưởng mã «${id}» trong awardForms`,
          });
      }),
    );
    plan.quotas.forEach((q, i) =>
      q.kinds.forEach((kind, j) => {
        if (!plan.subjectKinds.includes(kind))
          ctx.addIssue({
            code: "custom",
            path: ["quotas", i, "kinds", j],
            message: `đối tượng «${kind}» không có trong subjectKinds`,
          });
      }),
    );
  });

export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Quota = z.infer<typeof quotaSchema>;
export type RequiredItem = z.infer<typeof requiredItemSchema>;
export type AwardForm = z.infer<typeof awardFormSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type AwardMethod = z.infer<typeof awardMethodSchema>;
