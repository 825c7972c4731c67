/**
 * `React.lazy` keeps a failed import for good, so after a chunk failed to load (a dropped network,
 * an update deployed while the pane was open) "Thử lại" would fail again without asking the
 * server. This one forgets the failure: the next render imports again, and webpack fetches a chunk
 * whose earlier load failed anew.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().catch((error: unknown) => {
        current = fresh();
        throw error;
      }),
    );
  let current = fresh();
  return function Retryable(props: P) {
    const Loaded = current;
    return <Loaded {...props} />;
  };
}
