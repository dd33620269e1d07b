/** Who a verified token says the caller is. The email is the member id everywhere in Baton. */
export type TokenKind = "firebase" | "google" | "microsoft";

export interface VerifiedIdentity {
  kind: TokenKind;
  /** Lower-cased. */
  email: string;
}

/** Verifies one kind of token; rejects (with AuthError) anything it cannot vouch for. */
export type TokenVerifier = (token: string) => Promise<VerifiedIdentity>;

/** A token that does not prove who the caller is. The message is safe to show to the client. */
export class AuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthError";
  }
}

// No "/": the address becomes a Firestore document id.
const EMAIL = /^[^\s@/]+@[^\s@/]+$/;

/** The caller's email from a verified claim, or an AuthError when it is missing or not an address. */
export function emailFromClaim(value: unknown): string {
  if (typeof value !== "string" || !EMAIL.test(value.trim())) {
    throw new AuthError("The token does not carry an email address.");
  }
  return value.trim().toLowerCase();
}
