/** Browser end-to-end tests: the built pane in Debian's Chromium (see test/e2e/harness.ts). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, diagnostics: false }] },
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  // A browser start and a production build (when stale) take seconds on a shared machine.
  testTimeout: 120000,
  maxWorkers: 1,
};
