import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { AuthError, emailFromClaim, type TokenVerifier } from "./identity";

export const MICROSOFT_COMMON_JWKS_URL = "https://login.microsoftonline.com/common/discovery/v2.0/keys";
export const MICROSOFT_ISSUER_PREFIX = "https://login.microsoftonline.com/";

export interface MicrosoftVerifierOptions {
  /** Accepted `aud` values: the add-in's Entra application id / URI. Empty disables the path. */
  audiences: string[];
  /** Tenant ids allowed to sign in; ["*"] allows any tenant (multi-tenant SaaS). */
  tenants: string[];
  keys: JWTVerifyGetKey;
}

/** Microsoft's keys from `url`; jose caches them and refetches (rate-limited) on an unknown kid. */
export function fetchMicrosoftKeys(url: string = MICROSOFT_COMMON_JWKS_URL): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(url));
}

/**
 * Verifies an Office SSO identity token (v2.0): RS256 signature against the JWKS, audience, expiry,
 * and an issuer that is exactly the v2.0 issuer of an allowed tenant, so a token from any other
 * Entra tenant signed with the same common keys is refused.
 */
export function createMicrosoftVerifier(options: MicrosoftVerifierOptions): TokenVerifier {
  return async (token) => {
    if (options.audiences.length === 0)
      throw new AuthError("Microsoft sign-in is not configured on this server.");
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        audience: options.audiences,
        algorithms: ["RS256"],
        clockTolerance: 60,
      }));
    } catch (error) {
      throw new AuthError(`The Microsoft identity token was rejected: ${describe(error)}`);
    }
    const tid = typeof payload.tid === "string" ? payload.tid : "";
    if (tid === "" || payload.iss !== `${MICROSOFT_ISSUER_PREFIX}${tid}/v2.0`) {
      throw new AuthError("The Microsoft identity token has an unexpected issuer.");
    }
    if (!options.tenants.includes("*") && !options.tenants.includes(tid)) {
      throw new AuthError("This Microsoft 365 organisation is not allowed to use this Baton server.");
    }
    return { kind: "microsoft", email: emailFromClaim(payload.email ?? payload.preferred_username) };
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : "invalid token";
}
