// Bundles src/main.ts into dist/Code.js for Apps Script and writes dist/appsscript.json.
//   node build.mjs                 -> dev build (BATON_ENV=dev, local emulator URL unless overridden)
//   BATON_ENV=prod BATON_API_BASE_URL=https://... node build.mjs
// The backend URL is compiled in as a default and added to the manifest's urlFetchWhitelist; a script
// property BATON_API_BASE_URL overrides it at run time (and must also be whitelisted).
import { build } from "esbuild";
import { GasPlugin } from "esbuild-gas-plugin";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_URLS = {
  dev: "http://127.0.0.1:5001/demo-baton/us-central1/api/v1",
  prod: "https://us-central1-YOUR-PROJECT.cloudfunctions.net/api/v1",
};

export async function buildAddon({
  env = process.env.BATON_ENV ?? "dev",
  outdir = join(here, "dist"),
  apiBaseUrl,
} = {}) {
  const baseUrl = (
    apiBaseUrl ??
    process.env.BATON_API_BASE_URL ??
    DEFAULT_URLS[env] ??
    DEFAULT_URLS.dev
  ).replace(/\/+$/, "");
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, "Code.js");
  await build({
    entryPoints: [join(here, "src", "main.ts")],
    bundle: true,
    outfile,
    // Lowered to ES2019 (no ?. or ??): Apps Script's V8 runtime accepts it whatever its exact version.
    target: "es2019",
    format: "iife",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    tsconfig: join(here, "tsconfig.json"),
    define: { __BATON_API_BASE_URL__: JSON.stringify(baseUrl) },
    logLevel: "warning",
    plugins: [GasPlugin],
  });
  const manifest = JSON.parse(readFileSync(join(here, "appsscript.json"), "utf8"));
  // Apps Script matches whitelist entries as URL prefixes; one entry per backend is enough.
  manifest.urlFetchWhitelist = [`${baseUrl}/`];
  writeFileSync(join(outdir, "appsscript.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { outfile, baseUrl, bytes: readFileSync(outfile).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const requireHttps = process.argv.includes("--for-push");
  const { outfile, bytes, baseUrl } = await buildAddon(
    process.env.BATON_OUTDIR ? { outdir: process.env.BATON_OUTDIR } : {},
  );
  // Apps Script only fetches https URLs listed in urlFetchWhitelist; a push with http would not run.
  if (requireHttps && (!baseUrl.startsWith("https://") || baseUrl.includes("YOUR-PROJECT"))) {
    console.error(
      `Refusing to push: backend URL ${baseUrl} is not an https URL of your backend. Set BATON_API_BASE_URL (see docs/deploy-gmail.md).`,
    );
    process.exit(1);
  }
  console.log(`${outfile}: ${(bytes / 1024).toFixed(1)} KB (backend ${baseUrl})`);
}
