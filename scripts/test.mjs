// `npm test`: everything CI checks, in order of cost, stopping at the first failure.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const workspaces = ["shared", "backend", "outlook-addin", "gmail-addon", "tests"];

function run(title, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n== ${title}`);
  execFileSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`== ${title}: ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
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

try {
  run("lint", "npm", ["run", "--silent", "lint"]);
  run("typecheck", "npm", ["run", "--silent", "typecheck"]);
  run("unit tests", bin("jest"), ["--ci"]);
} catch {
  process.exit(1);
}
