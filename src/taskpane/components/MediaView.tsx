/**
 * A media log's result: each month × outlet × medium against its quota with the month's theme
 * beside it, the topics of every month, and the items sent late.
 */
import { Body1Strong, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { showDate } from "../../core/check/dates";
import type { MediaReport } from "../../core/media";
import { mediaQuotaLine } from "../state/quota";
import { paneThemeHeading } from "../state/themes";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  month: { display: "flex", flexDirection: "column" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function MediaView({ report }: { report: MediaReport }) {
  const styles = useStyles();
  // The year-round topics are the same for every month.
  const yearRound = report.themes[0]?.yearRound ?? [];
  return (
    <div className={styles.view} data-testid="media-view">
      <Subtitle2>
        Nhật ký tin bài: {report.logs.reduce((n, l) => n + l.items.length, 0)} tin bài trong{" "}
        {report.logs.length} trang tính
      </Subtitle2>
      {report.themes.length === 0 && <Caption1>Chưa có tháng nào để đối chiếu chỉ tiêu.</Caption1>}
      {report.themes.map((t) => (
        <section key={t.month} className={styles.month} data-testid="media-month" data-month={t.month}>
          <Body1Strong>Tháng {t.month}</Body1Strong>
          <ul className={styles.list} data-testid="media-quota">
            {report.quota
              .filter((q) => q.month === t.month)
              .map((q) => (
                <li key={`${q.outlet}-${q.mediaLabel}`} data-met={q.met}>
                  {mediaQuotaLine(q)}
                </li>
              ))}
          </ul>
          <Caption1 data-testid="media-theme">{paneThemeHeading(t)}</Caption1>
          {t.topics.length > 0 && (
            <ul className={styles.list} data-testid="media-topics">
              {t.topics.map((topic) => (
                <li key={topic}>
                  <Caption1>{topic}</Caption1>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {yearRound.length > 0 && (
        <>
          <Subtitle2>Chủ đề trong năm (áp dụng cho mọi tháng)</Subtitle2>
          <ul className={styles.list} data-testid="media-year-round">
            {yearRound.map((topic) => (
              <li key={topic}>
                <Caption1>{topic}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <Subtitle2>Tin bài gửi trễ ({report.late.length})</Subtitle2>
      {report.late.length > 0 && (
        <ul className={styles.list} data-testid="media-late">
          {report.late.map((l) => (
            <li key={`${l.sheet}-${l.row}`}>
              {l.sheet}, dòng {l.row}: {l.title ?? "(không tên)"} — gửi {showDate(l.sentOn)}, hạn trước{" "}
              {showDate(l.deadline)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
