// After `tsc`, the `tdkt` bin must be executable for `npm link` / `npx tdkt` on Unix.
const { chmodSync } = require("node:fs");
const { join } = require("node:path");

const bin = join(__dirname, "..", "dist", "node", "cli", "index.js");
chmodSync(bin, 0o755);
