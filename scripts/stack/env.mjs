// The environment every firebase-tools invocation gets, so the CLI stays calm and fast offline.
import { join } from "node:path";
import { ensureFirestoreLauncher } from "./firestore-launcher.mjs";
import { ensureJava } from "./java.mjs";

export const PROJECT_ID = "demo-baton";
export const PORTS = {
  firestore: 8080,
  auth: 9099,
  functions: 5001,
  hosting: 5000,
  hub: 4400,
  logging: 4500,
};
export const HOST = "127.0.0.1";
export const API_BASE = `http://${HOST}:${PORTS.functions}/${PROJECT_ID}/us-central1/api/v1`;

export function firebaseBin(root) {
  return join(root, "node_modules", ".bin", "firebase");
}

/** Checks Java, prepares the Firestore launcher and returns the env for `firebase emulators:*`. */
export async function prepareEmulatorEnv(root) {
  ensureJava();
  const launcher = await ensureFirestoreLauncher(root);
  const env = {
    ...process.env,
    CI: "true",
    NO_UPDATE_NOTIFIER: "1",
    METADATA_SERVER_DETECTION: "none",
    // The functions SDK's version check then fails fast instead of waiting 10 s for the registry.
    npm_config_offline: "true",
    // The default (50) starts one ~140 MB worker per in-flight request; 4 keeps races fast and small.
    FUNCTIONS_EMULATOR_PARALLEL: "4",
    // A demo- project needs no credentials; make sure a developer's own gcloud login is not picked up.
    GCLOUD_PROJECT: PROJECT_ID,
    // Production mode keeps the functions framework's own error pages free of stack traces.
    NODE_ENV: "production",
  };
  if (launcher) env.FIRESTORE_EMULATOR_BINARY_PATH = launcher;
  return env;
}
