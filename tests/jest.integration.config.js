// Suites that need the local stack: security rules and the HTTP API against the Firebase emulators.
// Run through `firebase emulators:exec` (see scripts/test.mjs), which sets FIRESTORE_EMULATOR_HOST,
// FIREBASE_AUTH_EMULATOR_HOST and FIREBASE_EMULATOR_HUB for the process.
const path = require("node:path");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.join(__dirname, ".."),
  testEnvironment: "node",
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }],
  },
  moduleNameMapper: { "^@baton/shared$": "<rootDir>/shared/src/index.ts" },
  testMatch: [
    "<rootDir>/tests/{rules,integration,sla}/**/*.test.ts",
    "<rootDir>/tests/e2e/gmail/**/*.test.ts",
  ],
  // Emulator round trips (and the first call that boots a functions worker) are slow on 2 cores.
  testTimeout: 60_000,
};
