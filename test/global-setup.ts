/** Jest global setup: the fixture workbooks are built fresh before every run (they are not committed). */
import { buildBadInputs } from "./bad-inputs/build";
import { buildFixtures } from "./fixtures/build-fixtures";

export default async function globalSetup(): Promise<void> {
  await buildFixtures();
  await buildBadInputs();
}
