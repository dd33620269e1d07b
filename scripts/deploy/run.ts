// `npm run deploy`: read the config, check everything that can be checked (all problems at once, before
// any build), build every part with the same values, check what was built, write the backend's env and
// the setup code's hash, then deploy. Everything outside is injected (probe, builders, runner), so a
// test runs the whole command against a fake project.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  checkCompiledApiBase,
  checkCompiledMicrosoft,
  checkGmailWhitelist,
  checkOutlookManifest,
  outlookManifestFor,
} from "./artefacts";
import { checkConfig } from "./checks";
import { apiBaseOf, parseConfig, type DeployConfig } from "./config";
import { csatSecretFor, mergeEnvFile, readEnvValue } from "./env-file";
import { DEPLOY_CONFIG_FILE, deployFirebaseConfig } from "./firebase-config";
import { checkProject, type ProjectProbe } from "./probe";
import { Progress } from "./progress";
import { fileAtIn } from "./served-files";
import { chooseSetupCode, setupCodeBox } from "./setup-code";

export interface DeployArgs {
  project: string | null;
  configPath: string;
  dryRun: boolean;
  newSetupCode: boolean;
}

/** The values every part is built with: one set, so the pane, dashboard and Gmail bundle agree. */
export interface BuildTarget {
  origin: string;
  apiBase: string;
  firebaseConfig: string;
  clientId: string;
}

export interface Builders {
  backend(): Promise<void>;
  /** The Outlook pane's production build (with the store pages) into `outDir`, which it empties first. */
  pane(outDir: string, target: BuildTarget): Promise<void>;
  dashboard(outDir: string, target: BuildTarget): Promise<void>;
  gmail(outDir: string, apiBase: string): Promise<void>;
}

export interface DeployDeps {
  /** The repository (sources: manifests/outlook/manifest.xml, outlook-addin/public). */
  root: string;
  /** Where .deploy/<project>/ and firebase.deploy.json go, and whose backend/ gets .env.<project>. */
  outRoot: string;
  probe: () => ProjectProbe;
  builders: Builders;
  run: (command: string, args: string[], cwd: string) => Promise<void>;
  log: (line: string) => void;
  randomBytes: (size: number) => Uint8Array;
  now?: () => number;
}

const STEPS = 9;
function readJson(path: string): { value: unknown } | { problem: string } {
  if (!existsSync(path))
    return {
      problem: `${path} does not exist; copy baton.config.example.json to baton.config.json and fill it in (docs/deploy-firebase.md, step 1).`,
    };
  try {
    return { value: JSON.parse(readFileSync(path, "utf8")) as unknown };
  } catch (error) {
    return { problem: `${path} is not valid JSON (${(error as Error).message}); fix it and run again.` };
  }
}

export async function runDeploy(
  args: DeployArgs,
  deps: DeployDeps,
): Promise<{ ok: boolean; problems: string[] }> {
  const progress = new Progress(STEPS, deps.log, deps.now);
  const fail = (problems: string[]) => {
    deps.log(`\nThe deploy stopped before building anything. ${problems.length} problem(s):`);
    for (const problem of problems) deps.log(`  - ${problem}`);
    return { ok: false, problems };
  };

  // 1. Config.
  const read = await progress.step(`Reading ${args.configPath}`, () => readJson(args.configPath));
  if ("problem" in read) return fail([read.problem]);
  const parsed = parseConfig(read.value, args.project);
  if (parsed.config === null) return fail(parsed.problems);
  const config: DeployConfig = parsed.config;
  const apiBase = apiBaseOf(config);
  const repoXml = readFileSync(join(deps.root, "manifests", "outlook", "manifest.xml"), "utf8");

  // 2. Offline checks, including the manifest as it will be built for this host and Entra app.
  const problems = await progress.step("Checking the config offline", (): string[] => {
    const found = checkConfig(config, args.dryRun);
    if (found.length === 0) {
      const xml = outlookManifestFor(repoXml, config.hostingOrigin, config.microsoft.clientId);
      const sources = fileAtIn([join(deps.root, "outlook-addin", "public")], true);
      found.push(
        ...checkOutlookManifest(
          xml,
          { origin: config.hostingOrigin, clientId: config.microsoft.clientId },
          sources,
        ),
      );
    }
    return found;
  });
  progress.summary.checked.push(
    `config ${args.configPath}: project ${config.project}, region ${config.region}, hosting ${config.hostingOrigin}, API ${apiBase}`,
    `${config.google.audiences.length} Google audience(s), Entra app ${config.microsoft.clientId}, ${config.microsoft.tenants.length} tenant(s), domains ${config.orgDomains.join(", ")}`,
    "the Outlook manifest for this host and Entra app (the add-in checks)",
  );

  // 3. The project: visible, Blaze, its web app's config.
  let webConfig = config.firebaseWebConfig;
  if (args.dryRun) {
    progress.skip("Checking the project", "--dry-run runs offline");
    webConfig ??= {
      apiKey: "dry-run-placeholder",
      authDomain: `${config.project}.firebaseapp.com`,
      projectId: config.project,
    };
    if (config.firebaseWebConfig === null)
      progress.summary.skipped.push(
        "Firebase web config: a placeholder (--dry-run); a deploy reads it from the project or firebase.webConfig",
      );
  } else if (problems.length === 0) {
    const found = await progress.step(`Checking project ${config.project}`, async () => {
      const probe = deps.probe();
      const project = await checkProject(probe, config.project);
      progress.summary.skipped.push(...project.notes);
      if (project.problems.length > 0 || webConfig !== null) return project.problems;
      webConfig = await probe.webAppConfig(config.project);
      return webConfig !== null
        ? []
        : [
            `project "${config.project}" has no Firebase web app to take the dashboard's sign-in config from; add one in Firebase console > Project settings > Your apps > Web, or put its config in firebase.webConfig.`,
          ];
    });
    problems.push(...found);
    if (found.length === 0)
      progress.summary.checked.push(
        `project ${config.project}: visible to firebase-tools, Blaze plan, a web app`,
      );
  } else progress.skip("Checking the project", "the config has problems");
  if (problems.length > 0 || webConfig === null) return fail(problems);

  // 4-7. Builds, all with one target.
  const deployDir = join(deps.outRoot, ".deploy", config.project);
  const hostingDir = join(deployDir, "hosting");
  const gmailDir = join(deployDir, "gmail");
  const target: BuildTarget = {
    origin: config.hostingOrigin,
    apiBase,
    firebaseConfig: JSON.stringify(webConfig),
    clientId: config.microsoft.clientId,
  };
  mkdirSync(deployDir, { recursive: true });
  await progress.step("Building the backend", () => deps.builders.backend());
  await progress.step("Building the Outlook pane and its store pages", () =>
    deps.builders.pane(hostingDir, target),
  );
  await progress.step("Building the dashboard", () =>
    deps.builders.dashboard(join(hostingDir, "dashboard"), target),
  );
  await progress.step("Building the Gmail bundle", () => deps.builders.gmail(gmailDir, apiBase));
  const rel = (path: string) => relative(deps.outRoot, path) || ".";
  progress.summary.built.push(
    `backend bundle (backend/dist)`,
    `Outlook pane, signin and store pages (support, privacy, terms) -> ${rel(hostingDir)}/`,
    `dashboard -> ${rel(hostingDir)}/dashboard/`,
    `Gmail bundle -> ${rel(gmailDir)}/ (Code.js, appsscript.json; push with clasp: docs/deploy-gmail.md)`,
  );

  // 8. What was built agrees with the config; then the files the deploy reads.
  const manifestPath = join(hostingDir, "manifest.xml");
  const built = await progress.step("Checking what was built and writing the manifest and configs", () => {
    const xml = outlookManifestFor(repoXml, config.hostingOrigin, config.microsoft.clientId);
    writeFileSync(manifestPath, xml);
    return [
      ...checkOutlookManifest(
        xml,
        { origin: config.hostingOrigin, clientId: config.microsoft.clientId },
        fileAtIn([hostingDir], false),
      ),
      ...checkGmailWhitelist(readFileSync(join(gmailDir, "appsscript.json"), "utf8"), apiBase),
      ...checkCompiledApiBase(
        readFileSync(join(hostingDir, "config.js"), "utf8"),
        apiBase,
        "The Outlook pane",
      ),
      ...checkCompiledMicrosoft(readFileSync(join(hostingDir, "config.js"), "utf8"), {
        origin: config.hostingOrigin,
        clientId: config.microsoft.clientId,
      }),
      ...checkCompiledApiBase(
        readFileSync(join(hostingDir, "dashboard", "config.js"), "utf8"),
        apiBase,
        "The dashboard",
      ),
    ];
  });
  if (built.length > 0) {
    deps.log(
      `\nThe deploy stopped: what was built does not agree with the config. ${built.length} problem(s):`,
    );
    for (const problem of built) deps.log(`  - ${problem}`);
    return { ok: false, problems: built };
  }
  progress.summary.checked.push(
    `built: manifest WebApplicationInfo = ${config.microsoft.clientId}, Gmail urlFetchWhitelist covers ${apiBase}/, pane and dashboard call ${apiBase}`,
  );

  // The backend's env. A dry run writes it beside the build instead: backend/.env.demo-baton would be
  // read by the local emulators (project demo-baton) and change every suite's audiences.
  const envPath = join(deps.outRoot, "backend", `.env.${config.project}`);
  const existing = existsSync(envPath) ? readFileSync(envPath, "utf8") : "";
  const setup = chooseSetupCode(
    readEnvValue(existing, "BATON_SETUP_CODE_SHA256"),
    args.newSetupCode,
    deps.randomBytes,
  );
  const env = mergeEnvFile(existing, {
    BATON_REGION: config.region,
    BATON_GOOGLE_AUDIENCE: config.google.audiences.join(","),
    BATON_MS_AUDIENCE: [
      config.microsoft.clientId,
      `api://${new URL(config.hostingOrigin).host}/${config.microsoft.clientId}`,
    ].join(","),
    BATON_SETUP_CODE_SHA256: setup.hash,
    BATON_SETUP_DOMAINS: config.orgDomains.join(","),
    BATON_SETUP_TENANTS: config.microsoft.tenants.join(","),
    BATON_HOSTING_ORIGIN: config.hostingOrigin,
    BATON_API_BASE: apiBase,
    BATON_GMAIL_DEPLOYMENT_ID: config.google.deploymentId,
    BATON_CSAT_SECRET: csatSecretFor(existing, deps.randomBytes),
  });
  const envOut = args.dryRun ? join(deployDir, `backend.env.${config.project}`) : envPath;
  writeFileSync(envOut, env);
  const firebaseJson = join(deps.outRoot, DEPLOY_CONFIG_FILE);
  writeFileSync(
    firebaseJson,
    `${JSON.stringify(deployFirebaseConfig(rel(hostingDir), config.region), null, 2)}\n`,
  );
  progress.summary.written.push(
    `${rel(manifestPath)} (the Outlook manifest for Microsoft 365 Integrated Apps; served at ${config.hostingOrigin}/manifest.xml)`,
    `${rel(join(gmailDir, "appsscript.json"))} (urlFetchWhitelist ${apiBase}/)`,
    `${rel(envOut)}${args.dryRun ? " (dry run: backend/.env." + config.project + " left alone)" : ""}`,
    `${rel(firebaseJson)} (the deploy's firebase config; firebase.json stays the emulators')`,
  );
  progress.summary.written.push(
    setup.code === null
      ? "setup code: the one already deployed is kept (--new-setup-code makes a new one)"
      : "setup code: a new one, printed below; only its SHA-256 is in the env file",
  );

  // 9. Deploy.
  const only = "functions,firestore:rules,firestore:indexes,hosting";
  if (args.dryRun)
    progress.skip(
      "Deploying",
      `--dry-run; would run firebase deploy --only ${only} --project ${config.project}`,
    );
  else {
    await progress.step(`Deploying ${only} to ${config.project}`, () =>
      deps.run(
        join(deps.root, "node_modules", ".bin", "firebase"),
        [
          "deploy",
          "--only",
          only,
          "--project",
          config.project,
          "--config",
          DEPLOY_CONFIG_FILE,
          "--non-interactive",
        ],
        deps.outRoot,
      ),
    );
    progress.summary.deployed.push(
      `functions (region ${config.region}), Firestore rules and indexes, Hosting ${config.hostingOrigin}`,
    );
  }

  deps.log(`\n${progress.report()}`);
  const dashboard = `${config.hostingOrigin}/dashboard/`;
  if (setup.code !== null) deps.log(`\n${setupCodeBox(setup.code, dashboard, args.dryRun)}`);
  else deps.log(`\nNext: open ${dashboard} and sign in.`);
  return { ok: true, problems: [] };
}
