// The real build steps: each workspace's own build with the deploy's values in its environment.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Builders } from "./run";

/** Runs a command; rejects with its last output lines so the failure is read where it happened. */
export function runCommand(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  inherit = false,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      // firebase deploy's own progress is shown as it happens; builds keep their output for a failure.
      stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (exit ${code}):\n${output}`));
    });
  });
}

export function realBuilders(root: string): Builders {
  const node = process.execPath;
  return {
    backend: () => runCommand(node, [join(root, "backend", "build.mjs")], join(root, "backend")),
    pane: (outDir, target) =>
      runCommand(
        node,
        [join(root, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"],
        join(root, "outlook-addin"),
        {
          BATON_TARGET: "production",
          BATON_OUT_DIR: outDir,
          BATON_ADDIN_ORIGIN: target.origin,
          BATON_API_BASE: target.apiBase,
          BATON_FIREBASE_CONFIG: target.firebaseConfig,
          BATON_MS_CLIENT_ID: target.clientId,
          // The SSO fallback asks for this Entra app's own API (the repo manifest names the local one).
          BATON_MS_SCOPES: `api://${new URL(target.origin).host}/${target.clientId}/access_as_user`,
        },
      ),
    dashboard: (outDir, target) => {
      mkdirSync(outDir, { recursive: true });
      return runCommand(node, [join(root, "dashboard", "build.mjs")], join(root, "dashboard"), {
        BATON_TARGET: "production",
        BATON_OUT_DIR: outDir,
        BATON_API_BASE: target.apiBase,
        BATON_FIREBASE_CONFIG: target.firebaseConfig,
      });
    },
    gmail: (outDir, apiBase) =>
      runCommand(node, [join(root, "gmail-addon", "build.mjs")], join(root, "gmail-addon"), {
        BATON_ENV: "prod",
        BATON_API_BASE_URL: apiBase,
        BATON_OUTDIR: outDir,
      }),
  };
}
