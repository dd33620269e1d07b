// The connector suites (tests/connectors) inside their own `firebase emulators:exec`, on free ports
// picked at start, so they run beside a developer's `npm start` (8080/9099/4400) and other suites.
//   node scripts/connectors/test-emulator.mjs [jest args]
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { firebaseBin, PROJECT_ID, prepareEmulatorEnv } from "../stack/env.mjs";

const root = join(import.meta.dirname, "..", "..");
const work = join(root, ".emulators", "connectors");
mkdirSync(work, { recursive: true });

const config = JSON.parse(readFileSync(join(root, "firebase.json"), "utf8"));
/** A port the OS says is free right now (released before the emulators bind it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const ports = {
  firestore: await freePort(),
  auth: await freePort(),
  hub: await freePort(),
  logging: await freePort(),
};
config.emulators = {
  singleProjectMode: true,
  firestore: { host: "127.0.0.1", port: ports.firestore },
  auth: { host: "127.0.0.1", port: ports.auth },
  hub: { host: "127.0.0.1", port: ports.hub },
  logging: { host: "127.0.0.1", port: ports.logging },
  ui: { enabled: false },
};
config.firestore = { rules: join(root, "firestore.rules"), indexes: join(root, "firestore.indexes.json") };
delete config.functions;
delete config.hosting;
const configPath = join(work, "firebase.json");
writeFileSync(configPath, JSON.stringify(config, null, 2));

const env = await prepareEmulatorEnv(root);
const jest = [process.execPath, join(root, "node_modules/jest/bin/jest.js"), "--ci", "--runInBand"];
const script = [...jest, "--config", join(root, "tests/connectors/jest.config.js"), ...process.argv.slice(2)]
  .map((part) => JSON.stringify(part))
  .join(" ");
execFileSync(
  firebaseBin(root),
  ["emulators:exec", "--config", configPath, "--project", PROJECT_ID, "--only", "firestore,auth", script],
  { cwd: work, env, stdio: "inherit" },
);
