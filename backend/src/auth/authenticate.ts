import { decodeJwt } from "jose";
import { FIREBASE_ISSUER_PREFIX } from "./firebase";
import { GOOGLE_ISSUERS } from "./google";
import { AuthError, type TokenKind, type TokenVerifier, type VerifiedIdentity } from "./identity";
import { MICROSOFT_ISSUER_PREFIX, MICROSOFT_V1_ISSUER_PREFIX } from "./microsoft";

export type Verifiers = Record<TokenKind, TokenVerifier>;

/** The bearer token of an Authorization header, or an AuthError saying what is missing. */
export function bearerToken(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? "");
  if (match?.[1] === undefined) {
    throw new AuthError("errors.authNoToken");
  }
  return match[1];
}

/**
 * Which verifier a token belongs to, read from its unverified `iss`. Only routing: the chosen
 * verifier then checks signature, issuer and audience itself, so a forged `iss` gains nothing.
 */
export function tokenKind(token: string): TokenKind {
  let iss: unknown;
  try {
    iss = decodeJwt(token).iss;
  } catch {
    throw new AuthError("errors.authNotJwt");
  }
  if (typeof iss === "string") {
    if (GOOGLE_ISSUERS.includes(iss)) return "google";
    if (iss.startsWith(MICROSOFT_ISSUER_PREFIX) || iss.startsWith(MICROSOFT_V1_ISSUER_PREFIX))
      return "microsoft";
    if (iss.startsWith(FIREBASE_ISSUER_PREFIX)) return "firebase";
  }
  throw new AuthError("errors.authIssuer");
}

/** Verifies any accepted token and returns the verified identity. */
export async function verifyToken(token: string, verifiers: Verifiers): Promise<VerifiedIdentity> {
  return verifiers[tokenKind(token)](token);
}

/**
 * Authorization header -> verified identity, no membership required: the first-run routes
 * (`identity: true`), whose caller is not a member yet. Every other route goes on to resolve-member.
 */
export function createIdentifier(
  verifiers: Verifiers,
): (authorization: string | string[] | undefined) => Promise<VerifiedIdentity> {
  return (authorization) => verifyToken(bearerToken(authorization), verifiers);
}
