/** One message to the clerk: what went wrong (or what was done) and what to do next. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface PaneMessage {
  intent: "error" | "warning" | "info" | "success";
  title?: string;
  text: string;
  /** Extra lines, e.g. one per problem of a plan file. */
  lines?: string[];
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
      </MessageBarBody>
    </MessageBar>
  );
}
