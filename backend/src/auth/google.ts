import { OAuth2Client } from "google-auth-library";
import { AuthError, emailFromClaim, type TokenVerifier } from "./identity";

export const GOOGLE_ISSUERS = ["accounts.google.com", "https://accounts.google.com"];
export const GOOGLE_PEM_CERTS_URL = "https://www.googleapis.com/oauth2/v1/certs";

/** kid -> PEM public key or certificate. */
export type GoogleCerts = Record<string, string>;

export interface GoogleVerifierOptions {
  /** Accepted `aud` values: the Apps Script project's OAuth client id(s). Empty disables the path. */
  audiences: string[];
  certs: () => Promise<GoogleCerts>;
}

/**
 * Google's signing certificates from `url` (Google's own by default), cached as long as the response's
 * Cache-Control allows; google-auth-library does the fetching and caching.
 */
export function fetchGoogleCerts(url: string = GOOGLE_PEM_CERTS_URL): () => Promise<GoogleCerts> {
  const client = new OAuth2Client({ endpoints: { oauth2FederatedSignonPemCertsUrl: url } });
  return async () => (await client.getFederatedSignonCertsAsync()).certs as GoogleCerts;
}

/**
 * Verifies an OpenID identity token from Apps Script (`ScriptApp.getIdentityToken()`): RS256
 * signature against Google's certificates, issuer, audience, expiry, and a verified email.
 */
export function createGoogleVerifier(options: GoogleVerifierOptions): TokenVerifier {
  const client = new OAuth2Client();
  return async (token) => {
    if (options.audiences.length === 0)
      throw new AuthError("errors.authNotConfigured", { provider: "Google" });
    let payload;
    try {
      const certs = await options.certs();
      const ticket = await client.verifySignedJwtWithCertsAsync(
        token,
        certs,
        options.audiences,
        GOOGLE_ISSUERS,
      );
      payload = ticket.getPayload();
    } catch (error) {
      throw new AuthError("errors.authRejected", { provider: "Google", reason: describe(error) });
    }
    if (payload?.email_verified !== true) throw new AuthError("errors.authGoogleUnverified");
    // `hd` is present only for Workspace-managed accounts; whether the org requires it is decided
    // with the org's domains in resolve-member.ts.
    const hostedDomain =
      typeof payload.hd === "string" && payload.hd !== "" ? payload.hd.toLowerCase() : null;
    return { kind: "google", email: emailFromClaim(payload.email), hostedDomain };
  };
}

/** google-auth-library's messages embed the whole token payload; keep only the first sentence. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : "invalid token";
  return (message.split(/[:\n]/)[0] ?? "invalid token").trim();
}
