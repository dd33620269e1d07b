/**
 * The platform (the Functions Framework in production, the emulator's runtime locally) parses the
 * body with body-parser in its own express app before our function runs. When that parse fails,
 * express' default handler answers with an HTML page and our code never sees the request. So the
 * API appends one error handler to the host's app (host-errors.ts words the reply), and the same
 * bytes get the API's JSON error whichever layer refused them. No imports: the entry loads this.
 */

/** The slices of express' app, request and response the handler needs (express 4 and 5 alike). */
interface HostApp {
  use(
    handler: (err: unknown, req: unknown, res: HostResponse, next: (err?: unknown) => void) => void,
  ): unknown;
}
interface HostResponse {
  headersSent: boolean;
  req?: { headers?: Record<string, string | string[] | undefined> };
  status(code: number): HostResponse;
  set(name: string, value: string): HostResponse;
  json(body: unknown): unknown;
}

const adopted = new WeakSet();

/**
 * Appends the API's error handler to the host's express app, once per app. It runs only for errors
 * nothing before it handled (express skips error handlers on the success path), so requests that
 * reach our function are untouched.
 */
export function adoptHostApp(app: unknown): void {
  if (typeof app !== "object" && typeof app !== "function") return;
  if (app === null || adopted.has(app) || typeof (app as Partial<HostApp>).use !== "function") return;
  adopted.add(app);
  (app as HostApp).use((err, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    // Loaded only when the host refuses a request, so the entry stays as small as it was.
    import("./host-errors")
      .then(({ hostErrorReply }) => {
        send(res, hostErrorReply(err));
      })
      .catch(next);
  });
}

function send(res: HostResponse, reply: { status: number; body: unknown }): void {
  // The function's own CORS layer never ran for this request, so a browser on another origin
  // could not read the error without this; the API authenticates with bearer tokens, never cookies.
  const origin = res.req?.headers?.origin;
  res.set("Access-Control-Allow-Origin", typeof origin === "string" ? origin : "*").set("Vary", "Origin");
  res.set("Cache-Control", "no-store").set("X-Content-Type-Options", "nosniff");
  res.status(reply.status).json(reply.body);
}

/**
 * The host builds its express app after loading our module (the Functions Framework and the
 * emulator both load the function first), so wrapping express' `app.handle` now reaches the app
 * from its very first request, a malformed one on a cold instance included. express is found in
 * the module cache, where the host's copy already is; nothing is loaded. Requests that do reach our
 * function adopt `req.app` as well (index.ts), for a host that built its app some other way.
 */
export function adoptHostAppsOnFirstRequest(cache: NodeJS.Dict<NodeJS.Module> = require.cache): void {
  for (const [file, mod] of Object.entries(cache)) {
    if (mod === undefined || !/[\\/]express[\\/]lib[\\/]application\.js$/.test(file)) continue;
    const proto = mod.exports as { handle?: unknown; __batonAdopts?: boolean };
    if (typeof proto.handle !== "function" || proto.__batonAdopts === true) continue;
    const handle = proto.handle as (this: object, ...args: unknown[]) => unknown;
    proto.handle = function handleAdopting(this: object, ...args: unknown[]) {
      adoptHostApp(this);
      return handle.apply(this, args);
    };
    proto.__batonAdopts = true;
  }
}
