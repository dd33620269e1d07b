import type { Auth, DecodedIdToken } from "firebase-admin/auth";
import { createFirebaseVerifier, DEFAULT_FIREBASE_PROVIDERS } from "./firebase";
import { firebaseProvidersFromEnv } from "./config";
import { AuthError } from "./identity";

/** An Auth whose verifyIdToken answers `decoded` (the signature check is firebase-admin's, not ours). */
function authAnswering(decoded: Partial<DecodedIdToken> | Error): Auth {
  return {
    verifyIdToken: () => (decoded instanceof Error ? Promise.reject(decoded) : Promise.resolve(decoded)),
  } as unknown as Auth;
}

const token = (provider: string, extra: Partial<DecodedIdToken> = {}): Partial<DecodedIdToken> => ({
  email: "Ana@Demo.Baton.Test",
  email_verified: true,
  firebase: { sign_in_provider: provider, identities: {} },
  ...extra,
});

describe("Firebase ID tokens", () => {
  const verify = (decoded: Partial<DecodedIdToken> | Error) =>
    createFirebaseVerifier(authAnswering(decoded), { providers: DEFAULT_FIREBASE_PROVIDERS })("t");

  it("accepts our exchange's custom-token users and Google sign-in with a verified email", async () => {
    for (const provider of ["custom", "google.com"]) {
      await expect(verify(token(provider))).resolves.toEqual({
        kind: "firebase",
        email: "ana@demo.baton.test",
      });
    }
  });

  it("refuses an email/password account even with a verified address (anyone can register one)", async () => {
    await expect(verify(token("password"))).rejects.toThrow(/"password" is not accepted/);
  });

  it("refuses an unverified address from an allowed provider", async () => {
    await expect(verify(token("custom", { email_verified: false }))).rejects.toThrow(/not been verified/);
  });

  it("refuses a token firebase-admin rejects, saying when it merely expired", async () => {
    const expired = Object.assign(new Error("x"), { code: "auth/id-token-expired" });
    await expect(verify(expired)).rejects.toThrow(/expired/);
    await expect(verify(new Error("bad"))).rejects.toBeInstanceOf(AuthError);
  });
});

describe("firebaseProvidersFromEnv", () => {
  it("adds password sign-in on the emulator only (the seeded demo users)", () => {
    expect(firebaseProvidersFromEnv({})).toEqual(["custom", "google.com"]);
    expect(firebaseProvidersFromEnv({ FUNCTIONS_EMULATOR: "true" })).toContain("password");
  });
});
