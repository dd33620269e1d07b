// npm run deploy -- --project <id> [--config baton.config.json] [--dry-run] [--new-setup-code]
// See docs/deploy-firebase.md. Exit status 1 when a check fails (every problem is listed first).
import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { realBuilders, runCommand } from "./builders";
import { firebaseToolsProbe } from "./probe";
import { runDeploy, type DeployArgs } from "./run";

const root = join(__dirname, "..", "..");

export function parseArgs(argv: string[]): DeployArgs | { usage: string } {
  const args: DeployArgs = {
    project: null,
    configPath: join(root, "baton.config.json"),
    dryRun: false,
    newSetupCode: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--dry-run") args.dryRun = true;
    else if (arg === "--new-setup-code") args.newSetupCode = true;
    else if (arg === "--project" && argv[i + 1] !== undefined) args.project = argv[++i] ?? null;
    else if (arg === "--config" && argv[i + 1] !== undefined) args.configPath = resolve(argv[++i] ?? "");
    else
      return {
        usage: `Unknown argument ${arg}. Usage: npm run deploy -- --project <id> [--config baton.config.json] [--dry-run] [--new-setup-code]`,
      };
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if ("usage" in args) {
    console.error(args.usage);
    process.exit(2);
  }
  const started = performance.now();
  const result = await runDeploy(args, {
    root,
    outRoot: root,
    probe: firebaseToolsProbe,
    builders: realBuilders(root),
    run: (command, commandArgs, cwd) => runCommand(command, commandArgs, cwd, {}, true),
    log: (line) => {
      console.log(line);
    },
    randomBytes: (size) => randomBytes(size),
  });
  console.log(
    `\n${result.ok ? "Done" : "Stopped"} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  process.exit(result.ok ? 0 : 1);
}

if (require.main === module) void main();
