import { authExchangeRequestSchema, authExchangeResponseSchema } from "./auth";
import { parsed, refusal } from "../../test/api/parse-helpers";

describe("auth exchange", () => {
  it("accepts a provider and a token", () => {
    expect(parsed(authExchangeRequestSchema, { provider: "microsoft", token: "eyJ.a.b" }).provider).toBe(
      "microsoft",
    );
    expect(authExchangeResponseSchema.parse({ customToken: "ct" })).toEqual({ customToken: "ct" });
  });

  it("refuses unknown providers, empty and huge tokens", () => {
    expect(refusal(authExchangeRequestSchema, { provider: "github", token: "x" })).toBe(
      "provider: expected one of google, microsoft",
    );
    expect(refusal(authExchangeRequestSchema, { provider: "google", token: "" })).toBe(
      "token: must not be empty",
    );
    expect(refusal(authExchangeRequestSchema, { provider: "google", token: "x".repeat(16_385) })).toBe(
      "token: must have at most 16384 characters",
    );
    expect(refusal(authExchangeRequestSchema, { provider: "google", token: "x", audience: "y" })).toBe(
      'Request: unknown field "audience"',
    );
  });
});
