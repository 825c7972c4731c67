/** Unit and integration tests (Node). The browser end-to-end tests have their own config. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/test/e2e/"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, diagnostics: false }] },
  globalSetup: "<rootDir>/test/global-setup.ts",
  // Nothing here is timed: a generous limit keeps a loaded machine from failing a correct test.
  testTimeout: 120000,
};
