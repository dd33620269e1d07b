// `npm start -- --fresh`: the stack as a new deployment sees it (issue 15). No demo org is seeded; a
// one-time setup code is made here and only its SHA-256 reaches the functions, as `npm run deploy`
// does for a real project, so the dashboard's first run can be rehearsed exactly.
import { createHash, randomBytes } from "node:crypto";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";

export const START_HELP = `Usage: npm start [-- <flags>]

Starts the Firebase emulators (Firestore, Auth, Functions, Hosting), the Outlook workbench and the
dashboard on this machine, and runs until Ctrl-C. The emulators start empty on every run.

  (no flag)   Seeds the demo org (users ana@, lead@, admin@... at demo.baton.test, 42 threads).
  --fresh     Seeds nothing: a new deployment. Prints a one-time setup code; the first person to sign
              in to the dashboard with an address at demo.baton.test and that code creates the org.
  --help      Prints this.
`;

const FLAGS = new Set(["--fresh", "--help", "-h"]);

/** The flags of `npm start`, or an error sentence for one it does not know. */
export function parseStartArgs(argv) {
  const unknown = argv.filter((arg) => !FLAGS.has(arg));
  if (unknown.length > 0) {
    return { error: `Unknown option ${unknown.join(" ")}: run \`npm start -- --help\` for the options.` };
  }
  return { fresh: argv.includes("--fresh"), help: argv.includes("--help") || argv.includes("-h") };
}

/**
 * A new setup code and the hex SHA-256 of its normalised form (BATON_SETUP_CODE_SHA256). The
 * printed and normalised forms come from the one shared module the backend and dashboard use.
 */
export async function newSetupCode(root) {
  const module = await tsImport(
    pathToFileURL(join(root, "shared", "src", "identity", "setup-code.ts")).href,
    import.meta.url,
  );
  // 13 bytes are the 100 bits a 20-character code holds; formatSetupCode refuses fewer.
  const code = module.formatSetupCode(randomBytes(13));
  const sha256 = createHash("sha256").update(module.normalizeSetupCode(code)).digest("hex");
  return { code, sha256 };
}

/**
 * What the functions read about this deployment, passed through the emulator's environment (never
 * a backend/.env file: firebase-tools merges those into every run, the emulator suites' included).
 * Both starts set the origins so the dashboard's install page shows this machine's values.
 */
export function deploymentEnv({ apiBase, hostingOrigin, setup, domain }) {
  const env = { BATON_API_BASE: apiBase, BATON_HOSTING_ORIGIN: hostingOrigin };
  if (setup === null) return env;
  return { ...env, BATON_SETUP_CODE_SHA256: setup.sha256, BATON_SETUP_DOMAINS: domain };
}

/** The code in a box beside the dashboard's address, so it cannot be missed in the startup output. */
export function setupCodeBox({ code, dashboard, domain }) {
  const lines = [
    "First run: open the dashboard, sign in with any address",
    `at ${domain}, and type this one-time setup code:`,
    "",
    `    ${code}`,
    "",
    `Dashboard: ${dashboard}`,
    "The emulators started empty: no org, no members, no data",
    "from a previous run.",
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const border = `+${"-".repeat(width + 2)}+`;
  return [border, ...lines.map((line) => `| ${line.padEnd(width)} |`), border].join("\n");
}

/**
 * Auth emulator accounts (password, verified address, no claims) for the demo people, so the
 * workbench's member picker can sign in as whoever the first admin imports; an account alone is no
 * membership (the API reads the org's member documents).
 */
export async function createDemoAccounts({ authOrigin, projectId, members, password }) {
  const url = `${authOrigin}/identitytoolkit.googleapis.com/v1/projects/${projectId}/accounts`;
  const created = await Promise.all(
    members.map(async (member) => {
      const response = await fetch(url, {
        method: "POST",
        // The emulator's admin credential; it exists only on the emulator.
        headers: { Authorization: "Bearer owner", "Content-Type": "application/json" },
        body: JSON.stringify({
          email: member.email,
          password,
          emailVerified: true,
          displayName: member.name,
        }),
      });
      return response.ok;
    }),
  );
  return created.filter(Boolean).length;
}

/** The demo people and password, from the seed's one list. */
export async function demoPeople(root) {
  const module = await tsImport(
    pathToFileURL(join(root, "scripts", "seed", "people.ts")).href,
    import.meta.url,
  );
  return { members: module.MEMBERS, password: module.DEMO_PASSWORD, domain: module.DEMO_DOMAIN };
}
