/**
 * The reading profile as stored (workbook settings, the browser's storage, a JSON file the clerk
 * exports, imports or hands to the CLI with --cach-doc), and its validation. A file that does not
 * fit gets Vietnamese lines that name the line of the file at fault; nothing of it is used then.
 */
import { z } from "zod";
import { formatPath, parseJsonText, planErrorMap } from "../plan/errors";
import { fieldKeySchema, subjectKindSchema } from "../plan/schema";
import { jsonLineOf } from "./json-lines";

const letters = z.string().regex(/^[A-Z]{1,3}$/, "phải là chữ cái của cột, ví dụ «C»");

/** One header cell of the layout: its column and its folded text (all header rows joined by " / "). */
const signatureColumnSchema = z.object({ column: letters, text: z.string().min(1) }).strict();

/** "TAPTHE → tập thể", "X → Bằng khen": a value of one column tells the record's kind or award. */
const valueRuleSchema = z
  .object({
    column: letters,
    value: z.string().min(1),
    kind: subjectKindSchema.optional(),
    award: z.string().min(1).optional(),
  })
  .strict()
  .refine((r) => r.kind !== undefined || r.award !== undefined, {
    message: "cần «kind» (loại đối tượng) hoặc «award» (hình thức khen thưởng)",
  });

export const readingProfileSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    signature: z
      .object({
        /** How many sheet rows the header spans. */
        rows: z.number().int().min(1).max(3),
        columns: z.array(signatureColumnSchema).min(1),
      })
      .strict(),
    /** The clerk's "Tiêu đề ở dòng …": the 1-based sheet row the header starts on. */
    headerRow: z.number().int().min(1).optional(),
    /** false: "Không phải danh sách"; true: "Đây là danh sách" (read even when no header is recognised). */
    list: z.boolean().optional(),
    /** Column letter → field, or null for "Bỏ qua cột này". */
    columns: z.record(letters, fieldKeySchema.nullable()).optional(),
    /** "Cả danh sách là tập thể". */
    kind: subjectKindSchema.optional(),
    values: z.array(valueRuleSchema).optional(),
  })
  .strict();

export type ReadingProfile = z.infer<typeof readingProfileSchema>;
export type ValueRule = z.infer<typeof valueRuleSchema>;

export const PROFILE_FORMAT = "tdkt-cach-doc";

/** The file: a set of profiles (one per layout); a bare profile is accepted too. */
const profileSetSchema = z
  .object({
    format: z.literal(PROFILE_FORMAT),
    version: z.literal(1),
    profiles: z.array(readingProfileSchema),
  })
  .strict();

export type ProfileParseResult = { ok: true; profiles: ReadingProfile[] } | { ok: false; errors: string[] };

/** The JSON a clerk exports: every profile, in a shape `parseProfilesText` reads back. */
export function profilesFileText(profiles: readonly ReadingProfile[]): string {
  return JSON.stringify({ format: PROFILE_FORMAT, version: 1, profiles }, null, 2) + "\n";
}

function issueLine(source: string, text: string, issue: z.core.$ZodIssue): string[] {
  const keys = issue.code === "unrecognized_keys" ? issue.keys : [null];
  return keys.map((key) => {
    const path = key === null ? issue.path : [...issue.path, key];
    const what = key === null ? issue.message : "trường này không có trong mẫu cách đọc (gõ sai tên?)";
    return `${source}: dòng ${jsonLineOf(text, path)} (${formatPath(path)}) — ${what}`;
  });
}

/** Profiles from a JSON file's text; `source` names the file in the messages. */
export function parseProfilesText(text: string, source: string): ProfileParseResult {
  const json = parseJsonText(text, source);
  if (!json.ok) return json;
  const { data, body } = json;
  // Checked against one shape only, so the messages are about the shape the file claims to have.
  const isSet = data !== null && typeof data === "object" && "profiles" in data;
  const parsed = isSet
    ? profileSetSchema.safeParse(data, { error: planErrorMap })
    : readingProfileSchema.safeParse(data, { error: planErrorMap });
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.flatMap((i) => issueLine(source, body, i)) };
  const value = parsed.data;
  return { ok: true, profiles: "profiles" in value ? value.profiles : [value] };
}

/** Profiles kept in a settings store: anything that does not fit is dropped, the rest kept. */
export function storedProfiles(raw: unknown): ReadingProfile[] {
  if (!Array.isArray(raw)) return [];
  const out: ReadingProfile[] = [];
  for (const p of raw) {
    const parsed = readingProfileSchema.safeParse(p);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
