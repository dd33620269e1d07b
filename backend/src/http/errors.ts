import {
  domainError,
  errorBody,
  httpStatusFor,
  type DomainError,
  type DomainErrorCode,
  type ErrorKey,
  type ErrorParams,
} from "@baton/shared";
import { ApiFailure, type ApiReply } from "./types";

/**
 * Refuses the request; handlers call this instead of building responses for errors. The reader's
 * sentence is the errors catalogue's `key` with `params` (domainError renders the English message).
 */
export function fail(
  code: DomainErrorCode,
  key: ErrorKey,
  params?: ErrorParams,
  details?: Record<string, unknown>,
): never {
  throw new ApiFailure(domainError(code, key, params, details));
}

export function failWith(error: DomainError): never {
  throw new ApiFailure(error);
}

export type ErrorLogger = (message: string, error: unknown) => void;

/**
 * Turns anything a handler threw into a reply. Domain failures keep their code and message;
 * everything else is a bug or an outage, logged here with its stack and answered with a generic
 * message so no internals reach the client.
 */
export function renderError(thrown: unknown, log: ErrorLogger): ApiReply {
  if (thrown instanceof ApiFailure) {
    return { status: httpStatusFor(thrown.error.code), body: errorBody(thrown.error) };
  }
  if (isFirestoreSizeError(thrown)) {
    // A safety net: every document has a size budget (store/document-budget.test.ts) and the caps are
    // checked before writing, so this should not happen; if a write still passes Firestore's limit,
    // the caller learns that this change is too large rather than that the server broke.
    log("Firestore refused a write for size", thrown);
    const error = domainError("payload_too_large", "errors.tooLargeToStore");
    return { status: httpStatusFor(error.code), body: errorBody(error) };
  }
  log("unhandled error in API handler", thrown);
  const error = domainError("internal", "errors.internal");
  return { status: httpStatusFor(error.code), body: errorBody(error) };
}

/** Firestore's INVALID_ARGUMENT (gRPC 3) for a document or request over its size limits. */
export function isFirestoreSizeError(thrown: unknown): boolean {
  if (typeof thrown !== "object" || thrown === null) return false;
  const { code, message } = thrown as { code?: unknown; message?: unknown };
  return (
    (code === 3 || code === "invalid-argument" || code === "INVALID_ARGUMENT") &&
    typeof message === "string" &&
    /maximum (allowed )?size|size allowed|too large|too big|exceeds/i.test(message)
  );
}
