// Runs one command inside the Firebase emulators (Firestore, Auth, Functions) with the offline
// environment of scripts/stack/env.mjs, from .emulators/ so the emulators' logs stay out of the repo:
//   node scripts/with-emulators.mjs tsx tests/sla/bench-sweep.ts
//   node scripts/with-emulators.mjs jest --config tests/jest.integration.config.js tests/e2e/outlook
// `tsx` and `jest` name the repo's own binaries; relative paths are taken from the repo root.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { buildWorkspaces } from "./stack/build.mjs";
import { firebaseBin, PROJECT_ID, prepareEmulatorEnv } from "./stack/env.mjs";

const root = join(import.meta.dirname, "..");

const BINARIES = {
  tsx: [join(root, "node_modules/.bin/tsx"), "--tsconfig", join(root, "tests/tsconfig.json")],
  jest: [process.execPath, join(root, "node_modules/jest/bin/jest.js"), "--ci", "--runInBand"],
};

/** The command, with the repo's binaries and repo-relative paths made absolute (we run elsewhere). */
export function resolveCommand(args) {
  const [first, ...rest] = args;
  const head = BINARIES[first] ?? [first];
  const absolute = rest.map((arg) =>
    !arg.startsWith("-") && !isAbsolute(arg) && existsSync(join(root, arg)) ? join(root, arg) : arg,
  );
  return [...head, ...absolute];
}

/** Builds the backend and the pages the suites serve, then runs `command` inside the emulators. */
export async function runWithEmulators(command, extraEnv = {}) {
  buildWorkspaces(root, ["backend", "outlook-addin", "dashboard"]);
  // The provider-token suite serves its own Google certs and Microsoft JWKS on loopback; the functions
  // learn those URLs and the test audiences from this environment (never from a .env file that could
  // leak into `npm start`).
  const providerEnv = JSON.parse(
    readFileSync(join(root, "tests/integration/support/provider-env.json"), "utf8"),
  );
  const env = { ...(await prepareEmulatorEnv(root)), ...providerEnv, ...extraEnv };
  const script = command.map((part) => JSON.stringify(part)).join(" ");
  mkdirSync(join(root, ".emulators"), { recursive: true });
  const args = ["emulators:exec", "--config", join(root, "firebase.json"), "--project", PROJECT_ID];
  execFileSync(firebaseBin(root), [...args, "--only", "firestore,auth,functions", script], {
    cwd: join(root, ".emulators"),
    env,
    stdio: "inherit",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    console.error("usage: node scripts/with-emulators.mjs <command> [args...]");
    process.exit(2);
  }
  try {
    await runWithEmulators(resolveCommand(args));
  } catch {
    process.exit(1);
  }
}
