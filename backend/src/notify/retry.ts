import { NOTIFICATION_LIMITS } from "@baton/shared/limits";

/** Retry settings: `attempts` tries in all; delays grow as base × 2^n, capped, with full jitter. */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: NOTIFICATION_LIMITS.notifyAttempts.value,
  baseDelayMs: NOTIFICATION_LIMITS.notifyRetryBaseDelay.value,
  maxDelayMs: NOTIFICATION_LIMITS.notifyRetryMaxDelay.value,
};

/** Sleep and randomness come in, so tests run retries instantly and deterministically. */
export interface RetryClock {
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

/** An error that retrying cannot fix (a 400, a 404): stop at once. */
export class PermanentError extends Error {}

export interface RetryOutcome<T> {
  ok: boolean;
  value: T | undefined;
  attempts: number;
  error: unknown;
}

/**
 * The delay before retry number `n` (0-based): "full jitter" (AWS architecture blog) — uniform in
 * [0, min(max, base × 2^n)) — so many senders failing together do not retry in lockstep.
 */
export function backoffDelay(policy: RetryPolicy, n: number, random: () => number): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** n));
}

/** Runs `attempt` until it resolves, a PermanentError, or `policy.attempts` tries. Never throws. */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  policy: RetryPolicy,
  clock: RetryClock,
): Promise<RetryOutcome<T>> {
  let error: unknown = null;
  for (let n = 0; n < policy.attempts; n += 1) {
    if (n > 0) await clock.sleep(backoffDelay(policy, n - 1, clock.random));
    try {
      return { ok: true, value: await attempt(n), attempts: n + 1, error: null };
    } catch (caught) {
      error = caught;
      if (caught instanceof PermanentError) return { ok: false, value: undefined, attempts: n + 1, error };
    }
  }
  return { ok: false, value: undefined, attempts: policy.attempts, error };
}
