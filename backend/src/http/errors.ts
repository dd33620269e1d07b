import { domainError, errorBody, httpStatusFor, type DomainError, type DomainErrorCode } from "@baton/shared";
import { ApiFailure, type ApiReply } from "./types";

/** Refuses the request; handlers call this instead of building responses for errors. */
export function fail(code: DomainErrorCode, message: string, details?: Record<string, unknown>): never {
  throw new ApiFailure(domainError(code, message, details));
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
  log("unhandled error in API handler", thrown);
  const error = domainError("internal", "Something went wrong on our side. Please try again.");
  return { status: httpStatusFor(error.code), body: errorBody(error) };
}
