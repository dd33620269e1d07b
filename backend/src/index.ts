// Cloud Functions entry point: one HTTPS function, `api`, serving the whole HTTP API under /v1.
import { logger } from "firebase-functions";
import { onRequest } from "firebase-functions/v2/https";
import { verifiersFromEnv } from "./auth/config";
import { createMemberAuthenticator } from "./auth/member";
import { createHandlers } from "./handlers";
import { createApp } from "./http/app";
import { isFileBody } from "./metrics/handlers";
import type { ApiReply, ApiRequest } from "./http/types";
import { auth, firestore } from "./store/db";

let app: ((req: ApiRequest) => Promise<ApiReply>) | undefined;

/** Built on the first request, not at import: deploy-time discovery loads this file without credentials. */
function theApp(): (req: ApiRequest) => Promise<ApiReply> {
  if (app === undefined) {
    const db = firestore();
    const verifiers = verifiersFromEnv(auth());
    const log = (message: string, error: unknown) => {
      logger.error(
        message,
        error instanceof Error ? { error: error.message, stack: error.stack } : { error },
      );
    };
    app = createApp({
      handlers: createHandlers({ db, auth: auth(), verifiers, log }),
      authenticate: createMemberAuthenticator(db, verifiers),
      now: () => Date.now(),
      log,
    });
  }
  return app;
}

/**
 * At most this many API instances (each serves up to 80 concurrent requests). It caps what a flood
 * can cost, and it bounds the per-member rate limit, which each instance keeps in memory: a member
 * gets at most API_MAX_INSTANCES times the per-instance allowance in all (http/rate-limit.ts).
 */
const API_MAX_INSTANCES = 10;

// CORS for every origin: the API authenticates with bearer tokens, never cookies, so an origin gains
// nothing by being allowed; the task pane (localhost / Hosting) and the dashboard need it.
export const api = onRequest({ cors: true, maxInstances: API_MAX_INSTANCES }, async (req, res) => {
  const started = performance.now();
  const reply = await theApp()({
    method: req.method,
    path: req.path,
    query: req.query,
    headers: req.headers,
    body: req.body as unknown,
    rawBody: req.rawBody,
  });
  res.set("Cache-Control", "no-store").set("X-Content-Type-Options", "nosniff");
  // Handler time, as distinct from platform and network time: what the latency budget is about.
  res.set("Server-Timing", `app;dur=${(performance.now() - started).toFixed(1)}`);
  // The CSV export is a file, not JSON (issue 7); the dashboard reads its name across origins.
  if (reply.status === 200 && isFileBody(reply.body)) {
    res.type(reply.body.contentType);
    res.set("Content-Disposition", `attachment; filename="${reply.body.filename}"`);
    res.set("Access-Control-Expose-Headers", "Content-Disposition");
    res.send(reply.body.text);
    return;
  }
  res.status(reply.status).json(reply.body);
});
export * from "./sla/triggers";
export * from "./connectors/triggers";
export * from "./retention/triggers";
