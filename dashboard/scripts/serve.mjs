// Serves dashboard/dist on http://127.0.0.1:5180 (PORT to change) for the local stack: a tiny static
// server, no dependencies. `npm run serve -w dashboard` after `npm run build -w dashboard`.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

const root = join(import.meta.dirname, "..", "dist");
const port = Number(process.env.PORT ?? 5180);
const host = process.env.HOST ?? "127.0.0.1";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

if (!existsSync(join(root, "index.html"))) {
  console.error("dashboard/dist is missing: run `npm run build -w dashboard` first.");
  process.exit(1);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, "");
  let file = join(root, relative);
  // A single-page app: anything that is not a file is the page.
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
    file = join(root, "index.html");
  res.writeHead(200, {
    "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    "Cache-Control": "no-store",
  });
  createReadStream(file).pipe(res);
});

server.listen(port, host, () => console.log(`Baton dashboard: http://${host}:${port}/`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
