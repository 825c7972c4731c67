/** Boots the pane: Excel mode when Office.js reports Excel, file mode otherwise (see state/host). */
import "./jitless";
import { Spinner } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelPort } from "../excel/port";
import { createOfficeSettings } from "../excel/settings";
import { App, Shell } from "./App";
import { detectHost } from "./state/host";

async function boot(): Promise<void> {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(
    <Shell dark={false}>
      <Spinner label="Đang khởi động Trợ lý TĐKT…" />
    </Shell>,
  );
  const host = await detectHost();
  root.render(
    host.kind === "excel" ? (
      <App
        mode="excel"
        dark={host.dark}
        apiSupported={host.apiSupported}
        fileName={host.fileName}
        port={createExcelPort()}
        settings={createOfficeSettings()}
      />
    ) : (
      <App mode="file" />
    ),
  );
}

void boot();
