// Every suite that needs the local stack: security rules, the HTTP API, the SLA engine's sweeper and
// task path, the connectors, the dashboard's rollups and pages, and the add-ins end to end (Gmail
// through the Apps Script stand-in, Outlook in Chromium).
// Run it through `node scripts/test.mjs emulators` or `node scripts/with-emulators.mjs jest --config
// tests/jest.integration.config.js [paths]`: `firebase emulators:exec` sets FIRESTORE_EMULATOR_HOST,
// FIREBASE_AUTH_EMULATOR_HOST and FIREBASE_EMULATOR_HUB for the process.
const path = require("node:path");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.join(__dirname, ".."),
  testEnvironment: "node",
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic", importSource: "preact" } },
          target: "es2022",
        },
      },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!(.*/)?(preact|strip-bom|uuid|intl-messageformat|@formatjs)/)"],
  testMatch: ["<rootDir>/tests/{rules,integration,sla,connectors,e2e,dashboard,security}/**/*.test.ts"],
  // Chromium start, the first call that boots a functions worker and emulator round trips are slow
  // on 2 cores.
  testTimeout: 120_000,
};
