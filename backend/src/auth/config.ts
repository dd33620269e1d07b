import type { Auth } from "firebase-admin/auth";
import type { Verifiers } from "./authenticate";
import { createFirebaseVerifier } from "./firebase";
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
 * The three token verifiers, configured from the environment (functions .env files):
 * BATON_GOOGLE_AUDIENCE, BATON_GOOGLE_CERTS_URL, BATON_MS_AUDIENCE, BATON_MS_JWKS_URL, BATON_MS_TENANTS.
 * A provider without an audience refuses its tokens rather than accepting any audience.
 */
export function verifiersFromEnv(auth: Auth, env: Env = process.env): Verifiers {
  return {
    firebase: createFirebaseVerifier(auth),
    google: createGoogleVerifier({
      audiences: envList(env.BATON_GOOGLE_AUDIENCE),
      certs: fetchGoogleCerts(envUrl(env.BATON_GOOGLE_CERTS_URL, GOOGLE_PEM_CERTS_URL)),
    }),
    microsoft: createMicrosoftVerifier({
      audiences: envList(env.BATON_MS_AUDIENCE),
      tenants: envList(env.BATON_MS_TENANTS),
      keys: fetchMicrosoftKeys(envUrl(env.BATON_MS_JWKS_URL, MICROSOFT_COMMON_JWKS_URL)),
    }),
  };
}
