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

/**
 * Runs `npm run build -w <workspace>` for each workspace that has one. A failure throws, unless the
 * workspace is listed in `optional`: then it is reported and returned among the failures.
 */
export function buildWorkspaces(root, workspaces, { optional = [] } = {}) {
  const failed = [];
  for (const workspace of workspaces) {
    if (!hasBuildScript(root, workspace)) continue;
    // The backend bundles src/index.ts; until that entry exists there is nothing to build.
    if (workspace === "backend" && !existsSync(join(root, "backend", "src", "index.ts"))) continue;
    try {
      execFileSync("npm", ["run", "--silent", "build", "-w", workspace], { cwd: root, stdio: "inherit" });
    } catch (error) {
      if (!optional.includes(workspace)) throw error;
      console.log(
        `\n!! ${workspace} failed to build (output above); continuing without a fresh build of it.`,
      );
      failed.push(workspace);
    }
  }
  return failed;
}

/** The functions emulator needs the backend bundle; without it we run the other emulators only. */
export function hasBackendBundle(root) {
  return existsSync(join(root, "backend", "dist", "index.js"));
}
