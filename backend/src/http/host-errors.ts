import { domainError, errorBody, httpStatusFor, MAX_BODY_BYTES } from "@baton/shared";
import type { ApiReply } from "./types";

/**
 * The platform (the Functions Framework in production, the emulator's runtime locally) parses the
 * body with body-parser in its own express app before our function runs. When that parse fails
 * (malformed JSON sent as application/json, an unsupported charset or encoding, a body over its
 * limit), express' default handler answers with an HTML page and our code never sees the request.
 * host-app.ts puts one error handler at the end of the host's app; this words its reply.
 */

/** What body-parser's errors carry (http-errors): a `type` naming the failure and a status. */
interface HostError {
  type?: unknown;
  status?: unknown;
  statusCode?: unknown;
}

/** The API's reply for an error the host's app raised before our function ran. */
export function hostErrorReply(thrown: unknown): ApiReply {
  const { type, status, statusCode } = (
    typeof thrown === "object" && thrown !== null ? thrown : {}
  ) as HostError;
  const code = typeof status === "number" ? status : typeof statusCode === "number" ? statusCode : 500;
  const error =
    type === "entity.too.large" || code === 413
      ? domainError("payload_too_large", "errors.bodyTooLarge", {
          kilobytes: Math.floor(MAX_BODY_BYTES / 1024),
        })
      : type === "entity.parse.failed"
        ? domainError("invalid_request", "errors.bodyNotJson")
        : type === "charset.unsupported" || type === "encoding.unsupported" || code === 415
          ? domainError("invalid_request", "errors.bodyCharset")
          : code >= 400 && code < 500
            ? domainError("invalid_request", "errors.bodyUnreadable")
            : domainError("internal", "errors.internal");
  return { status: httpStatusFor(error.code), body: errorBody(error) };
}
