/**
 * The pane while Office starts: a spinner, then, when Office is slow, a message that says the pane
 * is still waiting for Excel and a button for file mode (the clerk's choice, never made for them).
 * A start that fails is shown with what to do, never as an endless spinner.
 */
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { describeError } from "../excel/errors";
import { Shell } from "./App";
import { ErrorBar } from "./components/ErrorBar";
import type { PaneHost } from "./state/host";
import { SLOW_START } from "./state/notices";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface StartupProps {
  detect: (onSlow: () => void) => Promise<PaneHost>;
  /** The pane for the host found; "file" also when the clerk chose file mode while waiting. */
  children: (host: PaneHost | { kind: "file"; reason: "chosen" }) => ReactNode;
}

type Phase =
  | { kind: "starting"; slow: boolean }
  | { kind: "ready"; host: PaneHost | { kind: "file"; reason: "chosen" } }
  | { kind: "failed"; error: unknown };

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

  // The pane brings its own theme (Office's, once known): only the waiting states use a plain one.
  if (phase.kind === "ready") return <>{children(phase.host)}</>;
  if (phase.kind === "failed") {
    const d = describeError(phase.error);
    return (
      <Shell dark={false}>
        <div className={styles.column} data-testid="start-failed">
          <ErrorBar
            message={{
              intent: "error",
              title: "Không khởi động được Trợ lý",
              text: d.text,
              detail: d.detail,
            }}
          />
          <Button onClick={() => setPhase({ kind: "ready", host: { kind: "file", reason: "chosen" } })}>
            Mở tệp trên máy
          </Button>
        </div>
      </Shell>
    );
  }
  return (
    <Shell dark={false}>
      <div className={styles.column}>
        <Spinner label="Đang khởi động Trợ lý TĐKT…" />
        {phase.slow && (
          <>
            <ErrorBar message={{ intent: "info", text: SLOW_START }} />
            <Button
              data-testid="choose-file-mode"
              onClick={() => setPhase({ kind: "ready", host: { kind: "file", reason: "chosen" } })}
            >
              Mở tệp trên máy
            </Button>
          </>
        )}
      </div>
    </Shell>
  );
}
