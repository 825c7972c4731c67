/** Boots the pane: Excel mode when Office.js reports Excel, file mode otherwise (see state/host). */
import "./jitless";
import { createRoot } from "react-dom/client";
import { createExcelPort } from "../excel/port";
import { createOfficeSettings } from "../excel/settings";
import { App } from "./App";
import { detectHost } from "./state/host";
import { Startup } from "./Startup";

const root = createRoot(document.getElementById("root") as HTMLElement);
root.render(
  <Startup detect={detectHost}>
    {(host) => {
      if (host.kind !== "excel") return <App mode="file" />;
      const settings = createOfficeSettings();
      return (
        <App
          mode="excel"
          dark={host.dark}
          apiSupported={host.apiSupported}
          fileName={host.fileName}
          port={createExcelPort(settings)}
          settings={settings}
        />
      );
    }}
  </Startup>,
);
