// Connector suites against the Firestore emulator (real observe path, real Firestore state store).
// Run: firebase emulators:exec --only firestore,auth --project demo-baton \
//        "npx jest --config tests/connectors/jest.config.js --runInBand"
const path = require("node:path");
const base = require("../jest.integration.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: path.join(__dirname, "..", ".."),
  testMatch: ["<rootDir>/tests/connectors/**/*.test.ts"],
};
