/**
 * What `npm run build -w outlook-addin` writes to dist/ (and Firebase Hosting serves), without the
 * minutes a real build takes: the real webpack.config.js, every plugin included (pages, assets, the
 * .well-known file, config.js), with each entry's code replaced by an empty module. Entry names and
 * every copied or generated file are exactly the build's; only the bundles' contents are empty.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

const ADDIN_DIR = join(__dirname, "..", "..");

export interface BuildOutput {
  /** Every served path, "/taskpane.html", "/.well-known/microsoft-officeaddins-allowed.json", ... */
  paths: Set<string>;
  /** A text file's contents from the output (e.g. the .well-known JSON). */
  text: (path: string) => string;
}

type ConfigFactory = (env: unknown, argv: { mode: string }) => webpack.Configuration;

/** `origin`: the production build's BATON_ADDIN_ORIGIN (ignored for the local build, always localhost). */
export async function buildOutput(target: "local" | "production", origin: string): Promise<BuildOutput> {
  const saved = { target: process.env.BATON_TARGET, origin: process.env.BATON_ADDIN_ORIGIN };
  if (target === "production") process.env.BATON_TARGET = "production";
  else delete process.env.BATON_TARGET;
  process.env.BATON_ADDIN_ORIGIN = origin;
  const scratch = mkdtempSync(join(tmpdir(), "baton-build-"));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is plain CommonJS
    const factory = require(join(ADDIN_DIR, "webpack.config.js")) as ConfigFactory;
    const config = factory({}, { mode: "development" });
    const stub = join(scratch, "empty-entry.js");
    writeFileSync(stub, "");
    const entries = Object.keys(config.entry as Record<string, string>);
    const out = join(scratch, "dist");
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(
        {
          ...config,
          context: ADDIN_DIR,
          entry: Object.fromEntries(entries.map((name) => [name, stub])),
          output: { ...config.output, path: out },
          devtool: false,
        },
        (error, result) => {
          if (error || result === undefined) reject(error ?? new Error("webpack returned no stats."));
          else resolve(result);
        },
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
    // Emitted sources are released from memory; small text files are read back from the output.
    const names = stats.compilation.getAssets().map((asset) => asset.name);
    const texts = new Map(
      names
        .filter((name) => /\.(json|html)$/.test(name) && !name.startsWith("office-js/"))
        .map((name) => [`/${name}`, readFileSync(join(out, name), "utf8")]),
    );
    return {
      paths: new Set(names.map((name) => `/${name}`)),
      text: (path) => {
        const text = texts.get(path);
        if (text === undefined) throw new Error(`The build has no text file ${path}.`);
        return text;
      },
    };
  } finally {
    if (saved.target === undefined) delete process.env.BATON_TARGET;
    else process.env.BATON_TARGET = saved.target;
    if (saved.origin === undefined) delete process.env.BATON_ADDIN_ORIGIN;
    else process.env.BATON_ADDIN_ORIGIN = saved.origin;
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The add-in's own files a manifest names: https URLs on `origin`, as served paths. */
export function servedPaths(urls: Iterable<string>, origin: string): string[] {
  const paths = new Set<string>();
  for (const url of urls) {
    if (!url.startsWith(`${origin}/`)) continue;
    const path = new URL(url).pathname;
    if (path !== "/") paths.add(path);
  }
  return [...paths].sort();
}

/** Every https URL anywhere in a JSON document. */
export function urlsInJson(value: unknown): string[] {
  if (typeof value === "string") return value.startsWith("https://") ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsInJson);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(urlsInJson);
  return [];
}
