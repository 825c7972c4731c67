/**
 * The media part of a plan profile (plan 002): which press outlets must publish about exemplars,
 * how often, by which day of the month they send their work to Sở Nội vụ, and the calendar of
 * monthly themes. Data a clerk edits for another year in a plan JSON file (`"media": {…}`).
 */
import { z } from "zod";

export const MEDIA_KINDS = ["bao-in", "bao-dien-tu", "truyen-hinh", "phat-thanh"] as const;
export const mediumSchema = z.enum(MEDIA_KINDS);
export type Medium = z.infer<typeof mediumSchema>;

const monthSchema = z.number().int().min(1).max(12);

/** A medium's name as the clerk reads it and the words written for it in a log's "Loại" column. */
export const mediaTypeSchema = z
  .object({
    id: mediumSchema,
    name: z.string().min(1),
    synonyms: z.array(z.string()).default([]),
  })
  .strict();

export const DEFAULT_MEDIA_TYPES: z.infer<typeof mediaTypeSchema>[] = [
  { id: "bao-in", name: "báo in", synonyms: ["báo giấy", "in", "bản in", "báo in ấn"] },
  {
    id: "bao-dien-tu",
    name: "báo điện tử",
    synonyms: ["điện tử", "báo mạng", "online", "trực tuyến", "báo online", "web", "website", "BĐT"],
  },
  {
    id: "truyen-hinh",
    name: "truyền hình",
    synonyms: ["TH", "TV", "phóng sự truyền hình", "chương trình truyền hình", "phát sóng truyền hình"],
  },
  { id: "phat-thanh", name: "phát thanh", synonyms: ["PT", "radio", "chương trình phát thanh"] },
];

export const outletSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, { message: "chỉ gồm chữ thường không dấu, số và dấu gạch ngang" }),
    name: z.string().min(1),
    /** Other names a clerk writes for the outlet ("Báo AG", "Đài PT-TH AG", "ATV"). */
    synonyms: z.array(z.string()).default([]),
    /** The media the outlet publishes on. */
    media: z.array(mediumSchema).min(1),
    /** Sends each item with its video clip ("gửi bài viết kèm video-clip"): the log shows where it is. */
    withClip: z.boolean().default(false),
  })
  .strict();

/**
 * A monthly quota of one outlet. `media` lists the media counted together: Báo An Giang's
 * "báo in và báo điện tử (2 bài/tháng)" is one quota over both; the Đài's "truyền hình (2 kỳ/tháng)
 * và phát thanh (2 kỳ/tháng)" are two.
 */
export const mediaQuotaSchema = z
  .object({
    outlet: z.string().min(1),
    media: z.array(mediumSchema).min(1),
    perMonth: z.number().int().positive(),
    /** What is counted, for messages: "bài", "kỳ". */
    unit: z.string().min(1).default("bài"),
    note: z.string().optional(),
  })
  .strict();

/** One row of the theme calendar: months ("1 và 2" → [1, 2]) or "all" ("Trong năm"). */
export const mediaThemeSchema = z
  .object({
    months: z.union([z.array(monthSchema).min(1), z.literal("all")]),
    topics: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const mediaProfileSchema = z
  .object({
    outlets: z.array(outletSchema).min(1),
    mediaTypes: z.array(mediaTypeSchema).default(DEFAULT_MEDIA_TYPES),
    quotas: z.array(mediaQuotaSchema).default([]),
    /** Items are due before this day of their month ("trước ngày 25 hàng tháng"): on it is late. */
    sendBeforeDay: z.number().int().min(1).max(31).default(25),
    /** To whom the items are sent, for messages. */
    recipient: z.string().min(1).default("Sở Nội vụ"),
    themes: z.array(mediaThemeSchema).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    const outlets = new Map(p.outlets.map((o) => [o.id, o]));
    if (outlets.size !== p.outlets.length)
      ctx.addIssue({ code: "custom", path: ["outlets"], message: "mã cơ quan báo chí bị trùng" });
    p.quotas.forEach((q, i) => {
      const outlet = outlets.get(q.outlet);
      if (outlet === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["quotas", i, "outlet"],
          message: `không có cơ quan báo chí mã "${q.outlet}"`,
        });
      } else if (q.media.some((m) => !outlet.media.includes(m))) {
        ctx.addIssue({
          code: "custom",
          path: ["quotas", i, "media"],
          message: `${outlet.name} không có loại hình này`,
        });
      }
    });
  });

export type MediaProfile = z.infer<typeof mediaProfileSchema>;
export type MediaProfileInput = z.input<typeof mediaProfileSchema>;
export type MediaOutlet = z.infer<typeof outletSchema>;
export type MediaQuota = z.infer<typeof mediaQuotaSchema>;
export type MediaTheme = z.infer<typeof mediaThemeSchema>;
export type MediaType = z.infer<typeof mediaTypeSchema>;
