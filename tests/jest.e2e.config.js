// Browser end-to-end suites (Chromium + the Firebase emulators). Run inside `firebase emulators:exec`,
// which sets FIRESTORE_EMULATOR_HOST, FIREBASE_AUTH_EMULATOR_HOST and FIREBASE_EMULATOR_HUB; the
// Outlook pages must be built (npm run build -w outlook-addin). See tests/e2e/outlook/run.mjs.
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
  moduleNameMapper: { "^@baton/shared$": "<rootDir>/shared/src/index.ts" },
  testMatch: ["<rootDir>/tests/e2e/outlook/**/*.test.ts"],
  // Chromium start, the first functions worker and emulator round trips are slow on 2 cores.
  testTimeout: 120_000,
};
