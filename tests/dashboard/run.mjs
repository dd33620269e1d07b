// Runs the dashboard's emulator suites, or a script, inside Firestore + Auth emulators of its own:
//   node tests/dashboard/run.mjs                      jest tests/dashboard (backend metrics, browser)
//   node tests/dashboard/run.mjs tsx tests/dashboard/month.bench.ts   the month benchmark
// Ports (tests/dashboard/firebase.json): Firestore 8180, Auth 9199, hub 4410.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ID, firebaseBin, prepareEmulatorEnv } from "../../scripts/stack/env.mjs";

const root = join(import.meta.dirname, "..", "..");
const args = process.argv.slice(2);
const command =
  args.length === 0
    ? [
        process.execPath,
        join(root, "node_modules/jest/bin/jest.js"),
        "--ci",
        "--runInBand",
        "--config",
        join(root, "tests/dashboard/jest.config.js"),
      ]
    : args[0] === "tsx"
      ? [
          join(root, "node_modules/.bin/tsx"),
          "--tsconfig",
          join(root, "tests/tsconfig.json"),
          ...args.slice(1).map((a) => join(root, a)),
        ]
      : args;
// Always rebuild (about a second): a stale dist would test yesterday's dashboard.
if (args.length === 0) {
  execFileSync("npm", ["run", "build", "-w", "dashboard"], { cwd: root, stdio: "inherit" });
}
const env = await prepareEmulatorEnv(root);
const script = command.map((part) => JSON.stringify(part)).join(" ");
const work = join(root, ".emulators", "dashboard");
mkdirSync(work, { recursive: true });
try {
  execFileSync(
    firebaseBin(root),
    [
      "emulators:exec",
      "--config",
      join(root, "tests/dashboard/firebase.json"),
      "--project",
      PROJECT_ID,
      "--only",
      "firestore,auth",
      script,
    ],
    // From .emulators/dashboard so the emulators' *-debug.log files stay out of the repository.
    { cwd: work, env, stdio: "inherit" },
  );
} catch {
  process.exit(1);
}
