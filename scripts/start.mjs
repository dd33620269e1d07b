// `npm start`: the whole product on this machine, no Google or Microsoft account needed. Builds what
// the emulators serve, starts Firestore, Auth, Functions and Hosting, seeds the demo org through the
// API, starts the Outlook workbench when it exists, prints every URL and runs until Ctrl-C.
// `npm start -- --fresh` seeds nothing and prints a setup code instead: a new deployment's first run
// (scripts/stack/fresh.mjs). `npm start -- --help` lists the flags.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildWorkspaces, hasBackendBundle } from "./stack/build.mjs";
import { API_BASE, HOST, PORTS, PROJECT_ID, firebaseBin, prepareEmulatorEnv } from "./stack/env.mjs";
import {
  START_HELP,
  createDemoAccounts,
  demoPeople,
  deploymentEnv,
  newSetupCode,
  parseStartArgs,
  setupCodeBox,
} from "./stack/fresh.mjs";
import { busyPorts, removeLock, runningPid, writeLock } from "./stack/running.mjs";

const root = join(import.meta.dirname, "..");
const lockPath = join(root, ".baton-start.lock");
const hostingUrl = `http://${HOST}:${PORTS.hosting}`;
const STARTUP_TIMEOUT_MS = 120_000;
const SHUTDOWN_GRACE_MS = 15_000;

const children = [];
let shuttingDown = false;

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

async function refuseIfRunning() {
  const pid = runningPid(lockPath);
  if (pid !== null) {
    fail(
      `Baton is already running (pid ${pid}) — open ${hostingUrl} or stop it with Ctrl-C in its terminal.`,
    );
  }
  const busy = await busyPorts(HOST, PORTS);
  if (busy.length === 0) return;
  const list = busy.map(([name, port]) => `${port} (${name})`).join(", ");
  const hubAnswers = busy.some(([name]) => name === "hub");
  fail(
    hubAnswers
      ? `Firebase emulators are already running (ports ${list}), started outside \`npm start\` or by another ` +
          `checkout. Stop them (Ctrl-C in their terminal) and run \`npm start\` again.`
      : `Ports Baton needs are in use by another program: ${list}. Free them and run \`npm start\` again.`,
  );
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function getJson(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

/** Waits until the hub lists every emulator we asked for, and the API answers when functions run. */
async function waitForStack(emulators, firebase) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (firebase.exitCode !== null)
      throw new Error("The Firebase emulators exited during startup (see above).");
    const listed = await getJson(`http://${HOST}:${PORTS.hub}/emulators`);
    const ready = listed && emulators.every((name) => name in listed);
    const apiReady = !emulators.includes("functions") || (await getJson(`${API_BASE}/health`)) !== null;
    if (ready && apiReady) return;
    await sleep(500);
  }
  throw new Error(`The emulators did not come up within ${STARTUP_TIMEOUT_MS / 1000} s.`);
}

function spawnChild(command, args, options) {
  const child = spawn(command, args, { stdio: "inherit", ...options });
  children.push(child);
  return child;
}

/** Runs a child to its end; resolves whether it succeeded (its own output says why not). */
function runToEnd(command, args, options) {
  return new Promise((resolve) => {
    const child = spawnChild(command, args, options);
    child.on("error", (error) => {
      console.error(error.message);
      resolve(false);
    });
    child.on("exit", (code) => resolve(code === 0));
  });
}

function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return Promise.race([
    new Promise((resolve) => child.once("exit", () => resolve(true))),
    sleep(ms).then(() => false),
  ]);
}

/**
 * Stops everything we started. Each child runs in its own process group (detached) so Ctrl-C reaches
 * only us; we then ask each group to stop (firebase stops its Java and Node workers itself) and kill
 * what is left after a grace period, so no java process outlives `npm start`.
 */
async function shutDown(exitCode) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log("\nStopping Baton...");
  const signalGroup = (child, signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const running = children.filter((c) => c.pid && c.exitCode === null && c.signalCode === null);
  for (const child of running) signalGroup(child, "SIGINT");
  const stopped = await Promise.all(running.map((child) => waitForExit(child, SHUTDOWN_GRACE_MS)));
  running.forEach((child, i) => {
    if (!stopped[i]) console.log(`(pid ${child.pid} did not stop in time: killing it)`);
  });
  // Kill whatever is left of each group (workers a stopped parent may have left behind).
  for (const child of running) signalGroup(child, "SIGKILL");
  removeLock(lockPath);
  process.exit(exitCode);
}

/**
 * A page server of a workspace (the Outlook task pane + workbench over HTTPS, the dashboard), when it
 * exists. We echo its output and pick the first URL it prints, so the summary can list it.
 */
async function startPageServer(label, workspace, prefer = /./) {
  const serve = join(root, workspace, "scripts", "serve.mjs");
  if (!existsSync(serve)) return null;
  const child = spawnChild(process.execPath, [serve], {
    cwd: join(root, workspace),
    env: { ...process.env, BATON_API_BASE: API_BASE },
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
  });
  // The server may print several URLs; the summary lists the one matching `prefer`, else the first.
  const urls = [];
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    urls.push(...(String(chunk).match(/https?:\/\/[^\s"'<>]+/g) ?? []));
  });
  const preferred = () => urls.find((candidate) => prefer.test(candidate));
  for (let waited = 0; waited < 20_000 && child.exitCode === null; waited += 250) {
    if (preferred() !== undefined || (urls.length > 0 && waited >= 2_000)) break;
    await sleep(250);
  }
  const url = preferred() ?? urls[0] ?? null;
  if (child.exitCode !== null) console.log(`The ${label} server exited (code ${child.exitCode}).`);
  return url ?? (child.exitCode === null ? "started (no URL printed yet)" : null);
}

function printSummary(emulators, workbench, dashboard, failedBuilds, seeded, fresh) {
  const line = (label, value) => console.log(`  ${label.padEnd(14)} ${value}`);
  console.log("\n────────────────────────────────────────────────────────────────────");
  console.log(" Baton is running (Ctrl-C stops everything)\n");
  if (emulators.includes("functions")) line("API", API_BASE);
  else line("API", "not running: backend/dist/index.js is missing (npm run build -w backend)");
  line("Auth", `http://${HOST}:${PORTS.auth}`);
  line("Firestore", `http://${HOST}:${PORTS.firestore}`);
  if (emulators.includes("hosting")) line("Hosting", hostingUrl);
  line("Emulator hub", `http://${HOST}:${PORTS.hub}/emulators`);
  line("Workbench", workbench ?? "not available (the Outlook pages did not build)");
  line("Dashboard", dashboard ?? "not available (the dashboard did not build)");
  if (fresh === null) {
    console.log("\n Demo logins (password: demo-password)");
    console.log("  ana@ ben@ dara@ eli@ (agents), chen@ lead@ (leads), admin@, viewer@  —  @demo.baton.test");
    console.log("\n The emulators start empty on every run: the demo is seeded again each time.");
  } else {
    console.log("");
    console.log(
      setupCodeBox({ code: fresh.code, dashboard: dashboard ?? "(not available)", domain: fresh.domain }),
    );
    console.log(
      `\n Workbench sign-ins (password ${fresh.password}) work for the demo people once they are members:`,
    );
    console.log(`  import ana@${fresh.domain}, ben@... in the dashboard's setup (CSV of email, name, role).`);
  }
  if (!seeded) console.log("\n !! Seeding failed (see above): the demo data is incomplete");
  for (const workspace of failedBuilds)
    console.log(`\n !! ${workspace} failed to build: its pages are stale or missing`);
  console.log("────────────────────────────────────────────────────────────────────\n");
}

async function main() {
  const options = parseStartArgs(process.argv.slice(2));
  if (options.error !== undefined) fail(options.error);
  if (options.help) {
    console.log(START_HELP);
    return;
  }
  await refuseIfRunning();
  writeLock(lockPath);
  process.on("exit", () => removeLock(lockPath));
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void shutDown(0));

  // The dashboard's build reads it: a fresh stack's sign-in page offers no demo members to pick.
  if (options.fresh) process.env.BATON_FRESH = "1";
  const people = await demoPeople(root);
  const setup = options.fresh ? await newSetupCode(root) : null;
  const env = {
    ...(await prepareEmulatorEnv(root)),
    ...deploymentEnv({ apiBase: API_BASE, hostingOrigin: hostingUrl, setup, domain: people.domain }),
    // Signs CSAT survey links locally (backend/src/csat/token.ts); a deploy generates its own.
    BATON_CSAT_SECRET: process.env.BATON_CSAT_SECRET ?? "local-emulator-csat-secret",
  };
  console.log("Building the backend, the Outlook pages and the dashboard...");
  // A broken Outlook build should not keep the API and the Gmail side from running locally (npm test
  // is where it fails hard); the summary repeats the warning.
  const failedBuilds = buildWorkspaces(root, ["backend", "outlook-addin", "dashboard"], {
    optional: ["outlook-addin", "dashboard"],
  });

  const emulators = ["firestore", "auth"];
  if (hasBackendBundle(root)) emulators.push("functions");
  else console.log("backend/dist/index.js is missing: starting without the functions emulator.");
  if (existsSync(join(root, "outlook-addin", "dist"))) emulators.push("hosting");

  mkdirSync(join(root, ".emulators"), { recursive: true });
  const args = ["emulators:start", "--config", join(root, "firebase.json"), "--project", PROJECT_ID];
  // From .emulators/ so the emulators' *-debug.log files land there, not in the repo root.
  const firebase = spawnChild(firebaseBin(root), [...args, "--only", emulators.join(",")], {
    cwd: join(root, ".emulators"),
    env,
    detached: true,
  });
  firebase.on("exit", (code) => {
    if (!shuttingDown) {
      console.error(`\nThe Firebase emulators stopped unexpectedly (exit ${code}).`);
      void shutDown(1);
    }
  });

  const started = Date.now();
  await waitForStack(emulators, firebase);
  const ready = `Emulators ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`;
  const seeded = setup === null ? await seedDemo(ready, env) : await prepareFresh(ready, people);

  const workbench = await startPageServer("Outlook workbench", "outlook-addin", /workbench/);
  const dashboard = await startPageServer("dashboard", "dashboard");
  const fresh =
    setup === null ? null : { code: setup.code, domain: people.domain, password: people.password };
  printSummary(emulators, workbench, dashboard, failedBuilds, seeded, fresh);
}

async function seedDemo(ready, env) {
  console.log(`${ready} Seeding the demo org...`);
  const tsx = join(root, "node_modules", ".bin", "tsx");
  return runToEnd(tsx, ["--tsconfig", "scripts/seed/tsconfig.json", "scripts/seed/index.ts"], {
    cwd: root,
    env: {
      ...env,
      FIRESTORE_EMULATOR_HOST: `${HOST}:${PORTS.firestore}`,
      FIREBASE_AUTH_EMULATOR_HOST: `${HOST}:${PORTS.auth}`,
    },
    detached: true,
  });
}

/** --fresh: no org at all, only sign-in accounts for the demo people (see createDemoAccounts). */
async function prepareFresh(ready, people) {
  console.log(`${ready} Fresh start: no demo org.`);
  const made = await createDemoAccounts({
    authOrigin: `http://${HOST}:${PORTS.auth}`,
    projectId: PROJECT_ID,
    members: people.members,
    password: people.password,
  });
  if (made < people.members.length)
    console.log(`!! Only ${made} of ${people.members.length} demo sign-in accounts were created.`);
  return true;
}

main().catch((error) => {
  console.error(`\nnpm start failed: ${error.message}`);
  void shutDown(1);
});
