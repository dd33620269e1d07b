import { z } from "zod";
import type { DomainError, DomainErrorCode } from "../errors";

/** The one mapping from domain error codes to HTTP statuses. */
const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  invalid_request: 400,
  invalid_calendar: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_member: 403,
  not_found: 404,
  already_claimed: 409,
  conflict: 409,
  not_claimed: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
};

export function httpStatusFor(code: DomainErrorCode): number {
  return STATUS_BY_CODE[code];
}

export const DOMAIN_ERROR_CODES = Object.keys(STATUS_BY_CODE) as DomainErrorCode[];

export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.enum(DOMAIN_ERROR_CODES as [DomainErrorCode, ...DomainErrorCode[]]),
    /** English, for logs and clients that do not read `key`. */
    message: z.string(),
    /**
     * An `errors` catalogue key ("errors.already_claimed") a client says in its reader's language with
     * `params` (view/error-sentence.ts's errorText). Optional: an answer from before keys has none.
     */
    key: z.string().optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    /** Machine-readable context a client can act on, e.g. `{ owner, since }` for already_claimed. */
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export type ErrorEnvelope = z.output<typeof errorEnvelopeSchema>;

/**
 * The response body for an error. Details travel (the lost claim race needs the owner), except on
 * internal errors, whose context could be a stack or a path that must never reach a client.
 */
export function errorBody(error: DomainError): ErrorEnvelope {
  const { code, message, key, params, details } = error;
  const said =
    key === undefined
      ? { code, message }
      : params === undefined
        ? { code, message, key }
        : { code, message, key, params: { ...params } };
  if (details === undefined || code === "internal") return { error: said };
  return { error: { ...said, details } };
}
