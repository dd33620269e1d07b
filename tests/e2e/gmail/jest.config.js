// The Gmail add-on's round trip against the local stack: the real bundle (gmail-addon/dist) in a vm
// with the Apps Script stand-in, talking to the Functions emulator. Run it with `node tests/e2e/gmail/run.mjs`,
// which wraps jest in `firebase emulators:exec` (FIRESTORE_EMULATOR_HOST, FIREBASE_AUTH_EMULATOR_HOST
// and FIREBASE_EMULATOR_HUB are set for the process).
const path = require("node:path");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.join(__dirname, "..", "..", ".."),
  testEnvironment: "node",
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }],
  },
  moduleNameMapper: { "^@baton/shared$": "<rootDir>/shared/src/index.ts" },
  testMatch: ["<rootDir>/tests/e2e/gmail/**/*.test.ts"],
  // The first call boots a functions worker; emulator round trips are slow on 2 cores.
  testTimeout: 60_000,
};
