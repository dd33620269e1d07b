import type { Auth } from "firebase-admin/auth";
import { AuthError, emailFromClaim, type TokenVerifier } from "./identity";

export const FIREBASE_ISSUER_PREFIX = "https://securetoken.google.com/";

/**
 * Verifies a Firebase ID token (dashboard, Outlook task pane after exchange, emulator sign-ins).
 * Against the Auth emulator, firebase-admin accepts the emulator's unsigned tokens for existing users.
 */
export function createFirebaseVerifier(auth: Auth): TokenVerifier {
  return async (token) => {
    let decoded;
    try {
      decoded = await auth.verifyIdToken(token);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const expired = code === "auth/id-token-expired";
      throw new AuthError(
        expired ? "The sign-in has expired; sign in again." : "The Firebase ID token was rejected.",
      );
    }
    return { kind: "firebase", email: emailFromClaim(decoded.email) };
  };
}
