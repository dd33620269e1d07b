// Builds the dashboard into dashboard/dist: index.html, config.js, app.js (+ source map), app.css.
// `node build.mjs` (local target) or `BATON_TARGET=production node build.mjs`; `--watch` rebuilds.
import { build, context } from "esbuild";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { configScript, runtimeConfig } from "./scripts/config.mjs";

const here = import.meta.dirname;
// BATON_OUT_DIR: build somewhere else (npm run deploy builds into its Hosting directory).
const dist = process.env.BATON_OUT_DIR ? resolve(process.env.BATON_OUT_DIR) : join(here, "dist");
const require = createRequire(import.meta.url);
const production = (process.env.BATON_TARGET ?? "local") === "production";

mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, "config.js"), configScript(runtimeConfig()));
copyFileSync(join(here, "src", "index.html"), join(dist, "index.html"));

const options = {
  entryPoints: { app: join(here, "src", "main.tsx"), "app-styles": join(here, "src", "styles.css") },
  bundle: true,
  outdir: dist,
  format: "esm",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  target: "es2022",
  jsx: "automatic",
  jsxImportSource: "preact",
  minify: true,
  sourcemap: true,
  metafile: true,
  legalComments: "linked",
  define: { "process.env.NODE_ENV": production ? '"production"' : '"development"' },
  logLevel: "warning",
};

// uPlot's stylesheet ships beside its bundle; the page links it as uplot.css.
copyFileSync(require.resolve("uplot/dist/uPlot.min.css"), join(dist, "uplot.css"));

if (process.argv.includes("--watch")) {
  const ctx = await context(options);
  await ctx.watch();
  console.log(`watching; dist at ${dist}`);
} else {
  const result = await build(options);
  writeFileSync(join(dist, "meta.json"), JSON.stringify(result.metafile));
  const sizes = Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith(".js"))
    .map(([file, out]) => `${file.split(/[\\/]dist[\\/]/)[1]} ${(out.bytes / 1024).toFixed(0)} KB`);
  console.log(`dashboard built into ${dist}: ${sizes.join(", ")}`);
}
