/**
 * The pane's root: Fluent theme following Office, and either Excel mode (tabs "Kiểm tra" and
 * "Tổng hợp tỉnh") or file mode. File mode and the province view load on demand: they bring
 * ExcelJS, which the Excel pane never needs.
 */
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { Suspense, useState, type ReactNode } from "react";
import type { WorkbookPort } from "../core/port";
import type { SettingsStore } from "../excel/settings";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ExcelPane } from "./ExcelPane";
import { retryableLazy } from "./retryable-lazy";

const FileModeApp = retryableLazy(() => import("./files/FileModeApp"));
const ProvinceView = retryableLazy(() => import("./files/ProvinceView"));

const useStyles = makeStyles({
  root: { minHeight: "100vh", padding: tokens.spacingHorizontalM, boxSizing: "border-box" },
  hidden: { display: "none" },
});

export function Shell({ dark, children }: { dark: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    // The root style (full height, padding) is for the page: portals (dropdown lists) must not get it.
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      className={styles.root}
      applyStylesToPortals={false}
    >
      {/* A render bug or a lazy chunk that fails to load is shown, and the pane stays alive. */}
      <ErrorBoundary>
        <Suspense fallback={<Spinner label="Đang tải…" />}>{children}</Suspense>
      </ErrorBoundary>
    </FluentProvider>
  );
}

export type AppProps =
  | { mode: "file"; dark?: boolean }
  | {
      mode: "excel";
      dark: boolean;
      apiSupported: boolean;
      fileName: string | null;
      port: WorkbookPort;
      settings: SettingsStore;
    };

export function App(props: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<"check" | "province">("check");
  // The province view loads on first visit; both tabs then stay mounted so neither loses its results.
  const [provinceOpened, setProvinceOpened] = useState(false);
  const [fileMode, setFileMode] = useState(props.mode === "file");
  const dark = props.dark ?? false;
  const excel = props.mode === "excel" ? props : null;
  if (fileMode || excel === null)
    return (
      <Shell dark={dark}>
        <FileModeApp />
      </Shell>
    );
  return (
    <Shell dark={dark}>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => {
          setTab(d.value as "check" | "province");
          if (d.value === "province") setProvinceOpened(true);
        }}
      >
        <Tab value="check">Kiểm tra</Tab>
        <Tab value="province">Tổng hợp tỉnh</Tab>
      </TabList>
      <div className={tab === "check" ? undefined : styles.hidden}>
        <ExcelPane
          port={excel.port}
          settings={excel.settings}
          apiSupported={excel.apiSupported}
          fileName={excel.fileName}
          onUseFileMode={() => setFileMode(true)}
        />
      </div>
      {provinceOpened && (
        <div className={tab === "province" ? undefined : styles.hidden}>
          {/* Its own boundary: a province view that fails leaves the check tab and its results alive. */}
          <ErrorBoundary>
            <Suspense fallback={<Spinner label="Đang tải…" />}>
              <ProvinceView port={excel.port} settings={excel.settings} />
            </Suspense>
          </ErrorBoundary>
        </div>
      )}
    </Shell>
  );
}
