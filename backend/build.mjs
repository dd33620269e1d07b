// Bundles the functions entry point into one CommonJS file. @baton/shared is compiled in from source
// (no separate build step, no publishing); the Firebase SDKs and the token libraries stay external
// because the Functions runtime installs them from backend/package.json.
import { build } from "esbuild";
import { join } from "node:path";

const here = import.meta.dirname;

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
  alias: { "@baton/shared": join(here, "..", "shared", "src", "index.ts") },
  external: [
    "firebase-admin",
    "firebase-admin/*",
    "firebase-functions",
    "firebase-functions/*",
    "google-auth-library",
    "jose",
  ],
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(
  `backend: dist/index.js built in ${Date.now() - started} ms (${(bytes / 1024).toFixed(0)} KiB with map)`,
);
