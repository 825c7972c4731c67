/**
 * Keeps the pane alive when a component throws while rendering (a bug, or a lazy chunk that failed
 * to load): the clerk sees what happened in Vietnamese, with the detail to copy, and can try again
 * without closing the pane.
 */
import { Button } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { describeError } from "../../excel/errors";
import { ErrorBar } from "./ErrorBar";

interface State {
  error: unknown;
  failed: boolean;
}

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead of the default message and "Thử lại" (the start screen has its own). */
  fallback?: (error: unknown) => ReactNode;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Keeps React's component stack with the error, for the detail the clerk copies.
    if (error instanceof Error && info.componentStack)
      error.stack = `${error.stack ?? ""}\n${info.componentStack}`;
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    if (this.props.fallback !== undefined) return this.props.fallback(this.state.error);
    const d = describeError(this.state.error);
    return (
      <div data-testid="pane-crashed">
        <ErrorBar
          message={{
            intent: "error",
            title: d.title ?? "Không hiển thị được",
            text: d.text,
            detail: d.detail,
          }}
        />
        <Button onClick={() => this.setState({ error: null, failed: false })}>Thử lại</Button>
      </div>
    );
  }
}
