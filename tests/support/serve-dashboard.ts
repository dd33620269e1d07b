// The built dashboard (dashboard/dist) on a free loopback port, with the runtime configuration the
// test chooses served as /config.js (what dashboard/scripts/config.mjs writes for a real deploy).
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";

export const DASHBOARD_DIST = join(__dirname, "..", "..", "dashboard", "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".map": "application/json",
};

export interface DashboardServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveDashboard(config: unknown): Promise<DashboardServer> {
  if (!existsSync(join(DASHBOARD_DIST, "index.html")))
    throw new Error("Build the dashboard first: npm run build -w dashboard");
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/config.js") {
      res
        .writeHead(200, { "Content-Type": "text/javascript" })
        .end(`window.__BATON_CONFIG__ = ${JSON.stringify(config)};`);
      return;
    }
    const file = join(DASHBOARD_DIST, path === "/" ? "index.html" : path.slice(1));
    if (!file.startsWith(DASHBOARD_DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
