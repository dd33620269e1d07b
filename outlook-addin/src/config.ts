/** Runtime configuration written to /config.js at build time (see scripts/build-config.cjs). */
export interface BatonConfig {
  target: "local" | "production";
  apiBase: string;
  firebase: { apiKey: string; authDomain: string; projectId: string };
  /** The demo org in the local stack; in production it comes from the signed-in member's claims. */
  org: string | null;
  /** Local stack only: the demo members "Sign in as" offers, and their shared password. */
  demoMembers: string[];
  demoPassword: string | null;
  emulators: { auth: string; firestore: string } | null;
  /** The SSO fallback's Microsoft sign-in (signin.html); see scripts/build-config.cjs. */
  microsoft: MicrosoftSignInConfig;
}

export interface MicrosoftSignInConfig {
  /** The Entra app registration (SPA platform, redirect URI <origin>/signin.html, no secret). */
  clientId: string;
  /** https only (MSAL refuses others): Entra's, or the tests' stand-in identity provider. */
  authority: string;
  /** Hosts (host[:port]) MSAL trusts without Microsoft's instance discovery; empty for Entra. */
  knownAuthorities: string[];
  /** "AAD" for Entra; "OIDC" for a generic OpenID provider (the stand-in). */
  protocolMode: "AAD" | "OIDC";
  /** What the dialog asks for: our own API's scope, whose token /auth/exchange accepts. */
  scopes: string[];
}

declare const BATON_BUILD_CONFIG: BatonConfig;

/**
 * /config.js wins (the dev server rewrites it for other emulator ports); the copy compiled into the
 * bundle serves classic Outlook's event runtime, which loads the JS file alone.
 */
export function readConfig(): BatonConfig {
  return (globalThis as { __BATON_CONFIG__?: BatonConfig }).__BATON_CONFIG__ ?? BATON_BUILD_CONFIG;
}
