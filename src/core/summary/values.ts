/**
 * The summary's numbers and words by placeholder name, for a template the clerk supplies
 * ("{{so_ca_nhan}}"). The names are documented for clerks in docs/mau-tong-hop.md: keep in step.
 */
import { showDate } from "../check/dates";
import { UNIT_KIND_LABELS } from "../labels";
import { CATEGORY_ROWS } from "./categories";
import { summaryData, type SummaryInput } from "./data";
import { deadlineLine, UNKNOWN_UNIT } from "./header-block";
import { resolvePeriod } from "../plan/period";
import { MET, NOT_MET, quotaBounds, quotaGap, quotaKinds } from "./quota-text";
import { noQuotaReason } from "./section-kinds";

export type SummaryValues = Record<string, string | number>;

export const NO_QUOTA = "Không có chỉ tiêu";

/** Named rows of table 0603.N, besides their codes (ma_01 … ma_10). */
const CATEGORY_NAMES = {
  so_doanh_nghiep: "03",
  so_lanh_dao_tinh: "06",
  so_lanh_dao_so: "07",
  so_doanh_nhan: "08",
  so_lanh_dao_khac: "09",
  so_truc_tiep: "10",
  so_nu: "nu",
} as const;

export function summaryValues(input: SummaryInput): SummaryValues {
  const { report, plan, options, madeOn } = input;
  const data = summaryData(input);
  const v: SummaryValues = {
    don_vi: options.unitName?.trim() || UNKNOWN_UNIT,
    loai_don_vi: options.unitKind ? UNIT_KIND_LABELS[options.unitKind] : "",
    ke_hoach: plan.title,
    ky_bao_cao: resolvePeriod(plan, options.period, options.reportDate).label,
    han_bao_cao: deadlineLine(plan, options),
    ngay_lap: showDate(madeOn),
    tep: report.file,
    tong_so: data.total,
    so_tap_the: report.counts["tap-the"],
    so_ca_nhan: report.counts["ca-nhan"],
    so_ho_gia_dinh: report.counts["ho-gia-dinh"],
    so_loi: data.bySeverity.error,
    so_canh_bao: data.bySeverity.warning,
    so_thong_tin: data.bySeverity.info,
    so_van_de: data.findings.length,
  };
  for (const [name, code] of Object.entries(CATEGORY_NAMES)) v[name] = data.categories[code];
  for (const [code] of CATEGORY_ROWS) if (code !== "nu") v[`ma_${code}`] = data.categories[code];
  // Columns of table 0603.N: "so_bang_khen", "so_giay_khen", "so_khac"… (row 01, by award form).
  const total = data.table.rows[0];
  data.table.columns.forEach((c, i) => (v[`so_${c.id.replace(/-/g, "_")}`] = total.byColumn[i]));

  // Per plan field only when the plan has a field list: otherwise the rows follow the data.
  if (plan.fields.length > 0)
    plan.fields.forEach((name, i) => {
      v[`linh_vuc_${i + 1}`] = data.fields[i].count;
      v[`ten_linh_vuc_${i + 1}`] = name;
    });
  v.linh_vuc_khac = data.fields[data.fields.length - 1].count;

  const q = report.quota;
  v.chi_tieu_dat = q.length === 0 ? NO_QUOTA : q.every((s) => s.met) ? MET : NOT_MET;
  v.chi_tieu =
    q.length === 0
      ? noQuotaReason(input)
      : q
          .map((s) => {
            const gap = quotaGap(s);
            return `${quotaKinds(s)}: ${s.actual}/${quotaBounds(s)}${gap ? ` — ${gap}` : ""}`;
          })
          .join("; ");
  return v;
}
