// The offline checks of a deploy config's values: each a pure function returning its problems as
// sentences that say what is wrong and how to fix it (an empty list: passed).
import type { DeployConfig } from "./config";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Cloud Functions (2nd gen) regions, as firebase-functions' SupportedRegion lists them. */
export const FUNCTIONS_V2_REGIONS = [
  "asia-east1",
  "asia-east2",
  "asia-northeast1",
  "asia-northeast2",
  "asia-northeast3",
  "asia-south1",
  "asia-southeast1",
  "asia-southeast2",
  "australia-southeast1",
  "europe-central2",
  "europe-north1",
  "europe-west1",
  "europe-west2",
  "europe-west3",
  "europe-west4",
  "europe-west6",
  "northamerica-northeast1",
  "southamerica-east1",
  "us-central1",
  "us-east1",
  "us-east4",
  "us-west1",
  "us-west2",
  "us-west3",
  "us-west4",
] as const;

/** Google's project id rule: 6 to 30 characters, lowercase letters, digits and hyphens, a letter first. */
const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

export function checkProjectId(project: string, dryRun: boolean): string[] {
  if (!PROJECT_ID.test(project))
    return [
      `project "${project}" is not a Firebase project id (6-30 lowercase letters, digits and hyphens, starting with a letter); copy it from Firebase console > Project settings > Project ID.`,
    ];
  if (project.startsWith("demo-") && !dryRun)
    return [
      `project "${project}" is a demo- project, which exists only in the emulators; run with --dry-run, or deploy a real project id.`,
    ];
  return [];
}

export function checkRegion(region: string): string[] {
  if ((FUNCTIONS_V2_REGIONS as readonly string[]).includes(region)) return [];
  return [
    `region "${region}" is not a Cloud Functions (2nd gen) region; use one of ${FUNCTIONS_V2_REGIONS.join(", ")}.`,
  ];
}

export function checkHostingOrigin(origin: string): string[] {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return [
      `hostingOrigin "${origin}" is not a URL; use the Hosting origin, e.g. https://<project>.web.app.`,
    ];
  }
  const problems: string[] = [];
  if (url.protocol !== "https:")
    problems.push(
      `hostingOrigin "${origin}" must use https: Office and the dashboard's sign-in refuse plain http.`,
    );
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "")
    problems.push(
      `hostingOrigin "${origin}" must be an origin without a path (e.g. https://${url.host}); the deploy places the dashboard at /dashboard/ itself.`,
    );
  return problems;
}

const GOOGLE_CLIENT_ID = /^\d+-[a-z0-9]+\.apps\.googleusercontent\.com$/;

export function checkGoogleAudiences(audiences: string[]): string[] {
  if (audiences.length === 0)
    return [
      "google.audiences is empty; add the Apps Script project's OAuth client id (Google Cloud console > APIs & Services > Credentials), or the Gmail add-on's sign-ins are all refused.",
    ];
  return audiences
    .filter((audience) => !GOOGLE_CLIENT_ID.test(audience))
    .map(
      (audience) =>
        `google.audiences "${audience}" is not an OAuth client id like 1234567890-abc123.apps.googleusercontent.com; copy the Apps Script project's client id from Google Cloud console > APIs & Services > Credentials.`,
    );
}

export function checkMicrosoft(microsoft: DeployConfig["microsoft"]): string[] {
  const problems: string[] = [];
  if (!GUID.test(microsoft.clientId))
    problems.push(
      `microsoft.clientId "${microsoft.clientId}" must be the Entra application (client) id, a GUID like 1b2c3d4e-0000-4000-8000-000000000000; find it in Entra admin center > App registrations.`,
    );
  for (const tenant of microsoft.tenants.filter((id) => !GUID.test(id)))
    problems.push(
      `microsoft.tenants "${tenant}" must be an Entra tenant id, a GUID; find it in Entra admin center > Overview > Tenant ID.`,
    );
  return problems;
}

/** A DNS name of two or more labels, lowercase (addresses are compared lowercased). */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function checkOrgDomains(domains: string[]): string[] {
  if (domains.length === 0)
    return [
      'orgDomains is empty; list your organisation\'s email domains (e.g. ["acme.com"]): only an address in one of them can claim the deployment.',
    ];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const domain of domains) {
    if (domain !== domain.toLowerCase())
      problems.push(`orgDomains "${domain}" must be lowercase; write "${domain.toLowerCase()}".`);
    else if (!DOMAIN.test(domain))
      problems.push(
        `orgDomains "${domain}" is not a domain name; write the part after the @ of your addresses, e.g. "acme.com".`,
      );
    else if (seen.has(domain)) problems.push(`orgDomains lists "${domain}" twice; keep one.`);
    seen.add(domain);
  }
  return problems;
}

/** Every offline check of the config's values, in the order the admin filled the file. */
export function checkConfig(config: DeployConfig, dryRun: boolean): string[] {
  return [
    ...checkProjectId(config.project, dryRun),
    ...checkRegion(config.region),
    ...checkHostingOrigin(config.hostingOrigin),
    ...checkGoogleAudiences(config.google.audiences),
    ...checkMicrosoft(config.microsoft),
    ...checkOrgDomains(config.orgDomains),
  ];
}
