import express from "express";
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import { adoptHostApp, adoptHostAppsOnFirstRequest } from "./host-app";

/** An app built the way the Functions Framework and the emulator build theirs: parsers first. */
function hostApp(): express.Express {
  const app = express();
  app.use(express.json({ limit: "32mb" }));
  app.use(express.text());
  app.all("/{*splat}", (_req, res) => {
    res.status(200).json({ reached: true });
  });
  return app;
}

async function post(server: Server, body: string, contentType = "application/json") {
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/v1/notes`, {
    method: "POST",
    headers: { "content-type": contentType, origin: "https://pane.example" },
    body,
  });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    response,
    text: await response.text(),
  };
}

async function serving<T>(app: express.Express, run: (server: Server) => Promise<T>): Promise<T> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    return await run(server);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe("the host's body parser errors", () => {
  it("are express' HTML page without the API's handler (what the issue saw)", async () => {
    const reply = await serving(hostApp(), (s) => post(s, "{not json"));
    expect(reply.status).toBe(400);
    expect(reply.type).toMatch(/text\/html/);
  });

  it("answer the API's JSON 400 once the app is adopted, and leave good requests alone", async () => {
    const app = hostApp();
    adoptHostApp(app);
    adoptHostApp(app); // once per app
    await serving(app, async (s) => {
      const bad = await post(s, "{not json");
      expect(bad.status).toBe(400);
      expect(bad.type).toMatch(/application\/json/);
      expect(JSON.parse(bad.text)).toEqual({
        error: {
          code: "invalid_request",
          message: "The request body is not valid JSON.",
          key: "errors.bodyNotJson",
        },
      });
      expect(bad.response.headers.get("access-control-allow-origin")).toBe("https://pane.example");
      const charset = await post(s, "{}", "application/json; charset=latin1");
      expect(charset.status).toBe(400);
      expect(JSON.parse(charset.text)).toMatchObject({ error: { code: "invalid_request" } });
      const good = await post(s, '{"a":1}');
      expect(JSON.parse(good.text)).toEqual({ reached: true });
    });
  });

  it("are adopted from an app's first request when express was in the module cache at load", async () => {
    // The host loads express, then our module, then builds its app: the state at import time.
    adoptHostAppsOnFirstRequest({
      "/srv/node_modules/express/lib/application.js": {
        exports: jest.requireActual<object>("express/lib/application"),
      } as NodeJS.Module,
    });
    const reply = await serving(hostApp(), (s) => post(s, "[1, 2"));
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text)).toMatchObject({ error: { code: "invalid_request" } });
  });
});
