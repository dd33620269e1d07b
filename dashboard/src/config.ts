/** Runtime configuration from /config.js (scripts/config.mjs writes it at build time). */
export interface DashboardConfig {
  target: "local" | "production";
  apiBase: string;
  firebase: { apiKey: string; authDomain: string; projectId: string };
  /** Local stack only: the demo members "Sign in as" offers, and their shared password. */
  demoMembers: string[];
  demoPassword: string | null;
  emulators: { auth: string; firestore: string } | null;
}

export function readConfig(): DashboardConfig {
  const config = (globalThis as { __BATON_CONFIG__?: DashboardConfig }).__BATON_CONFIG__;
  if (config === undefined) throw new Error("config.js did not load: rebuild the dashboard.");
  return config;
}
