/** short-achievement: a trích ngang too short to say anything (an empty one is missing-required's job). */
import type { Plan } from "../plan/schema";
import { isBlank, recordFinding, who, type RecordRule } from "./context";

export function achievementRule(plan: Plan): RecordRule | null {
  const min = plan.checks.minAchievementChars;
  if (min <= 0) return null;
  return (record, scope, out) => {
    const v = record.fields.thanhTich;
    if (v === undefined || v.length >= min || isBlank(v)) return;
    const length = v.trim().length;
    out.push(
      recordFinding(
        "short-achievement",
        "warning",
        scope,
        record,
        "thanhTich",
        `Tóm tắt thành tích của ${who(record)} chỉ có ${length} ký tự, quá ngắn (cần ít nhất ${min}). ` +
          "Hãy ghi rõ những thành tích tiêu biểu, xuất sắc đã đạt được.",
      ),
    );
  };
}
