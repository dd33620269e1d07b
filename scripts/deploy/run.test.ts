// The whole command against a fake project: real checks, the real Gmail build, stand-in builds for the
// pane, dashboard and backend (their real builds take a minute: run `npm run deploy -- --dry-run
// --project demo-baton` for those), and a runner that records what would have been deployed.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderStorePages } from "../../outlook-addin/src/store-pages/render";
import { realBuilders } from "./builders";
import { validConfig } from "./config.test-support";
import { fakeProject } from "./probe.test-support";
import { runDeploy, type Builders, type DeployArgs } from "./run";

const root = join(__dirname, "..", "..");
const configJs = (apiBase: string, microsoft?: object) =>
  `window.__BATON_CONFIG__ = ${JSON.stringify({ apiBase, microsoft })};\n`;

function standInBuilders(built: string[]): Builders {
  return {
    backend: () => Promise.resolve(void built.push("backend")),
    pane: (outDir, target) => {
      built.push("pane");
      cpSync(join(root, "outlook-addin", "public"), outDir, { recursive: true });
      for (const entry of ["taskpane", "launch-event", "signin"])
        writeFileSync(join(outDir, `${entry}.js`), "");
      // The store pages the build renders from the catalogues.
      for (const [path, html] of Object.entries(renderStorePages())) {
        mkdirSync(join(outDir, path, ".."), { recursive: true });
        writeFileSync(join(outDir, path), html);
      }
      const scope = `api://${new URL(target.origin).host}/${target.clientId}/access_as_user`;
      writeFileSync(
        join(outDir, "config.js"),
        configJs(target.apiBase, { clientId: target.clientId, scopes: [scope] }),
      );
      return Promise.resolve();
    },
    dashboard: (outDir, target) => {
      built.push("dashboard");
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, "config.js"), configJs(target.apiBase));
      return Promise.resolve();
    },
    gmail: (outDir, apiBase) => {
      built.push("gmail");
      return realBuilders(root).gmail(outDir, apiBase);
    },
  };
}

function setUp(config: object, args: Partial<DeployArgs> = {}, probe = fakeProject()) {
  const dir = mkdtempSync(join(tmpdir(), "baton-deploy-"));
  const configPath = join(dir, "baton.config.json");
  writeFileSync(configPath, JSON.stringify(config));
  const lines: string[] = [];
  const runs: string[][] = [];
  const built: string[] = [];
  let probed = false;
  const deploy = (more: Partial<DeployArgs> = {}) =>
    runDeploy(
      { project: null, configPath, dryRun: false, newSetupCode: false, ...args, ...more },
      {
        root,
        outRoot: dir,
        probe: () => {
          probed = true;
          return probe;
        },
        builders: standInBuilders(built),
        run: (command, commandArgs) => Promise.resolve(void runs.push([command, ...commandArgs])),
        log: (line) => lines.push(line),
        randomBytes: (size) => new Uint8Array(size).map((_, i) => i * 37),
      },
    );
  return { dir, lines, runs, built, deploy, probed: () => probed };
}

const API = (project: string) => `https://us-central1-${project}.cloudfunctions.net/api/v1`;

describe("npm run deploy", () => {
  it("--dry-run --project demo-baton passes offline, writes the manifest and Gmail bundle with the same values, deploys nothing", async () => {
    const run = setUp(validConfig("demo-baton"), { dryRun: true, project: "demo-baton" });
    expect(await run.deploy()).toEqual({ ok: true, problems: [] });
    expect(run.probed()).toBe(false);
    expect(run.runs).toEqual([]);
    const out = join(run.dir, ".deploy", "demo-baton");
    const manifest = readFileSync(join(out, "hosting", "manifest.xml"), "utf8");
    expect(manifest).toContain(
      "<Resource>api://demo-baton.web.app/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d</Resource>",
    );
    const gmail = JSON.parse(readFileSync(join(out, "gmail", "appsscript.json"), "utf8")) as {
      urlFetchWhitelist: string[];
    };
    expect(gmail.urlFetchWhitelist).toEqual([`${API("demo-baton")}/`]);
    expect(readFileSync(join(out, "hosting", "dashboard", "config.js"), "utf8")).toContain(API("demo-baton"));
    // The emulators read backend/.env.demo-baton: a dry run leaves it alone.
    expect(existsSync(join(run.dir, "backend", ".env.demo-baton"))).toBe(false);
    expect(readFileSync(join(out, "backend.env.demo-baton"), "utf8")).toMatch(
      /^BATON_SETUP_CODE_SHA256=[0-9a-f]{64}$/m,
    );
    const output = run.lines.join("\n");
    expect(output).toContain("[1/9] Reading");
    expect(output).toContain("Checking the project: skipped (--dry-run runs offline)");
    expect(output).toContain("Deploying: skipped (--dry-run");
    expect(output).toMatch(/\| +[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5} +\|/);
  }, 30_000);

  it("deploys a real project: checks it, writes the env keeping other lines, runs firebase deploy once", async () => {
    const run = setUp(validConfig("acme-baton"), { project: "acme-baton" });
    mkdirSync(join(run.dir, "backend"));
    writeFileSync(join(run.dir, "backend", ".env.acme-baton"), "GMAIL_PUSH_TOPIC=mine\n");
    expect((await run.deploy()).ok).toBe(true);
    expect(run.runs).toEqual([
      [
        join(root, "node_modules", ".bin", "firebase"),
        "deploy",
        "--only",
        "functions,firestore:rules,firestore:indexes,hosting",
        "--project",
        "acme-baton",
        "--config",
        "firebase.deploy.json",
        "--non-interactive",
      ],
    ]);
    const env = readFileSync(join(run.dir, "backend", ".env.acme-baton"), "utf8");
    expect(env).toMatch(/^GMAIL_PUSH_TOPIC=mine\n/);
    expect(env).toContain(`BATON_API_BASE=${API("acme-baton")}\n`);
    expect(env).toContain("BATON_SETUP_DOMAINS=acme.com\n");
    expect(readFileSync(join(run.dir, ".deploy", "acme-baton", "hosting", "config.js"), "utf8")).toContain(
      API("acme-baton"),
    );
    const hash = /BATON_SETUP_CODE_SHA256=(\w+)/.exec(env)?.[1];
    const csatKey = /^BATON_CSAT_SECRET=([A-Za-z0-9_-]{43})$/m.exec(env)?.[1];
    expect(csatKey).toBeDefined();
    // Hosting sends the survey links' /csat to the csat function, in the configured region.
    const deployed = JSON.parse(readFileSync(join(run.dir, "firebase.deploy.json"), "utf8")) as {
      hosting: { rewrites: unknown[] };
    };
    expect(deployed.hosting.rewrites).toContainEqual({
      source: "/csat",
      function: { functionId: "csat", region: validConfig("acme-baton").region },
    });

    // A re-deploy keeps the code the admin may not have typed yet.
    run.lines.length = 0;
    await run.deploy();
    expect(readFileSync(join(run.dir, "backend", ".env.acme-baton"), "utf8")).toContain(
      `BATON_SETUP_CODE_SHA256=${hash}`,
    );
    expect(readFileSync(join(run.dir, "backend", ".env.acme-baton"), "utf8")).toContain(
      `BATON_CSAT_SECRET=${csatKey}\n`,
    );
    expect(run.lines.join("\n")).toContain("the one already deployed is kept");
  }, 30_000);

  it("stops before any build when the project has no Blaze plan", async () => {
    const run = setUp(validConfig("acme-baton"), {}, fakeProject({ billing: false }));
    const result = await run.deploy();
    expect(result.problems).toEqual([
      expect.stringContaining('project "acme-baton" is not on the Blaze plan'),
    ]);
    expect(run.built).toEqual([]);
    expect(run.runs).toEqual([]);
  });

  it("stops before any build with every config problem listed, and never deploys a demo- project", async () => {
    const run = setUp({ ...validConfig("demo-baton"), orgDomains: ["Acme.com"], region: "mars-1" });
    const result = await run.deploy();
    expect(result.problems).toEqual([
      expect.stringContaining("demo- project"),
      expect.stringContaining('region "mars-1"'),
      expect.stringContaining('write "acme.com"'),
    ]);
    expect(run.probed()).toBe(false);
    expect(run.built).toEqual([]);
    expect(run.lines.join("\n")).toContain("The deploy stopped before building anything. 3 problem(s):");
  });

  it("says how to start when the config file is missing", async () => {
    const run = setUp(validConfig());
    const result = await run.deploy({ configPath: join(run.dir, "nope.json") });
    expect(result.problems).toEqual([
      expect.stringContaining("copy baton.config.example.json to baton.config.json"),
    ]);
  });
});
