/**
 * Offline checks of the Outlook XML manifest: what can be verified without Microsoft's validation
 * service (`npm run validate -w outlook-addin`, which needs the internet). Returns problems as
 * sentences; an empty list means the manifest passed.
 */
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;
export const MIN_MAILBOX_VERSION = "1.5";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ManifestFacts {
  /** Every URL in the manifest (DefaultValue attributes, AppDomains, the SSO resource). */
  urls: string[];
  /** Icon URLs with the size the manifest declares for them (from the file name icon-N.png). */
  icons: { url: string; size: number }[];
}

export interface CheckOptions {
  /** Answers whether a URL path (e.g. "/assets/icon-16.png") is served, and a PNG's pixel size. */
  fileAt: (path: string) => { exists: boolean; pngSize?: { width: number; height: number } };
}

function urlsIn(xml: string): string[] {
  const urls = new Set<string>();
  for (const match of xml.matchAll(/DefaultValue="((?:https?|api):\/\/[^"]+)"/g)) urls.add(match[1] ?? "");
  for (const match of xml.matchAll(/<(AppDomain|Resource)>([^<]+)<\//g)) urls.add((match[2] ?? "").trim());
  return [...urls].filter((url) => url !== "");
}

export function factsOf(xml: string): ManifestFacts {
  const urls = urlsIn(xml);
  const icons = urls
    .map((url) => ({ url, match: /icon-(\d+)\.png$/.exec(url) }))
    .filter((entry) => entry.match !== null)
    .map((entry) => ({ url: entry.url, size: Number(entry.match?.[1]) }));
  return { urls, icons };
}

/** Reads width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

export function checkManifest(xml: string, options: CheckOptions): string[] {
  const problems: string[] = [];
  try {
    SyntaxValidator.validate(xml); // throws on the first syntax error
  } catch (error) {
    return [`The manifest is not well-formed XML: ${(error as Error).message}`];
  }
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml) as {
    OfficeApp?: Record<string, unknown>;
  };
  const app = parsed.OfficeApp;
  if (app === undefined) return ["The root element must be OfficeApp."];
  if (app["@xsi:type"] !== "MailApp") problems.push("OfficeApp must be xsi:type MailApp.");

  const id = typeof app.Id === "string" ? app.Id : "";
  if (!GUID.test(id)) problems.push(`The add-in Id "${id}" is not a GUID.`);
  const ssoId = /<WebApplicationInfo>\s*<Id>([^<]+)<\/Id>/.exec(xml)?.[1] ?? "";
  if (!GUID.test(ssoId)) problems.push(`WebApplicationInfo's Id "${ssoId}" is not a GUID.`);
  const resource = /<Resource>([^<]+)<\/Resource>/.exec(xml)?.[1] ?? "";
  if (!resource.endsWith(`/${ssoId}`))
    problems.push("WebApplicationInfo's Resource must end with its Id (api://host/<id>).");

  const { urls, icons } = factsOf(xml);
  const hosts = new Set(urls.map(hostOf));
  if (hosts.size !== 1 || hosts.has(null))
    problems.push(`All URLs must point at one host; found ${[...hosts].join(", ")}.`);
  for (const url of urls.filter((candidate) => !candidate.startsWith("api://"))) {
    if (!url.startsWith("https://")) problems.push(`${url} must use HTTPS.`);
    const path = hostOf(url) === null ? null : new URL(url).pathname;
    if (path !== null && path !== "/" && !options.fileAt(path).exists)
      problems.push(`${url} names a file the build does not serve.`);
  }

  for (const size of ICON_SIZES) {
    if (!icons.some((icon) => icon.size === size)) problems.push(`No ${size}x${size} icon is declared.`);
  }
  for (const icon of icons) {
    const file = options.fileAt(new URL(icon.url).pathname);
    const actual = file.pngSize;
    if (file.exists && (actual?.width !== icon.size || actual.height !== icon.size)) {
      problems.push(`${icon.url} should be ${icon.size}x${icon.size} pixels.`);
    }
  }
  for (const match of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
    const declared = new RegExp(
      `<bt:Image id="${match[2] ?? ""}" DefaultValue="[^"]*icon-(\\d+)\\.png"`,
    ).exec(xml);
    if (declared?.[1] !== match[1])
      problems.push(`Image ${match[2] ?? ""} is used at size ${match[1] ?? ""} but is not that size.`);
  }

  // Every resid must name a resource.
  const ids = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  for (const match of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!ids.has(match[1])) problems.push(`resid "${match[1] ?? ""}" does not name a resource.`);
  }

  // Requirement sets: the declared minimum, in the base manifest and in VersionOverrides 1.1.
  if (!new RegExp(`<Set Name="Mailbox" MinVersion="${MIN_MAILBOX_VERSION}"/>`).test(xml))
    problems.push(`The base manifest must require Mailbox ${MIN_MAILBOX_VERSION}.`);
  if (
    !new RegExp(`<bt:Sets DefaultMinVersion="${MIN_MAILBOX_VERSION}">\\s*<bt:Set Name="Mailbox"/>`).test(xml)
  )
    problems.push(`VersionOverrides must require Mailbox ${MIN_MAILBOX_VERSION}.`);
  if (!xml.includes('xsi:type="VersionOverridesV1_1"')) problems.push("VersionOverrides 1.1 is missing.");
  if (!/<SupportsPinning>true<\/SupportsPinning>/.test(xml))
    problems.push("The task pane must support pinning.");
  if (!/<Form xsi:type="ItemRead">/.test(xml)) problems.push("The ItemRead form is missing.");
  if (
    !/<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="PromptUser"\/>/.test(
      xml,
    )
  )
    problems.push("The OnMessageSend launch event (PromptUser) is missing.");
  return problems;
}

/** The same manifest for another host: every https://localhost:3000 and api://localhost:3000 URL. */
export function withOrigin(xml: string, origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== "https:") throw new Error(`The add-in origin must be https, got ${origin}.`);
  return xml
    .replaceAll("https://localhost:3000", url.origin)
    .replaceAll("api://localhost:3000", `api://${url.host}`);
}
