import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { AuthError, emailOrNull, type TokenVerifier } from "./identity";

export const MICROSOFT_COMMON_JWKS_URL = "https://login.microsoftonline.com/common/discovery/v2.0/keys";
/** v2.0 tokens: `https://login.microsoftonline.com/{tid}/v2.0`. */
export const MICROSOFT_ISSUER_PREFIX = "https://login.microsoftonline.com/";
/** v1.0 tokens (an app registration with accessTokenAcceptedVersion null or 1): `https://sts.windows.net/{tid}/`. */
export const MICROSOFT_V1_ISSUER_PREFIX = "https://sts.windows.net/";

export interface MicrosoftVerifierOptions {
  /** Accepted `aud` values: the add-in's Entra application id / URI. Empty disables the path. */
  audiences: string[];
  keys: JWTVerifyGetKey;
}

/** Microsoft's keys from `url`; jose caches them and refetches (rate-limited) on an unknown kid. */
export function fetchMicrosoftKeys(url: string = MICROSOFT_COMMON_JWKS_URL): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(url));
}

/** The two issuers a token of tenant `tid` may carry, v2.0 and v1.0. */
export function microsoftIssuers(tid: string): string[] {
  return [`${MICROSOFT_ISSUER_PREFIX}${tid}/v2.0`, `${MICROSOFT_V1_ISSUER_PREFIX}${tid}/`];
}

// Entra tenant and object ids are GUIDs; anything else is not a token Entra issued.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function guidClaim(payload: JWTPayload, name: string): string | null {
  const value = payload[name];
  return typeof value === "string" && GUID.test(value.toLowerCase()) ? value.toLowerCase() : null;
}

/**
 * Verifies an Office SSO token (v1.0 or v2.0): RS256 signature against the JWKS, audience, expiry, and
 * an issuer that is exactly one of the issuers of the token's own tenant (the common keys sign every
 * tenant's tokens, so the issuer must match `tid`). Which tenants an org accepts, and which member an
 * object id is, is decided in resolve-member.ts against the org's bound tenants.
 */
export function createMicrosoftVerifier(options: MicrosoftVerifierOptions): TokenVerifier {
  return async (token) => {
    if (options.audiences.length === 0)
      throw new AuthError("errors.authNotConfigured", { provider: "Microsoft" });
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        audience: options.audiences,
        algorithms: ["RS256"],
        clockTolerance: 60,
      }));
    } catch (error) {
      throw new AuthError("errors.authRejected", { provider: "Microsoft", reason: describe(error) });
    }
    const tenant = guidClaim(payload, "tid");
    if (tenant === null || !microsoftIssuers(tenant).includes(String(payload.iss).toLowerCase())) {
      throw new AuthError("errors.authMicrosoftIssuer");
    }
    const objectId = guidClaim(payload, "oid");
    if (objectId === null) throw new AuthError("errors.authMicrosoftOid");
    // preferred_username is the UPN (v2.0), upn/unique_name in v1.0; email is optional and may be
    // unverified. All are hints for a first link only (resolve-member.ts).
    const claimedEmail =
      emailOrNull(payload.preferred_username) ??
      emailOrNull(payload.upn) ??
      emailOrNull(payload.email) ??
      emailOrNull(payload.unique_name);
    return { kind: "microsoft", tenant, objectId, claimedEmail };
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : "invalid token";
}
