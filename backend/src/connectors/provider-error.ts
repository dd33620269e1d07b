/**
 * A failed provider call, reduced to what the sync engines decide on: the HTTP status, the
 * provider's error code (Graph's "syncStateNotFound", ...) and how long the provider asked us to wait.
 */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
    this.name = "ProviderError";
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

/**
 * Throttled or briefly unavailable: worth waiting and asking again. 500 is included because Gmail's
 * "backendError" and Graph's transient store errors both arrive as 500 and both providers advise a retry.
 */
export function isRetryable(error: unknown): boolean {
  return isProviderError(error) && [429, 500, 502, 503, 504].includes(error.status);
}

/**
 * Retry-After is either delta-seconds or an HTTP date (RFC 9110 10.2.3); anything else is ignored so
 * the caller's own backoff applies.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * gRPC codes Firestore answers when it is briefly unable to serve (DEADLINE_EXCEEDED 4,
 * RESOURCE_EXHAUSTED 8, ABORTED 10, UNAVAILABLE 14): the store's trouble, not the message's.
 */
const TRANSIENT_STORE_CODES = new Set([4, 8, 10, 14]);

/**
 * Whether a failure says nothing about the message it happened on: the provider throttled or was
 * down (after withRetry's own waits), or the store was briefly unavailable. Such a failure stops the
 * run before the cursor moves, and the next run reads the page again; anything else is the message's
 * own trouble and sets just that message aside (a dead letter).
 */
export function isTransient(error: unknown): boolean {
  if (isRetryable(error)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "number" && TRANSIENT_STORE_CODES.has(code);
}
