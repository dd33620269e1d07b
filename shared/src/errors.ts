/**
 * Errors are values with codes. Domain functions return (never throw) a DomainError for anything a
 * user can cause; the backend maps `code` to an HTTP status in one place (api/errors.ts) and clients
 * show `message`, a sentence the user can act on.
 */
export type DomainErrorCode =
  | "invalid_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "not_member"
  | "already_claimed"
  | "not_claimed"
  | "invalid_transition"
  | "conflict"
  | "invalid_calendar"
  | "payload_too_large"
  | "rate_limited"
  | "internal";

export interface DomainError {
  code: DomainErrorCode;
  message: string;
  /** Machine-readable context, e.g. `{ owner, since }` for already_claimed. */
  details?: Record<string, unknown>;
}

export function domainError(
  code: DomainErrorCode,
  message: string,
  details?: Record<string, unknown>,
): DomainError {
  return details === undefined ? { code, message } : { code, message, details };
}

export function isDomainError(value: unknown): value is DomainError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}
