import { INTERNAL_LIMITS, REQUEST_LIMITS } from "@baton/shared/limits";

/**
 * A per-member request budget: a token bucket per member, `burst` deep, refilled at `perMinute`.
 * It lives in each API instance's memory (no read or write per request); the API's maxInstances
 * (index.ts) bounds the total, so a member gets at most maxInstances × the budget across instances.
 * Its purpose is to stop one member's client (or a stolen token) from flooding the API and
 * Firestore, not exact accounting.
 */
export interface RateLimit {
  perMinute: number;
  burst: number;
}

/** Far above what the pane, the card and the dashboard send (a screen load is ~10 requests). */
export const DEFAULT_RATE_LIMIT: RateLimit = {
  perMinute: REQUEST_LIMITS.ratePerMinute.value,
  burst: REQUEST_LIMITS.rateBurst.value,
};

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Spends one request of `key`'s budget at `nowMs`, or says how long until one is available. */
  take(key: string, nowMs: number): RateDecision;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Members remembered per instance; the least recently seen is forgotten (and starts full again). */
const MAX_KEYS = INTERNAL_LIMITS.rateLimitedMembers.value;

export function createRateLimiter(limit: RateLimit, maxKeys = MAX_KEYS): RateLimiter {
  const perMs = limit.perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  return {
    take(key, nowMs) {
      const found = buckets.get(key);
      const bucket = found ?? { tokens: limit.burst, at: nowMs };
      bucket.tokens = Math.min(limit.burst, bucket.tokens + Math.max(0, nowMs - bucket.at) * perMs);
      bucket.at = nowMs;
      // Re-inserting keeps the Map in least-recently-seen order, so eviction drops the stalest.
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) {
        const stalest = buckets.keys().next().value;
        if (stalest !== undefined) buckets.delete(stalest);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
  };
}

/**
 * The limit from API_RATE_LIMIT_PER_MINUTE and API_RATE_LIMIT_BURST, each falling back to the
 * default when unset or not a positive whole number. Local stacks raise it (backend/.env.demo-baton)
 * because the emulator suites send thousands of requests as one member on purpose.
 */
export function rateLimitFromEnv(env: Readonly<Record<string, string | undefined>>): RateLimit {
  const read = (name: string, fallback: number) => {
    const n = Number(env[name]);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    perMinute: read("API_RATE_LIMIT_PER_MINUTE", DEFAULT_RATE_LIMIT.perMinute),
    burst: read("API_RATE_LIMIT_BURST", DEFAULT_RATE_LIMIT.burst),
  };
}
