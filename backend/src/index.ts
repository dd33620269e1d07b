// Cloud Functions entry point: one HTTPS function, `api`, serving the whole HTTP API under /v1, and
// the triggers. Every function is defined here at import (deploy-time discovery, which loads this
// file without FUNCTION_TARGET or credentials, must see each one with its options), but what a
// function runs is loaded on its first invocation (runtime/lazy.ts): an instance started for one
// function (FUNCTION_TARGET) never loads another's clients. bench/cold-start.bench.mjs measures it.
import "./runtime/region";
import { onRequest } from "firebase-functions/v2/https";
import { adoptHostApp, adoptHostAppsOnFirstRequest } from "./http/host-app";
import { inEmulator } from "./runtime/emulator-only";
import { lazy } from "./runtime/lazy";
import { countingTxAttempts } from "./store/tx-attempts";

// Bodies the platform's parser refuses (malformed JSON, a bad charset) never reach the function;
// this gives them the API's JSON error instead of express' HTML page (http/host-app.ts).
adoptHostAppsOnFirstRequest();

/** Built on the first request, not at import: no credentials at discovery, no cost for other functions. */
const theApp = lazy(async () => {
  const [{ createDeployedApp }, { sendReply }] = await Promise.all([
    import("./http/deployed-app"),
    import("./http/send-reply"),
  ]);
  return { serve: createDeployedApp(), sendReply };
});

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
  adoptHostApp(req.app);
  const { serve, sendReply } = await theApp();
  const { value: reply, attempts } = await countingTxAttempts(() =>
    serve({
      method: req.method,
      path: req.path,
      query: req.query,
      headers: req.headers,
      body: req.body as unknown,
      rawBody: req.rawBody,
    }),
  );
  res.set("Cache-Control", "no-store").set("X-Content-Type-Options", "nosniff");
  // On the emulator only: how many transaction attempts the request made (a race's retries), for tests.
  if (inEmulator()) res.set("X-Baton-Tx-Attempts", String(attempts));
  // Handler time, as distinct from platform and network time: what the latency budget is about.
  res.set("Server-Timing", `app;dur=${(performance.now() - started).toFixed(1)}`);
  sendReply(res, reply);
});
export * from "./sla/triggers";
export * from "./connectors/triggers";
export * from "./retention/triggers";
export * from "./jobs/triggers";
export * from "./routing/triggers";
export * from "./csat/triggers";
export * from "./followups/triggers";
