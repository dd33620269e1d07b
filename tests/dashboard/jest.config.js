// The dashboard's emulator and browser suites (backend metrics against Firestore, the dashboard in
// Chromium). Run through tests/dashboard/run.mjs, which starts Firestore and Auth on their own ports
// (tests/dashboard/firebase.json) so it never collides with `npm start` or `npm test`.
const path = require("node:path");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.join(__dirname, "..", ".."),
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
  transformIgnorePatterns: ["/node_modules/(?!(.*/)?(preact|strip-bom|uuid)/)"],
  moduleNameMapper: { "^@baton/shared$": "<rootDir>/shared/src/index.ts" },
  testMatch: ["<rootDir>/tests/dashboard/**/*.test.ts"],
  // api/ needs the functions emulator: it runs in the integration suite (tests/jest.integration.config.js).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/dashboard/api/"],
  testTimeout: 120_000,
};
