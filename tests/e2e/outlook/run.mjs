// Runs the Outlook task pane's end-to-end tests inside the Firebase emulators:
//   node tests/e2e/outlook/run.mjs
// = build what is missing (backend bundle, outlook-addin/dist), then
//   firebase emulators:exec --only firestore,auth,functions --project demo-baton \
//     "jest --ci --runInBand --config tests/jest.e2e.config.js"
// with the offline environment of scripts/stack/env.mjs. Screenshots land in test-artifacts/outlook/.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ID, firebaseBin, prepareEmulatorEnv } from "../../../scripts/stack/env.mjs";

const root = join(import.meta.dirname, "..", "..", "..");
if (!existsSync(join(root, "backend", "dist", "index.js"))) {
  execFileSync("npm", ["run", "build", "-w", "backend"], { cwd: root, stdio: "inherit" });
}
if (!existsSync(join(root, "outlook-addin", "dist", "workbench-pane.html"))) {
  execFileSync("npm", ["run", "build", "-w", "outlook-addin"], { cwd: root, stdio: "inherit" });
}
const env = await prepareEmulatorEnv(root);
const jest = [process.execPath, join(root, "node_modules/jest/bin/jest.js")];
const script = [...jest, "--ci", "--runInBand", "--config", join(root, "tests/jest.e2e.config.js")]
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
