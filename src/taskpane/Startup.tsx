/**
 * The pane while Office starts: a spinner, then, when Office is slow, a message that says the pane
 * is still waiting for Excel and a button for file mode (the clerk's choice, never made for them).
 * A start that fails, in Office or while the pane first renders, is shown with what to do, never
 * as an endless spinner or a blank pane.
 */
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { describeError } from "../excel/errors";
import { Shell } from "./App";
import { ErrorBar } from "./components/ErrorBar";
import { ErrorBoundary } from "./components/ErrorBoundary";
import type { PaneHost } from "./state/host";
import { SLOW_START, START_FAILED } from "./state/notices";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type ChosenHost = PaneHost | { kind: "file"; reason: "chosen" };
const FILE_MODE: ChosenHost = { kind: "file", reason: "chosen" };

export interface StartupProps {
  detect: (onSlow: () => void) => Promise<PaneHost>;
  /** The pane for the host found; "file" also when the clerk chose file mode while waiting. */
  children: (host: ChosenHost) => ReactNode;
}

type Phase =
  | { kind: "starting"; slow: boolean }
  | { kind: "ready"; host: ChosenHost }
  | { kind: "failed"; error: unknown };

function FailedStart({ error, onFileMode }: { error: unknown; onFileMode: () => void }) {
  const styles = useStyles();
  const d = describeError(error);
  // An error the product has words for (an old Excel…) keeps them; anything else says what to do at start.
  const text = d.title === undefined ? d.text : START_FAILED;
  return (
    <Shell dark={false}>
      <div className={styles.column} data-testid="start-failed">
        <ErrorBar
          message={{ intent: "error", title: "Không khởi động được Trợ lý", text, detail: d.detail }}
        />
        <Button appearance="primary" onClick={() => window.location.reload()}>
          Tải lại
        </Button>
        <Button data-testid="start-failed-file-mode" onClick={onFileMode}>
          Mở tệp trên máy
        </Button>
      </div>
    </Shell>
  );
}

/** Renders the host's pane inside the boundary, so a throw while building it is caught there too. */
function Ready({ host, children }: { host: ChosenHost; children: StartupProps["children"] }) {
  return <>{children(host)}</>;
}

export function Startup({ detect, children }: StartupProps) {
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>({ kind: "starting", slow: false });
  useEffect(() => {
    let live = true;
    detect(() => {
      if (live) setPhase((p) => (p.kind === "starting" ? { kind: "starting", slow: true } : p));
    }).then(
      // A clerk who chose file mode while waiting stays there.
      (host) => live && setPhase((p) => (p.kind === "ready" ? p : { kind: "ready", host })),
      (error: unknown) => live && setPhase({ kind: "failed", error }),
    );
    return () => {
      live = false;
    };
  }, [detect]);

  const chooseFileMode = () => setPhase({ kind: "ready", host: FILE_MODE });
  // The pane brings its own theme (Office's, once known): only the waiting states use a plain one.
  if (phase.kind === "ready")
    return (
      <ErrorBoundary
        key={"reason" in phase.host ? phase.host.reason : "excel"}
        fallback={(error) => <FailedStart error={error} onFileMode={chooseFileMode} />}
      >
        <Ready host={phase.host}>{children}</Ready>
      </ErrorBoundary>
    );
  if (phase.kind === "failed") return <FailedStart error={phase.error} onFileMode={chooseFileMode} />;
  return (
    <Shell dark={false}>
      <div className={styles.column}>
        <Spinner label="Đang khởi động Trợ lý TĐKT…" />
        {phase.slow && (
          <>
            <ErrorBar message={{ intent: "info", text: SLOW_START }} />
            <Button data-testid="choose-file-mode" onClick={chooseFileMode}>
              Mở tệp trên máy
            </Button>
          </>
        )}
      </div>
    </Shell>
  );
}
