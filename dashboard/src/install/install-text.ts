/**
 * What the install page says (issue 15): this deployment's values for Microsoft 365 and Google
 * Workspace, the steps that use them, and whether each sidebar has called the API yet. Pure, so the
 * wording is tested without a browser; times go through the shared formatWhen on the reader's clock.
 */
import type { InstallInfo } from "@baton/shared/api";
import { formatWhen } from "@baton/shared/view";

export type ClientName = "Outlook" | "Gmail";
type SignIn = InstallInfo["outlook"]["firstSignIn"];

/** "Outlook: first sign-in 10:42 by ana@example.com", or what to do while there is none. */
export function signInLine(client: ClientName, signIn: SignIn, nowMs: number, readerZone: string): string {
  if (signIn === null) return `No ${client} sign-in yet — open a message in ${client} with Baton installed.`;
  return `${client}: first sign-in ${formatWhen(signIn.at, nowMs, readerZone)} by ${signIn.by}`;
}

/** One value an admin copies into a console: the value, or the sentence saying why it is missing. */
export interface InstallValue {
  label: string;
  value: string | null;
  missing: string;
}

const listOrNull = (items: string[]) => (items.length === 0 ? null : items.join(", "));

export function microsoftValues(info: InstallInfo): InstallValue[] {
  return [
    {
      label: "Manifest URL",
      value: info.outlook.manifestUrl,
      missing:
        "No manifest: this deployment has no Hosting origin. Set hostingOrigin in baton.config.json and run npm run deploy again.",
    },
    {
      label: "Entra application (client) ID",
      value: info.outlook.clientId,
      missing:
        "No Entra application: set the Entra client id in baton.config.json and run npm run deploy again; Outlook sign-ins are refused until then.",
    },
    {
      label: "Entra tenants",
      value: listOrNull(info.outlook.tenants),
      missing: "No tenant configured: add your tenant id to baton.config.json and run npm run deploy again.",
    },
  ];
}

export function googleValues(info: InstallInfo): InstallValue[] {
  return [
    {
      label: "Apps Script deployment ID",
      value: info.gmail.deploymentId,
      missing:
        "No deployment ID recorded: deploy the Gmail add-on (npm run deploy prints its id) and add it to baton.config.json.",
    },
    {
      label: "OAuth client ID",
      value: listOrNull(info.gmail.oauthClientIds),
      missing:
        "No OAuth client id: set the Google audience in baton.config.json and run npm run deploy again; Gmail sign-ins are refused until then.",
    },
  ];
}

export function deploymentValues(info: InstallInfo): InstallValue[] {
  return [
    {
      label: "API base",
      value: info.apiBase === "" ? null : info.apiBase,
      missing: "No API base recorded: run npm run deploy again, which writes the API's address.",
    },
    {
      label: "Hosting origin",
      value: info.hostingOrigin,
      missing: "No Hosting origin: set hostingOrigin in baton.config.json and run npm run deploy again.",
    },
  ];
}

/** Microsoft 365 admin center, Integrated apps (wording of the admin center in 2026). */
export const MICROSOFT_STEPS: readonly string[] = [
  "Download the manifest above (manifest.xml).",
  "Open the Microsoft 365 admin center as a Global or Exchange admin, and go to Settings > Integrated apps.",
  "Choose Upload custom apps, pick Office Add-in as the app type, and upload the manifest file from this device.",
  "Assign it to the people who work in your shared mailboxes (or the whole organisation), then Deploy.",
  "Outlook shows Baton on an opened message within a few hours (up to a day); the check below then shows its first sign-in.",
];

/** Google Workspace Marketplace SDK, App Configuration, then the Admin console. */
export const GOOGLE_STEPS: readonly string[] = [
  "In the Google Cloud console of the Apps Script project, enable the Google Workspace Marketplace SDK and open its App Configuration tab.",
  "App visibility: Private. Installation settings: Admin Only install.",
  "App integration: Google Workspace add-on, Deploy using Apps Script deployment ID, and paste the deployment ID above.",
  "OAuth scopes: the scopes of the add-on's appsscript.json; then fill in the developer information and Save, and complete the Store listing.",
  "In the Google Admin console, install the app from Apps > Google Workspace Marketplace apps for your organisation.",
];
