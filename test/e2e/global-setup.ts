/** Before the browser tests: fixtures, the production pane (when stale) and the Office.js stub. */
import { buildFixtures } from "../fixtures/build-fixtures";
import { ensureBuilt } from "./harness";

export default async function globalSetup(): Promise<void> {
  await buildFixtures();
  await ensureBuilt();
}
