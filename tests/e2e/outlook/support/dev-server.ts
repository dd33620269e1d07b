// Runs outlook-addin/scripts/serve.mjs (the same HTTPS server npm start uses) on a free port, with
// the environment that points the pages at this run's emulators and test members.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..", "..", "..");

export interface DevServer {
  origin: string;
  stop(): Promise<void>;
}

export async function startDevServer(env: Record<string, string>): Promise<DevServer> {
  if (!existsSync(join(root, "outlook-addin", "dist", "workbench-pane.html"))) {
    throw new Error("outlook-addin/dist is missing: run `npm run build -w outlook-addin` first.");
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, "outlook-addin", "scripts", "serve.mjs"), "--port", "0"],
    { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] },
  );
  const origin = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /https:\/\/localhost:\d+/.exec(output);
      if (match !== null) resolve(match[0]);
    });
    child.once("exit", (code) => {
      reject(new Error(`serve.mjs exited with ${code ?? "?"}: ${output}`));
    });
  });
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => {
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
