/** One message to the clerk: what went wrong (or what was done) and what to do next. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";

export interface PaneMessage {
  intent: "error" | "warning" | "info" | "success";
  title?: string;
  text: string;
  /** Extra lines, e.g. one per problem of a plan file. */
  lines?: string[];
  /** The raw error of a bug, shown for the clerk to copy to whoever supports them. */
  detail?: string;
}

const useStyles = makeStyles({
  detail: {
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    maxHeight: "10em",
    overflowY: "auto",
    fontSize: "11px",
  },
});

function Detail({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <details>
      <summary>Chi tiết lỗi</summary>
      <pre className={styles.detail} data-testid="pane-message-detail">
        {text}
      </pre>
      <Button size="small" onClick={() => void navigator.clipboard?.writeText(text)}>
        Sao chép chi tiết
      </Button>
    </details>
  );
}

export function ErrorBar({ message }: { message: PaneMessage | null }) {
  if (message === null) return null;
  return (
    <MessageBar intent={message.intent} layout="multiline" data-testid="pane-message">
      <MessageBarBody>
        {message.title !== undefined && <MessageBarTitle>{message.title}</MessageBarTitle>}
        {message.text}
        {message.lines !== undefined && message.lines.length > 0 && (
          <ul>
            {message.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
        {message.detail !== undefined && <Detail text={message.detail} />}
      </MessageBarBody>
    </MessageBar>
  );
}
