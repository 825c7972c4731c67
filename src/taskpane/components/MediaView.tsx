/** A media log's result: each month × outlet × medium against its quota, and the items sent late. */
import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { showDate } from "../../core/check/dates";
import type { MediaReport } from "../../core/media";
import { mediaQuotaLine } from "../state/quota";

export function MediaView({ report }: { report: MediaReport }) {
  return (
    <div data-testid="media-view">
      <Subtitle2>
        Nhật ký tin bài: {report.logs.reduce((n, l) => n + l.items.length, 0)} tin bài trong{" "}
        {report.logs.length} trang tính
      </Subtitle2>
      {report.quota.length === 0 ? (
        <Caption1>Chưa có tháng nào để đối chiếu chỉ tiêu.</Caption1>
      ) : (
        <ul data-testid="media-quota">
          {report.quota.map((q) => (
            <li key={`${q.month}-${q.outlet}-${q.mediaLabel}`} data-met={q.met}>
              {mediaQuotaLine(q)}
            </li>
          ))}
        </ul>
      )}
      <Subtitle2>Tin bài gửi trễ ({report.late.length})</Subtitle2>
      {report.late.length > 0 && (
        <ul data-testid="media-late">
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
