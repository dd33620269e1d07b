// Type-checks every workspace against its own tsconfig (each extends tsconfig.base.json), reporting
// every failing project before failing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const projects = [
  "shared",
  "backend",
  "outlook-addin",
  "gmail-addon",
  "workbench",
  "dashboard",
  "tests",
  "scripts/seed",
  "scripts/connectors",
  "scripts/migrations",
  "scripts/deploy",
  "scripts/store",
].filter((p) => existsSync(join(root, p, "tsconfig.json")));
const failed = [];
for (const project of projects) {
  process.stdout.write(`typecheck ${project}\n`);
  const result = spawnSync(
    process.execPath,
    [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, project)],
    {
      stdio: "inherit",
    },
  );
  if (result.status !== 0) failed.push(project);
}
if (failed.length > 0) {
  console.error(`Type errors in: ${failed.join(", ")}`);
  process.exit(1);
}
