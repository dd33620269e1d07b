// `npm test`: everything CI checks, in order of cost, stopping at the first failure.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { HOST, PORTS } from "./stack/env.mjs";
import { busyPorts } from "./stack/running.mjs";
import { resolveCommand, runWithEmulators } from "./with-emulators.mjs";

const root = join(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const workspaces = ["shared", "backend", "outlook-addin", "gmail-addon", "workbench", "dashboard", "tests"];

const timings = [];

function run(title, command, args, options = {}) {
  const started = Date.now();
  console.log(`\n== ${title}`);
  execFileSync(command, args, { cwd: root, stdio: "inherit", ...options });
  const seconds = (Date.now() - started) / 1000;
  timings.push([title, seconds]);
  console.log(`== ${title}: ok (${seconds.toFixed(1)} s)`);
}

const PORT_WAIT_MS = 5 * 60_000;

/**
 * The emulators need fixed ports. When another emulator run holds them (`npm start`, or a teammate's
 * `npm test` on the same machine), wait for it a while instead of failing halfway through startup.
 */
async function waitForFreePorts() {
  const deadline = Date.now() + PORT_WAIT_MS;
  let busy = await busyPorts(HOST, PORTS);
  if (busy.length > 0) {
    const list = busy.map(([name, port]) => `${port} (${name})`).join(", ");
    console.log(`Ports ${list} are in use (npm start or another emulator run?); waiting up to 5 min...`);
  }
  while (busy.length > 0) {
    if (Date.now() > deadline)
      throw new Error("The emulator ports stayed in use; stop the other run and retry.");
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    busy = await busyPorts(HOST, PORTS);
  }
}

/** Every suite that needs the local stack (rules, API, SLA, add-ins end to end), in one emulator run. */
async function runEmulatorTests() {
  await waitForFreePorts();
  const started = Date.now();
  console.log("\n== emulator tests (build, then rules, API, SLA, connectors, browser end-to-end)");
  await runWithEmulators(resolveCommand(["jest", "--config", "tests/jest.integration.config.js"]));
  const seconds = (Date.now() - started) / 1000;
  timings.push(["emulator tests", seconds]);
  console.log(`== emulator tests: ok (${seconds.toFixed(1)} s)`);
}

function countTests(dir) {
  let count = 0;
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry === "dist" || entry.startsWith(".")) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) count += countTests(path);
    else if (/\.(test|spec)\.tsx?$/.test(entry)) count += 1;
  }
  return count;
}

const untested = workspaces.filter((w) => countTests(join(root, w)) === 0);
if (untested.length > 0) {
  console.error(`These packages have no tests: ${untested.join(", ")}`);
  process.exit(1);
}

// `node scripts/test.mjs emulators` runs one phase while iterating; `npm test` runs them all.
const phases = process.argv.slice(2);
const wanted = (phase) => phases.length === 0 || phases.includes(phase);

try {
  if (wanted("lint")) run("lint", "npm", ["run", "--silent", "lint"]);
  if (wanted("typecheck")) run("typecheck", "npm", ["run", "--silent", "typecheck"]);
  if (wanted("unit")) run("unit tests", bin("jest"), ["--ci"]);
  if (wanted("emulators")) await runEmulatorTests();
} catch (error) {
  // A failed command has already printed its output; anything else is a bug in this script.
  if (!(error instanceof Error && "status" in error)) console.error(error);
  process.exitCode = 1;
} finally {
  console.log("\nPhase timings:");
  for (const [title, seconds] of timings)
    console.log(`  ${title.padEnd(44)} ${seconds.toFixed(1).padStart(6)} s`);
}
