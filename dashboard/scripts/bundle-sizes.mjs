// Gzipped sizes of the built dashboard (run `npm run build -w dashboard` first), from dist/meta.json:
// the first load (app.js and the chunks it imports statically) and each lazy chunk with what it
// imports beyond the first load; and whether zod reached the first load (it must not).
// `node dashboard/scripts/bundle-sizes.mjs`
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dashboard = join(import.meta.dirname, "..");
const meta = JSON.parse(readFileSync(join(dashboard, "dist", "meta.json"), "utf8"));
const outputs = meta.outputs;
const gz = (file) => gzipSync(readFileSync(join(dashboard, file))).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB gz`;

function closure(start, stop = new Set()) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file) || stop.has(file)) return;
    seen.add(file);
    for (const i of outputs[file].imports) if (i.kind === "import-statement") walk(i.path);
  };
  walk(start);
  return seen;
}
const sum = (files) => [...files].reduce((total, file) => total + gz(file), 0);

const app = Object.keys(outputs).find((file) => file.endsWith("dist/app.js"));
const first = closure(app);
const zod = [...first].some((file) => Object.keys(outputs[file].inputs).some((i) => i.includes("/zod/")));
console.log(`first load: ${kb(sum(first))} in ${first.size} files; zod in it: ${zod ? "YES" : "no"}`);
for (const file of Object.keys(outputs)) {
  if (!file.endsWith(".js") || first.has(file) || !/chunks\/[A-Z]/.test(file)) continue;
  const lazy = closure(file, first);
  console.log(`${file.split("chunks/")[1]}: ${kb(gz(file))} itself, ${kb(sum(lazy))} on first visit`);
}
