/**
 * Errors are values with codes. Domain functions return (never throw) a DomainError for anything a
 * user can cause; the backend maps `code` to an HTTP status in one place (api/http-errors.ts). What a
 * reader sees is `key` + `params`: an `errors` catalogue key each client says in its reader's language
 * (view/error-sentence.ts's errorText). `message` is that key's English sentence, for logs and for
 * clients that predate keys.
 */
import type { MessageKey } from "./i18n/catalogues/areas";
import { englishError } from "./i18n/english-errors";

export { englishError, sayError } from "./i18n/english-errors";

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

/** "errors.already_claimed": a key of the errors area. */
export type ErrorKey = MessageKey<"errors">;

/** The values an error's sentence is built from; times arrive formatted, as in every catalogue. */
export type ErrorParams = Readonly<Record<string, string | number>>;

export interface DomainError {
  code: DomainErrorCode;
  /** English, rendered from the en catalogue: for logs and for clients that do not read `key`. */
  message: string;
  /** What a client says, in its reader's language, with `params`. */
  key?: ErrorKey;
  params?: ErrorParams;
  /** Machine-readable context, e.g. `{ owner, since }` for already_claimed. */
  details?: Record<string, unknown>;
}

/**
 * An error whose sentence is catalogue key `key` with `params`; `message` is its English text. The
 * type takes keys only, so an error site cannot write an English-only sentence (error-sites.test.ts
 * also refuses literal sentences cast past it).
 */
export function domainError(
  code: DomainErrorCode,
  key: ErrorKey,
  params?: ErrorParams,
  details?: Record<string, unknown>,
): DomainError {
  const error: DomainError = { code, message: englishError(key, params), key };
  // Absent rather than empty: an error without params reads (and compares in tests) as code, message, key.
  if (params !== undefined && Object.keys(params).length > 0) error.params = params;
  if (details !== undefined) error.details = details;
  return error;
}

export function isDomainError(value: unknown): value is DomainError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}
