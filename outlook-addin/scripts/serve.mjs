// The task pane's HTTPS dev server: serves outlook-addin/dist on https://localhost:3000 with a
// certificate from office-addin-dev-certs' generator (a local CA + localhost certificate, cached in
// .certs/ at the repository root, never installed into the system trust store). Outlook on the web
// sideloading needs that CA trusted by your browser; the workbench and the tests accept it explicitly.
//
//   node outlook-addin/scripts/serve.mjs [--port 3000]       (npm start runs this after the emulators)
//
// /config.js is written per request from the environment, so the pages follow the emulator ports
// that `firebase emulators:exec` sets (FIRESTORE_EMULATOR_HOST, FIREBASE_AUTH_EMULATOR_HOST).
import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:https";
import { createRequire } from "node:module";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { pageConfig } = require("./build-config.cjs");

const here = import.meta.dirname;
const repoRoot = resolve(here, "..", "..");
export const DIST = join(repoRoot, "outlook-addin", "dist");
const CERT_DIR = join(repoRoot, ".certs");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** Reuses the cached certificate while it is valid for another day; otherwise makes a new one. */
export async function devCertificate() {
  const paths = {
    ca: join(CERT_DIR, "ca.crt"),
    cert: join(CERT_DIR, "localhost.crt"),
    key: join(CERT_DIR, "localhost.key"),
  };
  const fresh = () => {
    if (!Object.values(paths).every((path) => existsSync(path))) return false;
    const validTo = Date.parse(new X509Certificate(readFileSync(paths.cert)).validTo);
    return validTo - Date.now() > 24 * 3600 * 1000;
  };
  if (!fresh()) {
    mkdirSync(CERT_DIR, { recursive: true });
    for (const path of Object.values(paths)) if (existsSync(path)) require("node:fs").rmSync(path);
    // The generator only; `office-addin-dev-certs install` would touch the system trust store.
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    await generateCertificates(paths.ca, paths.cert, paths.key, 30, ["localhost", "127.0.0.1"]);
  }
  return { ca: readFileSync(paths.ca), cert: readFileSync(paths.cert), key: readFileSync(paths.key), paths };
}

function handler(root) {
  return (request, response) => {
    const url = new URL(request.url ?? "/", "https://localhost");
    if (url.pathname === "/config.js") {
      response.writeHead(200, { "content-type": TYPES[".js"], "cache-control": "no-store" });
      response.end(pageConfig(process.env.BATON_TARGET === "production" ? "production" : "local"));
      return;
    }
    const relative = url.pathname === "/" ? "/workbench.html" : decodeURIComponent(url.pathname);
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      response.end(
        `Not found: ${url.pathname}${existsSync(root) ? "" : " (build first: npm run build -w outlook-addin)"}`,
      );
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    response.end(readFileSync(file));
  };
}

/** Starts the server; port 0 picks a free one (tests). Resolves with its origin and a close(). */
export async function startDevServer({ port = 3000, host = "localhost", root = DIST } = {}) {
  const { cert, key, paths } = await devCertificate();
  const server = createServer({ cert, key }, handler(resolve(root)));
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => done(undefined));
  });
  const address = server.address();
  const origin = `https://localhost:${typeof address === "object" && address !== null ? address.port : port}`;
  return {
    origin,
    caPath: paths.ca,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const portFlag = process.argv.indexOf("--port");
  const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.BATON_ADDIN_PORT ?? 3000));
  if (!existsSync(join(DIST, "taskpane.html"))) {
    console.error("outlook-addin/dist is missing: run `npm run build -w outlook-addin` first.");
    process.exit(1);
  }
  const server = await startDevServer({ port }).catch((error) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${port} is in use: is another Baton dev server running?`
        : `The Outlook dev server could not start: ${error.message}`,
    );
    process.exit(1);
  });
  console.log(
    [
      `Outlook task pane (HTTPS): ${server.origin}/taskpane.html`,
      `Workbench (Outlook + Gmail side by side): ${server.origin}/workbench.html`,
      `Manifest to sideload: manifests/outlook/manifest.xml (dev CA: ${server.caPath})`,
    ].join("\n"),
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
