// baton.config.json: the one file a deployment is described by. Parsed with zod for its shape; the
// value checks (GUIDs, regions, domains...) are in checks.ts so each says its own sentence.
import { z } from "zod";

export interface DeployConfig {
  project: string;
  region: string;
  hostingOrigin: string;
  google: { audiences: string[]; deploymentId: string | null };
  microsoft: { clientId: string; tenants: string[] };
  orgDomains: string[];
  /** The Firebase web app's config for the pane and the dashboard; null: ask the project (apps:sdkconfig). */
  firebaseWebConfig: Record<string, string> | null;
}

export const DEFAULT_REGION = "us-central1";

const list = z.array(z.string());
const schema = z
  .object({
    $comment: z.unknown().optional(),
    project: z.string().optional(),
    region: z.string().optional(),
    hostingOrigin: z.string().optional(),
    google: z.object({ audiences: list, deploymentId: z.string().optional() }).loose(),
    microsoft: z.object({ clientId: z.string(), tenants: list.optional() }).loose(),
    orgDomains: list,
    firebase: z
      .object({ webConfig: z.record(z.string(), z.string()).optional() })
      .loose()
      .optional(),
  })
  .loose();

/** How to fix each field, said once: the path zod reports -> the sentence the admin reads. */
const HOW: Record<string, string> = {
  project: "project must be the Firebase project id (Firebase console > Project settings > Project ID).",
  region: 'region must be a Cloud Functions region such as "us-central1" or "europe-west1".',
  hostingOrigin: 'hostingOrigin must be the https origin of Hosting, e.g. "https://acme-baton.web.app".',
  google:
    'google must be an object with "audiences": the Apps Script OAuth client ids (Google Cloud console > APIs & Services > Credentials).',
  "google.audiences":
    'google.audiences must be a list of the Apps Script project\'s OAuth client ids (Google Cloud console > APIs & Services > Credentials), e.g. ["1234567890-abc.apps.googleusercontent.com"].',
  "google.deploymentId":
    "google.deploymentId must be the Apps Script deployment id as a string (Apps Script > Deploy > Manage deployments), or left out.",
  microsoft:
    'microsoft must be an object with "clientId" (the Entra application id) and "tenants" (Entra tenant ids).',
  "microsoft.clientId":
    "microsoft.clientId must be the Entra application (client) id, a GUID like 1b2c3d4e-…; find it in Entra admin center > App registrations.",
  "microsoft.tenants":
    "microsoft.tenants must be a list of Entra tenant ids (Entra admin center > Overview > Tenant ID), or [] to accept none.",
  orgDomains: 'orgDomains must be a list of your organisation\'s email domains, e.g. ["acme.com"].',
  firebase: 'firebase must be an object such as {"webConfig": {...}} or left out.',
  "firebase.webConfig":
    "firebase.webConfig must be the web app's config object (Firebase console > Project settings > Your apps > SDK setup and configuration), or left out.",
};

function sentenceFor(path: PropertyKey[]): string {
  const key = path.filter((part) => typeof part === "string").join(".");
  for (let parts = key.split("."); parts.length > 0; parts = parts.slice(0, -1)) {
    const how = HOW[parts.join(".")];
    if (how !== undefined) return how;
  }
  return `${key || "The config"} has the wrong shape; compare it with baton.config.example.json.`;
}

/** The config, or every shape problem as one sentence each. `project` from --project fills a missing one. */
export function parseConfig(
  raw: unknown,
  projectArg: string | null,
): { config: DeployConfig; problems: [] } | { config: null; problems: string[] } {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = [...new Set(parsed.error.issues.map((issue) => sentenceFor(issue.path)))];
    return { config: null, problems };
  }
  const value = parsed.data;
  const project = value.project ?? projectArg ?? "";
  const problems: string[] = [];
  if (project === "") problems.push(`${HOW.project} Put it in the config or pass --project <id>.`);
  if (projectArg !== null && value.project !== undefined && value.project !== projectArg)
    problems.push(
      `--project ${projectArg} does not match the config's project "${value.project}"; deploy the project the config describes, or pass --config with the other project's file.`,
    );
  if (problems.length > 0) return { config: null, problems };
  return {
    config: {
      project,
      region: value.region ?? DEFAULT_REGION,
      hostingOrigin: (value.hostingOrigin ?? `https://${project}.web.app`).replace(/\/+$/, ""),
      google: { audiences: value.google.audiences, deploymentId: value.google.deploymentId ?? null },
      microsoft: { clientId: value.microsoft.clientId, tenants: value.microsoft.tenants ?? [] },
      orgDomains: value.orgDomains,
      firebaseWebConfig: value.firebase?.webConfig ?? null,
    },
    problems: [],
  };
}

/** The API base the backend answers at: the `api` function's own URL in the configured region. */
export function apiBaseOf(config: Pick<DeployConfig, "project" | "region">): string {
  return `https://${config.region}-${config.project}.cloudfunctions.net/api/v1`;
}
