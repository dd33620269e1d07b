// Runs the Gmail add-on's end-to-end tests inside the Firebase emulators:
//   node tests/e2e/gmail/run.mjs
// Builds the backend bundle if it is missing, then `firebase emulators:exec --only
// firestore,auth,functions --project demo-baton "jest --config tests/e2e/gmail/jest.config.js"`
// with the offline environment of scripts/stack/env.mjs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ID, firebaseBin, prepareEmulatorEnv } from "../../../scripts/stack/env.mjs";

const root = join(import.meta.dirname, "..", "..", "..");
if (!existsSync(join(root, "backend", "dist", "index.js"))) {
  execFileSync("npm", ["run", "build", "-w", "backend"], { cwd: root, stdio: "inherit" });
}
const env = await prepareEmulatorEnv(root);
const jest = [process.execPath, join(root, "node_modules/jest/bin/jest.js")];
const script = [...jest, "--ci", "--runInBand", "--config", join(root, "tests/e2e/gmail/jest.config.js")]
  .map((part) => JSON.stringify(part))
  .join(" ");
mkdirSync(join(root, ".emulators"), { recursive: true });
try {
  execFileSync(
    firebaseBin(root),
    [
      "emulators:exec",
      "--config",
      join(root, "firebase.json"),
      "--project",
      PROJECT_ID,
      "--only",
      "firestore,auth,functions",
      script,
    ],
    // From .emulators/ so the emulators' *-debug.log files stay out of the repository root.
    { cwd: join(root, ".emulators"), env, stdio: "inherit" },
  );
} catch {
  process.exit(1);
}
