/**
 * The pane as a plain web page (no Office host): check workbooks from disk, or tally a province's
 * unit workbooks. Everything runs in the page; no file is uploaded anywhere.
 */
import { Caption1, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { FileCheckView } from "./FileCheckView";
import ProvinceView from "./ProvinceView";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "960px" },
  hidden: { display: "none" },
});

type FileTab = "check" | "province";

export default function FileModeApp() {
  const styles = useStyles();
  const [tab, setTab] = useState<FileTab>("check");
  return (
    <div className={styles.app} data-testid="file-mode">
      <Title3>Trợ lý Thi đua – Khen thưởng</Title3>
      <Caption1>
        Đang mở như trang web: chọn các tệp .xlsx trên máy để kiểm tra hoặc tổng hợp. Tệp được đọc ngay trong
        trình duyệt, không tải lên mạng.
      </Caption1>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as FileTab)}>
        <Tab value="check" data-testid="tab-check">
          Kiểm tra tệp
        </Tab>
        <Tab value="province" data-testid="tab-province">
          Tổng hợp tỉnh
        </Tab>
      </TabList>
      {/* Both stay mounted, so switching tabs keeps each one's files and results. */}
      <div className={tab === "check" ? undefined : styles.hidden}>
        <FileCheckView />
      </div>
      <div className={tab === "province" ? undefined : styles.hidden}>
        <ProvinceView />
      </div>
    </div>
  );
}
