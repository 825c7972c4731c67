/**
 * Birth dates. The reader leaves ISO "yyyy-mm-dd" or "yyyy", or the clerk's text when it could not
 * read a date: invalid-date says what is wrong with that text; implausible-birth-date flags a
 * readable date that cannot be a nominated person's (future, before 1900, too young).
 */
import { isRealDate } from "../read/dates";
import { foldText } from "../read/text";
import type { Plan } from "../plan/schema";
import type { CheckOptions } from "../types";
import { isBlank, recordFinding, who, type RecordRule } from "./context";
import { daysInMonth, parseIsoDay, showDate } from "./dates";
import { requiresField } from "./required";

const DAY_FIRST = /^(\d{1,4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,4})$/;
const EARLIEST_YEAR = 1900;
/**
 * A pupil or a child nominated as one: young by right. Said by the position ("Học sinh lớp 7A",
 * "Lớp trưởng", "Liên đội trưởng"), a class as the unit ("Lớp 7A, Trường THCS…") or a children's
 * award ("Cháu ngoan Bác Hồ"); never by free text such as a teacher's note on pupils.
 */
const PUPIL_POSITION = /\b(hoc sinh|hs lop|doi vien|lop truong|lop pho|(lien|chi) doi (truong|pho))\b/;
const CLASS_UNIT = /^lop \d/;
const CHILD_AWARD = /\bchau ngoan\b/;

function isPupil(fields: Partial<Record<string, string>>): boolean {
  return (
    PUPIL_POSITION.test(foldText(fields.chucVu ?? "")) ||
    CLASS_UNIT.test(foldText(fields.donVi ?? "")) ||
    CHILD_AWARD.test(foldText(fields.hinhThuc ?? ""))
  );
}

/** What is wrong with a birth date the reader could not read, in words. */
export function explainBadDate(text: string): string {
  const iso = parseIsoDay(text);
  if (iso !== null) return `ngày ${showDate(text)} không có trên lịch`;
  const m = DAY_FIRST.exec(text);
  if (m === null) return "không đọc được thành ngày tháng";
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[1].length > 2) return "năm phải viết sau cùng";
  if (m[3].length !== 4) return "năm phải đủ 4 chữ số";
  if (mo < 1 || mo > 12) return `không có tháng ${mo}`;
  if (d < 1) return "không có ngày 0";
  const days = daysInMonth(y, mo);
  if (d > days) return `tháng ${mo} năm ${y} chỉ có ${days} ngày`;
  return "không đọc được thành ngày tháng";
}

const ZERO = 48;

function digit(v: string, i: number): number {
  const d = v.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : NaN;
}

/**
 * "yyyy" or "yyyy-mm-dd" as the number yyyymmdd (month and day 0 for a year alone); -1 for anything
 * else or an impossible date. Hot path: no regex, no allocation.
 */
function birthNumber(v: string): number {
  const y = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  if (Number.isNaN(y)) return -1;
  if (v.length === 4) return y * 10000;
  if (v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return -1;
  const m = digit(v, 5) * 10 + digit(v, 6);
  const d = digit(v, 8) * 10 + digit(v, 9);
  return isRealDate(y, m, d) ? y * 10000 + m * 100 + d : -1;
}

/** Age on `at` (yyyymmdd) of someone born `birth` (yyyymmdd; a year alone counts as 1 January). */
function ageAt(birth: number, at: number): number {
  return Math.floor((at - birth) / 10000);
}

export function birthDateRule(plan: Plan, options: CheckOptions): RecordRule {
  const report = parseIsoDay(options.reportDate);
  const reportNumber = report === null ? null : report.y * 10000 + report.m * 100 + report.d;
  const reportText = showDate(options.reportDate);
  const minAge = plan.checks.minAge;
  const wantsFullDate = requiresField(plan, "ngaySinh");
  return (record, scope, out) => {
    const v = record.fields.ngaySinh;
    if (isBlank(v) || v === undefined) return;
    const birth = birthNumber(v);
    if (birth < 0) {
      out.push(
        recordFinding(
          "invalid-date",
          "error",
          scope,
          record,
          "ngaySinh",
          // A date cell reaches here as ISO: quote it as the clerk sees it, dd/mm/yyyy.
          `Ngày sinh «${showDate(v)}» của ${who(record)} không hợp lệ: ${explainBadDate(v)}. ` +
            "Hãy nhập theo dạng dd/mm/yyyy (ví dụ 05/03/1980)" +
            (record.kind !== null && wantsFullDate[record.kind] ? "." : " hoặc chỉ ghi năm sinh."),
        ),
      );
      return;
    }
    // 000 §VI.7 asks "ngày tháng năm sinh": a year alone is accepted but not the full particular.
    if (v.length === 4 && record.kind !== null && wantsFullDate[record.kind])
      out.push(
        recordFinding(
          "birth-year-only",
          "warning",
          scope,
          record,
          "ngaySinh",
          `Ngày sinh của ${who(record)} chỉ ghi năm ${v}; kế hoạch yêu cầu ghi đủ ngày, tháng, năm sinh. ` +
            "Hãy ghi đủ theo dạng dd/mm/yyyy (ví dụ 05/03/1980).",
        ),
      );
    if (record.kind !== "ca-nhan") return;
    let problem: string | null = null;
    if (birth < EARLIEST_YEAR * 10000) problem = `trước năm ${EARLIEST_YEAR}`;
    else if (reportNumber !== null && birth > reportNumber) problem = `sau ngày báo cáo ${reportText}`;
    else if (reportNumber !== null) {
      const age = ageAt(birth, reportNumber);
      if (age < minAge && !isPupil(record.fields))
        problem = `nghĩa là mới ${age} tuổi vào ngày báo cáo ${reportText}, chưa đủ ${minAge} tuổi`;
    }
    if (problem === null) return;
    out.push(
      recordFinding(
        "implausible-birth-date",
        "warning",
        scope,
        record,
        "ngaySinh",
        `Ngày sinh ${showDate(v)} của ${who(record)} khó có thật (${problem}). Hãy kiểm tra lại ngày, tháng, năm sinh.`,
      ),
    );
  };
}
