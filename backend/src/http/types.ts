import type { DomainError } from "@baton/shared";

/**
 * The slice of an HTTP request the API reads. The Cloud Functions adapter (index.ts) fills it from
 * express' request; unit tests build it by hand.
 */
export interface ApiRequest {
  method: string;
  /** Path below the function, e.g. "/v1/conversations/abc/claim". */
  path: string;
  query: Readonly<Record<string, unknown>>;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** What the platform's body parser produced (object for JSON, Buffer/string otherwise). */
  body: unknown;
  /** The bytes as received; the only thing trusted for size and JSON parsing. */
  rawBody: Buffer | undefined;
}

export interface ApiReply {
  status: number;
  body: unknown;
  /** Extra response headers, e.g. Retry-After on a 429. */
  headers?: Readonly<Record<string, string>>;
}

/** A request refused with a domain error; the router renders it as `{error:{code,message}}`. */
export class ApiFailure extends Error {
  readonly error: DomainError;

  constructor(error: DomainError) {
    super(error.message);
    this.name = "ApiFailure";
    this.error = error;
  }
}
