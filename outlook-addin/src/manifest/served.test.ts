// Every page and file the manifests (and the store listings and the sign-in fallback) name is in the
// build Firebase Hosting serves, for the local stack and for production, and the .well-known file lets
// classic Outlook on Windows load exactly the event runtime's script.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildOutput, type BuildOutput, servedPaths, urlsInJson } from "./build-output.test-support";
import { factsOf, withOrigin } from "./check-manifest";
import { finishUnified } from "./unified";

const root = join(__dirname, "..", "..", "..");
const xml = readFileSync(join(root, "manifests", "outlook", "manifest.xml"), "utf8");
const unified = JSON.parse(
  readFileSync(join(root, "manifests", "outlook", "unified", "manifest.json"), "utf8"),
) as Record<string, unknown>;
const LOCAL = "https://localhost:3000";
const PRODUCTION = "https://baton.example.com";
const WELL_KNOWN = "/.well-known/microsoft-officeaddins-allowed.json";

/**
 * Named outside the manifests: the SSO fallback dialog and MSAL redirect (signin.html, opened by the
 * pane), the file classic Outlook on Windows fetches before it lets the event runtime use SSO and CORS,
 * and the listing pages the stores link to (also in the manifests, listed so a rename cannot drop them).
 */
const ALWAYS_SERVED = ["/support.html", "/privacy.html", "/terms.html", "/signin.html", WELL_KNOWN];

/** The `<Override type="javascript">` scripts: what classic Outlook on Windows loads without a page. */
function eventRuntimeScripts(manifestXml: string): string[] {
  return [...manifestXml.matchAll(/<Override\s+type="javascript"\s+resid="([^"]+)"/g)].map((match) => {
    const url = new RegExp(`<bt:Url id="${match[1] ?? ""}" DefaultValue="([^"]+)"`).exec(manifestXml)?.[1];
    if (url === undefined) throw new Error(`No bt:Url for ${match[1] ?? ""}.`);
    return url;
  });
}

/** The workbench workspace's pages and bundles, which the local build serves beside the pane. */
const LOCAL_ONLY = [
  "/host-standin.js",
  "/workbench-compose.html",
  "/workbench-pane.html",
  "/workbench-signin.html",
  "/workbench.css",
  "/workbench.html",
  "/workbench.js",
];

const missing = (paths: string[], build: BuildOutput) => paths.filter((path) => !build.paths.has(path));

describe.each([
  ["local", LOCAL],
  ["production", PRODUCTION],
] as const)("the %s build", (target, origin) => {
  let build: BuildOutput;
  const targetXml = withOrigin(xml, origin);
  // The production unified manifest is generated from the production XML (scripts/manifest.ts).
  const targetUnified = JSON.parse(JSON.stringify(unified).replaceAll(LOCAL, origin)) as Record<
    string,
    unknown
  >;

  beforeAll(async () => {
    build = await buildOutput(target, origin);
  }, 60_000);

  it("serves every file the XML manifest names (pages, icons, the event runtime's script)", () => {
    const named = servedPaths(factsOf(targetXml).urls, origin);
    expect(named).toEqual(expect.arrayContaining(["/taskpane.html", "/commands.html", "/launch-event.js"]));
    expect(missing(named, build)).toEqual([]);
  });

  it("serves every file the unified manifest names (developer pages, ribbon icons, runtimes)", () => {
    const named = servedPaths(urlsInJson(targetUnified), origin);
    expect(named).toEqual(expect.arrayContaining(["/support.html", "/privacy.html", "/terms.html"]));
    expect(missing(named, build)).toEqual([]);
  });

  it("serves support, privacy, terms, the sign-in fallback and the .well-known file", () => {
    expect(missing(ALWAYS_SERVED, build)).toEqual([]);
  });

  // The workbench workspace and the Office stand-in are development tools: Outlook must never be able
  // to load a page that fakes its host.
  it("has the workbench pages and the Office stand-in in the local build only", () => {
    const devOnly = [...build.paths].filter((path) => /workbench|standin/i.test(path)).sort();
    expect(devOnly).toEqual(target === "production" ? [] : LOCAL_ONLY);
  });

  it("allows, in the .well-known file, exactly the manifest's event-runtime script", () => {
    const file = JSON.parse(build.text(WELL_KNOWN)) as { allowed?: unknown };
    expect(file.allowed).toEqual(eventRuntimeScripts(targetXml));
    expect(file.allowed).toEqual([`${origin}/launch-event.js`]);
  });
});

describe("the served-files check itself", () => {
  it("names a page the build lacks, and ignores URLs on other hosts", () => {
    const build: BuildOutput = { paths: new Set(["/support.html"]), text: () => "" };
    const named = servedPaths(
      [
        "https://localhost:3000/support.html",
        "https://localhost:3000/missing.html",
        "https://cdn.example/x.js",
      ],
      LOCAL,
    );
    expect(missing(named, build)).toEqual(["/missing.html"]);
  });

  it("finds the unified manifest's URLs wherever they sit and follows its developer pages", () => {
    const urls = urlsInJson(finishUnified({ developer: { websiteUrl: "https://h.example/old.html" } }));
    expect(urls.sort()).toEqual([
      "https://h.example/privacy.html",
      "https://h.example/support.html",
      "https://h.example/terms.html",
    ]);
  });
});
