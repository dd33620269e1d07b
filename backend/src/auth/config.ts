import type { Auth } from "firebase-admin/auth";
import type { Verifiers } from "./authenticate";
import { createFirebaseVerifier, DEFAULT_FIREBASE_PROVIDERS } from "./firebase";
import { createGoogleVerifier, fetchGoogleCerts, GOOGLE_PEM_CERTS_URL } from "./google";
import { createMicrosoftVerifier, fetchMicrosoftKeys, MICROSOFT_COMMON_JWKS_URL } from "./microsoft";

type Env = Readonly<Record<string, string | undefined>>;

/** "a, b,,c" -> ["a","b","c"]: env lists are comma-separated. */
export function envList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function envUrl(value: string | undefined, fallback: string): string {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? fallback : trimmed;
}

/**
 * Firebase sign-in providers the API accepts. On the emulator (FUNCTIONS_EMULATOR=true, set by
 * firebase-tools, never in production) the seeded demo users sign in with a password as well.
 */
export function firebaseProvidersFromEnv(env: Env = process.env): string[] {
  return env.FUNCTIONS_EMULATOR === "true"
    ? [...DEFAULT_FIREBASE_PROVIDERS, "password"]
    : DEFAULT_FIREBASE_PROVIDERS;
}

/**
 * The three token verifiers, configured from the environment (functions .env files):
 * BATON_GOOGLE_AUDIENCE, BATON_GOOGLE_CERTS_URL, BATON_MS_AUDIENCE, BATON_MS_JWKS_URL.
 * A provider without an audience refuses its tokens rather than accepting any audience. Which
 * Microsoft tenants and Workspace domains an org accepts lives on the org (PUT /org/identity).
 */
export function verifiersFromEnv(auth: Auth, env: Env = process.env): Verifiers {
  return {
    firebase: createFirebaseVerifier(auth, { providers: firebaseProvidersFromEnv(env) }),
    google: createGoogleVerifier({
      audiences: envList(env.BATON_GOOGLE_AUDIENCE),
      certs: fetchGoogleCerts(envUrl(env.BATON_GOOGLE_CERTS_URL, GOOGLE_PEM_CERTS_URL)),
    }),
    microsoft: createMicrosoftVerifier({
      audiences: envList(env.BATON_MS_AUDIENCE),
      keys: fetchMicrosoftKeys(envUrl(env.BATON_MS_JWKS_URL, MICROSOFT_COMMON_JWKS_URL)),
    }),
  };
}
