import { envList } from "../auth/config";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * What the deploy wrote into the functions' environment for the first run and the install page
 * (names fixed in docs/deploy-firebase.md). Read per request, so a test or a redeploy's new values
 * apply without a code change.
 */
export interface SetupConfig {
  /** Hex SHA-256 of the normalised setup code; null: the deployment has no setup code. */
  codeSha256: string | null;
  /** The org email domains the first admin's address must be in, and the new org holds. */
  domains: string[];
  /** The Entra tenants the new org accepts tokens from. */
  tenants: string[];
  hostingOrigin: string | null;
  apiBase: string | null;
  gmailDeploymentId: string | null;
  googleAudiences: string[];
  msAudiences: string[];
}

function envValue(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function setupConfigFromEnv(env: Env): SetupConfig {
  const code = envValue(env.BATON_SETUP_CODE_SHA256)?.toLowerCase() ?? null;
  return {
    // A value that is not a SHA-256 could never match a code: the same as none.
    codeSha256: code !== null && SHA256_HEX.test(code) ? code : null,
    domains: envList(env.BATON_SETUP_DOMAINS).map((d) => d.toLowerCase()),
    tenants: envList(env.BATON_SETUP_TENANTS).map((t) => t.toLowerCase()),
    hostingOrigin: envValue(env.BATON_HOSTING_ORIGIN)?.replace(/\/+$/, "") ?? null,
    apiBase: envValue(env.BATON_API_BASE)?.replace(/\/+$/, "") ?? null,
    gmailDeploymentId: envValue(env.BATON_GMAIL_DEPLOYMENT_ID),
    googleAudiences: envList(env.BATON_GOOGLE_AUDIENCE),
    msAudiences: envList(env.BATON_MS_AUDIENCE),
  };
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The Entra application (client) id among the Microsoft audiences: a bare GUID, or the GUID at the
 * end of an Application ID URI (api://host/<guid>); else the first audience as written.
 */
export function entraClientId(audiences: readonly string[]): string | null {
  const bare = audiences.find((a) => new RegExp(`^${GUID.source}$`, "i").test(a));
  if (bare !== undefined) return bare;
  for (const audience of audiences) {
    const match = new RegExp(`/(${GUID.source})$`, "i").exec(audience);
    if (match?.[1] !== undefined) return match[1];
  }
  return audiences[0] ?? null;
}
