import { isProviderError, isRetryable } from "./provider-error";

export interface RetryPolicy {
  /** Attempts after the first; then the last error is thrown. */
  maxRetries: number;
  /** Backoff without a Retry-After: base * 2^attempt, capped. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injected so tests run without waiting; production passes a setTimeout promise. */
  sleep: (ms: number) => Promise<void>;
}

export const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  sleep: realSleep,
};

/**
 * Runs a provider call, waiting out throttling (429) and brief outages (502/503/504): the provider's
 * Retry-After when it sends one (Gmail and Graph both do), else exponential backoff. Bounded, so a
 * mailbox that stays throttled fails this run and the next scheduled run tries again from the cursor.
 */
export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isRetryable(error) || attempt >= policy.maxRetries) throw error;
      const hinted = isProviderError(error) ? error.retryAfterMs : undefined;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
      await policy.sleep(Math.min(policy.maxDelayMs, hinted ?? backoff));
    }
  }
}
