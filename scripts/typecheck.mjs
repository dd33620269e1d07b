// Type-checks every workspace against its own tsconfig (each extends tsconfig.base.json).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const projects = [
  "shared",
  "backend",
  "outlook-addin",
  "gmail-addon",
  "dashboard",
  "tests",
  "scripts/seed",
].filter((p) => existsSync(join(root, p, "tsconfig.json")));
for (const project of projects) {
  process.stdout.write(`typecheck ${project}\n`);
  execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, project)], {
    stdio: "inherit",
  });
}
