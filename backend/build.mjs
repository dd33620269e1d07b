// Bundles the functions entry point into one CommonJS file. @baton/shared is compiled in from source
// (no separate build step, no publishing). Everything in package.json `dependencies` stays external,
// and nothing else does: the Functions runtime installs exactly that list from this package.json
// (firebase.json deploys `backend/` as it is), so it must name every package the bundle requires and
// nothing that npm cannot fetch. The checks at the end fail the build (and so `firebase deploy`'s
// predeploy) when that stops being true.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";

const here = import.meta.dirname;
const manifest = JSON.parse(readFileSync(join(here, "package.json"), "utf8"));
const runtime = Object.keys(manifest.dependencies ?? {});

/** "firebase-admin/firestore" -> "firebase-admin", "@scope/pkg/sub" -> "@scope/pkg". */
function packageOf(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** What Cloud Build's `npm install` in the uploaded folder could not do, as sentences. */
function manifestProblems(externals) {
  const problems = [];
  const builtins = new Set(builtinModules);
  for (const specifier of externals) {
    const name = packageOf(specifier);
    if (specifier.startsWith("node:") || builtins.has(name)) continue;
    if (!runtime.includes(name)) problems.push(`the bundle requires ${name}, which dependencies lacks`);
  }
  const listed = { ...manifest.dependencies, ...manifest.devDependencies };
  for (const [name, spec] of Object.entries(listed)) {
    // A workspace package (or a local path) is not on the registry: the deploy's install would 404.
    if (name.startsWith("@baton/") || /^(file|link|workspace):/.test(String(spec)))
      problems.push(`${name}@${spec} is not installable from the registry`);
  }
  return problems;
}

const started = Date.now();
const result = await build({
  entryPoints: [join(here, "src", "index.ts")],
  outfile: join(here, "dist", "index.js"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: true,
  metafile: true,
  logLevel: "warning",
  external: runtime.flatMap((name) => [name, `${name}/*`]),
});
const outputs = Object.values(result.metafile.outputs);
const externals = new Set(outputs.flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
const problems = manifestProblems(externals);
if (problems.length > 0) {
  console.error(`backend: not deployable as backend/package.json stands:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
const bytes = outputs.reduce((sum, o) => sum + o.bytes, 0);
const used = [...new Set([...externals].map(packageOf))].filter((n) => runtime.includes(n)).sort();
console.log(
  `backend: dist/index.js built in ${Date.now() - started} ms (${(bytes / 1024).toFixed(0)} KiB with map); ` +
    `runtime packages required: ${used.join(", ")}`,
);
