import { z } from "zod";
import { REQUEST_LIMITS } from "../limits/requests";

/** POST /auth/exchange: a Google (Apps Script) or Microsoft (Office SSO) identity token. */
export const authExchangeRequestSchema = z.strictObject({
  provider: z.enum(["google", "microsoft"]),
  // JWTs from either provider are a few KB; the bound keeps garbage out of the verifier.
  token: z.string().min(1).max(REQUEST_LIMITS.identityTokenLength.value),
});

export const authExchangeResponseSchema = z.object({ customToken: z.string().min(1) });

export type AuthExchangeRequest = z.input<typeof authExchangeRequestSchema>;
export type AuthExchangeResponse = z.output<typeof authExchangeResponseSchema>;
