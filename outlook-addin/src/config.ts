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
}

declare const BATON_BUILD_CONFIG: BatonConfig;

/**
 * /config.js wins (the dev server rewrites it for other emulator ports); the copy compiled into the
 * bundle serves classic Outlook's event runtime, which loads the JS file alone.
 */
export function readConfig(): BatonConfig {
  return (globalThis as { __BATON_CONFIG__?: BatonConfig }).__BATON_CONFIG__ ?? BATON_BUILD_CONFIG;
}
