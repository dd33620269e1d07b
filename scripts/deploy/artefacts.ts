// The checks of what the deploy builds: the Outlook manifest for this host and Entra app, the Gmail
// bundle's whitelist, and the API base compiled into the pane and the dashboard. Pure: they read text.
import {
  checkManifest,
  withOrigin,
  type CheckOptions,
} from "../../outlook-addin/src/manifest/check-manifest";

const SSO = /<WebApplicationInfo>\s*<Id>([^<]+)<\/Id>\s*<Resource>([^<]+)<\/Resource>/;

/** The repository's manifest for Hosting's origin and the deployment's Entra app (WebApplicationInfo). */
export function outlookManifestFor(xml: string, origin: string, clientId: string): string {
  const hosted = withOrigin(xml, origin);
  const repoId = SSO.exec(hosted)?.[1];
  return repoId === undefined ? hosted : hosted.replaceAll(repoId, clientId);
}

/** The existing manifest checks, plus: its SSO app is the configured Entra app on this host. */
export function checkOutlookManifest(
  xml: string,
  expected: { origin: string; clientId: string },
  fileAt: CheckOptions["fileAt"],
): string[] {
  const problems = checkManifest(xml, { fileAt }).map((problem) => `Outlook manifest: ${problem}`);
  const sso = SSO.exec(xml);
  const resource = `api://${new URL(expected.origin).host}/${expected.clientId}`;
  if (sso?.[1] !== expected.clientId || sso[2] !== resource)
    problems.push(
      `Outlook manifest: WebApplicationInfo must be Id ${expected.clientId} and Resource ${resource} (found ${sso?.[1] ?? "none"} and ${sso?.[2] ?? "none"}); set the Entra app's Application ID URI to ${resource}.`,
    );
  return problems;
}

/** Apps Script fetches only URLs under a urlFetchWhitelist entry (a prefix match). */
export function checkGmailWhitelist(appsscriptJson: string, apiBase: string): string[] {
  const manifest = JSON.parse(appsscriptJson) as { urlFetchWhitelist?: string[] };
  const list = manifest.urlFetchWhitelist ?? [];
  if (list.some((entry) => `${apiBase}/`.startsWith(entry) && entry.startsWith("https://"))) return [];
  return [
    `Gmail bundle: urlFetchWhitelist ${JSON.stringify(list)} does not cover the API base ${apiBase}/, so the add-on could not call it; rebuild it with that API base.`,
  ];
}

/** window.__BATON_CONFIG__'s apiBase in a built config.js (JSON, or minified by the pane's build). */
export function compiledApiBase(configJs: string): string | null {
  return /["']?apiBase["']?\s*:\s*"([^"]*)"/.exec(configJs)?.[1] ?? null;
}

export function checkCompiledApiBase(configJs: string, apiBase: string, what: string): string[] {
  const compiled = compiledApiBase(configJs);
  if (compiled === apiBase) return [];
  return [
    `${what} was built for the API base ${compiled ?? "(none)"}, not ${apiBase}; rebuild it with BATON_API_BASE=${apiBase}.`,
  ];
}

/** The pane's Microsoft sign-in (MSAL fallback) asks the configured Entra app for its own API's scope. */
export function checkCompiledMicrosoft(
  configJs: string,
  expected: { origin: string; clientId: string },
): string[] {
  const clientId = /["']?clientId["']?\s*:\s*"([^"]*)"/.exec(configJs)?.[1];
  const scope = `api://${new URL(expected.origin).host}/${expected.clientId}/access_as_user`;
  if (clientId === expected.clientId && configJs.includes(`"${scope}"`)) return [];
  return [
    `The Outlook pane's Microsoft sign-in was built for client ${clientId ?? "(none)"} without the scope ${scope}; rebuild it with BATON_MS_CLIENT_ID=${expected.clientId} and BATON_MS_SCOPES=${scope}.`,
  ];
}
