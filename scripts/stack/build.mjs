// Builds what the emulators serve: the backend bundle (functions) and the Outlook pages (hosting).
// Each workspace owns its build; a workspace without a build script is skipped, so the stack still
// starts while a package is being written.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

function hasBuildScript(root, workspace) {
  const manifest = join(root, workspace, "package.json");
  if (!existsSync(manifest)) return false;
  return Boolean(JSON.parse(readFileSync(manifest, "utf8")).scripts?.build);
}

/** Runs `npm run build -w <workspace>` for each workspace that has one; returns those it built. */
export function buildWorkspaces(root, workspaces) {
  const built = [];
  for (const workspace of workspaces) {
    if (!hasBuildScript(root, workspace)) continue;
    if (workspace === "backend" && !existsSync(join(root, "backend", "build.mjs"))) continue;
    execFileSync("npm", ["run", "--silent", "build", "-w", workspace], { cwd: root, stdio: "inherit" });
    built.push(workspace);
  }
  return built;
}

/** The functions emulator needs the backend bundle; without it we run the other emulators only. */
export function hasBackendBundle(root) {
  return existsSync(join(root, "backend", "dist", "index.js"));
}
