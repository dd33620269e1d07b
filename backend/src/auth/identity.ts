import { englishError, type ErrorKey, type ErrorParams } from "@baton/shared";

/**
 * Who a verified token says the caller is: only what its issuer guarantees. Which member that is
 * (and whether the org accepts this issuer's word for it) is decided afterwards, in resolve-member.ts.
 */
export type TokenKind = "firebase" | "google" | "microsoft";

export type VerifiedIdentity =
  /**
   * A Firebase ID token with a verified email from an allowed sign-in provider; `name` is the
   * account's display name when it has one (the first admin's member name at setup).
   */
  | { kind: "firebase"; email: string; name?: string }
  /**
   * A Google identity token with a verified email; `hostedDomain` is the Workspace domain (`hd`) that
   * manages the account, null for a consumer account.
   */
  | { kind: "google"; email: string; hostedDomain: string | null }
  /**
   * A Microsoft identity token: the tenant and the object id are the identity Entra guarantees;
   * `claimedEmail` (UPN or email claim) is only a hint, which a tenant admin can set to anything.
   */
  | { kind: "microsoft"; tenant: string; objectId: string; claimedEmail: string | null };

/** Verifies one kind of token; rejects (with AuthError) anything it cannot vouch for. */
export type TokenVerifier = (token: string) => Promise<VerifiedIdentity>;

/** A token that does not prove who the caller is. The message is safe to show to the client. */
export class AuthError extends Error {
  /** The sentence's errors-catalogue key and params; the message is its English text. */
  constructor(
    readonly key: ErrorKey,
    readonly params: ErrorParams = {},
  ) {
    super(englishError(key, params));
    this.name = "AuthError";
  }
}

// No "/": the address becomes a Firestore document id.
const EMAIL = /^[^\s@/]+@[^\s@/]+$/;

/** The address, lower-cased, when `value` is one; else null. */
export function emailOrNull(value: unknown): string | null {
  if (typeof value !== "string" || !EMAIL.test(value.trim())) return null;
  return value.trim().toLowerCase();
}

/** The caller's email from a verified claim, or an AuthError when it is missing or not an address. */
export function emailFromClaim(value: unknown): string {
  const email = emailOrNull(value);
  if (email === null) throw new AuthError("errors.authNoEmail");
  return email;
}

/** "ana@Acme.example" -> "acme.example". */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}
