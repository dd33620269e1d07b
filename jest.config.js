// Unit tests of every workspace, beside the code. Emulator and browser suites under tests/ have
// their own configs because they need the local stack running.
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic", importSource: "preact" } },
      target: "es2022",
    },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": swc },
  transformIgnorePatterns: ["/node_modules/(?!(.*/)?(preact|strip-bom|uuid|intl-messageformat|@formatjs)/)"],
  testMatch: [
    "<rootDir>/{shared,backend,outlook-addin,gmail-addon,workbench,dashboard}/src/**/*.test.ts?(x)",
    "<rootDir>/scripts/**/*.test.ts",
  ],
};
