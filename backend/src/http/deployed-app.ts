import { logger } from "firebase-functions";
import { createIdentifier } from "../auth/authenticate";
import { verifiersFromEnv } from "../auth/config";
import { createMemberAuthenticator } from "../auth/member";
import { createHandlers } from "../handlers";
import { auth, firestore } from "../store/db";
import { createApp } from "./app";
import { createRateLimiter, rateLimitFromEnv, type RateLimit } from "./rate-limit";
import type { ApiReply, ApiRequest } from "./types";

/**
 * The API as deployed: real Firestore, token verifiers and handlers, and the per-member rate limit
 * from the environment. One wiring for the `api` function (index.ts) and for suites that need the
 * production limit in process (the local stack raises it: backend/.env.demo-baton).
 */
export function createDeployedApp(
  env: Readonly<Record<string, string | undefined>> = process.env,
  rateLimit: RateLimit = rateLimitFromEnv(env),
): (req: ApiRequest) => Promise<ApiReply> {
  const db = firestore();
  const verifiers = verifiersFromEnv(auth(), env);
  const log = (message: string, error: unknown) => {
    logger.error(message, error instanceof Error ? { error: error.message, stack: error.stack } : { error });
  };
  return createApp({
    handlers: createHandlers({ db, auth: auth(), verifiers, log }),
    authenticate: createMemberAuthenticator(db, verifiers, log),
    identify: createIdentifier(verifiers),
    now: () => Date.now(),
    log,
    rateLimiter: createRateLimiter(rateLimit),
  });
}
