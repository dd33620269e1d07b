import type { Auth } from "firebase-admin/auth";
import { AuthError, emailFromClaim, type TokenVerifier } from "./identity";

export const FIREBASE_ISSUER_PREFIX = "https://securetoken.google.com/";

/**
 * Sign-in providers whose Firebase users may call the API: "custom" is the token our own exchange
 * mints after verifying a Google or Microsoft identity (auth/exchange), "google.com" is Google sign-in
 * for the dashboard. Email/password accounts are refused: anyone can register one with any address.
 * The local stack adds "password" for its seeded demo users (see providersFromEnv in config.ts).
 */
export const DEFAULT_FIREBASE_PROVIDERS = ["custom", "google.com"];

export interface FirebaseVerifierOptions {
  providers: readonly string[];
}

/**
 * Verifies a Firebase ID token (dashboard, Outlook task pane after exchange, emulator sign-ins):
 * signature and expiry by firebase-admin, then a verified email from an allowed provider. Against the
 * Auth emulator firebase-admin accepts the emulator's unsigned tokens, so these two checks are what
 * stands between a self-registered account and a member's address there too.
 */
export function createFirebaseVerifier(auth: Auth, options: FirebaseVerifierOptions): TokenVerifier {
  return async (token) => {
    let decoded;
    try {
      decoded = await auth.verifyIdToken(token);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const expired = code === "auth/id-token-expired";
      throw new AuthError(expired ? "errors.authExpired" : "errors.authFirebaseRejected");
    }
    const provider = decoded.firebase.sign_in_provider;
    if (!options.providers.includes(provider)) {
      throw new AuthError("errors.authProvider", { provider });
    }
    if (decoded.email_verified !== true) {
      throw new AuthError("errors.authUnverified");
    }
    const email = emailFromClaim(decoded.email);
    const name: unknown = decoded.name;
    return typeof name === "string" && name.trim() !== ""
      ? { kind: "firebase", email, name: name.trim() }
      : { kind: "firebase", email };
  };
}
