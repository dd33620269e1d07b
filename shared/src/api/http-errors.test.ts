import { domainError, type DomainErrorCode } from "../errors";
import { DOMAIN_ERROR_CODES, errorBody, errorEnvelopeSchema, httpStatusFor } from "./http-errors";

describe("httpStatusFor", () => {
  it.each<[DomainErrorCode, number]>([
    ["invalid_request", 400],
    ["invalid_calendar", 400],
    ["unauthenticated", 401],
    ["forbidden", 403],
    ["not_member", 403],
    ["not_found", 404],
    ["already_claimed", 409],
    ["conflict", 409],
    ["not_claimed", 409],
    ["invalid_transition", 409],
    ["payload_too_large", 413],
    ["rate_limited", 429],
    ["internal", 500],
  ])("maps %s to %i", (code, status) => {
    expect(httpStatusFor(code)).toBe(status);
  });

  it("covers every code exactly once", () => {
    expect(new Set(DOMAIN_ERROR_CODES).size).toBe(13);
  });
});

describe("errorBody", () => {
  it("wraps code and message, keeping details a client acts on", () => {
    const lost = domainError(
      "already_claimed",
      "errors.alreadyClaimed",
      { owner: "ana@x.test" },
      { owner: "ana@x.test", since: 5 },
    );
    const body = errorBody(lost);
    expect(body).toEqual({
      error: {
        code: "already_claimed",
        message: "ana@x.test already owns this conversation.",
        key: "errors.alreadyClaimed",
        params: { owner: "ana@x.test" },
        details: { owner: "ana@x.test", since: 5 },
      },
    });
    expect(errorEnvelopeSchema.parse(body)).toEqual(body);
    expect(errorBody(domainError("not_found", "errors.notSeenYet"))).toEqual({
      error: {
        code: "not_found",
        message: "Baton hasn't seen this conversation yet; open it again in a moment.",
        key: "errors.notSeenYet",
      },
    });
  });

  it("sends the catalogue key and params beside the English message", () => {
    const body = errorBody(
      domainError("rate_limited", "errors.rateLimited", { seconds: 1 }, { retryAfterSeconds: 1 }),
    );
    expect(body).toEqual({
      error: {
        code: "rate_limited",
        message: "You are sending requests faster than Baton allows for one member; try again in 1 second.",
        key: "errors.rateLimited",
        params: { seconds: 1 },
        details: { retryAfterSeconds: 1 },
      },
    });
    expect(errorEnvelopeSchema.parse(body)).toEqual(body);
  });

  it("never sends details of internal errors", () => {
    const body = errorBody(domainError("internal", "errors.internal", {}, { stack: "at x (/srv/a.js:1)" }));
    expect(body).toEqual({
      error: {
        code: "internal",
        message: "Something went wrong on our side. Please try again.",
        key: "errors.internal",
      },
    });
  });

  it("envelope schema refuses unknown codes", () => {
    expect(errorEnvelopeSchema.safeParse({ error: { code: "teapot", message: "x" } }).success).toBe(false);
  });
});
