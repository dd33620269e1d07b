// Makes `npm start` and `npm test` work as the first command on a fresh clone: installs the
// workspaces' dependencies when node_modules is missing or older than the manifests that define it.
// `npm ci` is avoided on purpose: lockfiles written on Linux omit foreign-platform optional packages
// and `npm ci` then rejects them (see docs/development.md).
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const manifests = [
  "package.json",
  "package-lock.json",
  ...["shared", "backend", "outlook-addin", "gmail-addon", "dashboard", "tests"].map(
    (w) => `${w}/package.json`,
  ),
];
const stampPath = join(root, "node_modules", ".baton-install-stamp");

const digest = createHash("sha256");
for (const file of manifests) {
  const path = join(root, file);
  if (existsSync(path)) digest.update(file).update(readFileSync(path));
}
const wanted = digest.digest("hex");

if (existsSync(stampPath) && readFileSync(stampPath, "utf8") === wanted) process.exit(0);

console.log("Installing dependencies (first run, or package manifests changed)...");
execSync("npm install --no-audit --no-fund", { cwd: root, stdio: "inherit" });
writeFileSync(stampPath, wanted);
