import { classifyIp, isIpLiteral } from "./ip-address";

/** Which kind of channel a URL is for: Slack and Teams accept only their own hosts. */
export type WebhookChannel = "slack" | "teams" | "webhook";

export interface WebhookUrlPolicy {
  /**
   * Local runs only (the Functions emulator): plain http to a loopback address, where the test
   * receivers listen. Never in production.
   */
  allowLoopback: boolean;
}

export const STRICT_WEBHOOK_POLICY: WebhookUrlPolicy = { allowLoopback: false };

/** Slack incoming webhooks and Workflow Builder triggers are both served from hooks.slack.com. */
const SLACK_HOSTS = ["hooks.slack.com"];

/**
 * Teams: Office 365 connector incoming webhooks ("https://<tenant>.webhook.office.com/webhookb2/...",
 * being retired) and Workflows' "When a Teams webhook request is received" trigger, whose URLs moved
 * from "https://prod-NN.<region>.logic.azure.com/workflows/..." to
 * "https://<id>.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/..."
 * (late 2025; both forms are in use while tenants migrate). Sources: Microsoft's "Create Incoming
 * Webhooks" (MicrosoftDocs/msteams-docs, webhooks-and-connectors/how-to/add-incoming-webhook.md, now
 * carrying the connectors' deprecation note); the hosts Workflows URLs use, as integrators document
 * them (Databricks DQX's Teams destination allows exactly logic.azure.com and
 * environment.api.powerplatform.com; swisscom/backman#102 shows the move between the two).
 */
const TEAMS_HOST_SUFFIXES = [".webhook.office.com", ".logic.azure.com", ".environment.api.powerplatform.com"];

/** Host names that only resolve inside a network (GCP's metadata.google.internal among them). */
const INTERNAL_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa", ".lan", ".corp"];

function describeChannel(channel: WebhookChannel): string {
  return channel === "slack" ? "The Slack URL" : channel === "teams" ? "The Teams URL" : "A webhook URL";
}

/**
 * Why `raw` may not be a channel's target, as a sentence an admin can act on, or null when it may.
 * Checks what the text alone says (scheme, host, literal addresses); the backend checks again at send
 * time with the addresses the host resolves to.
 */
export function checkWebhookUrl(
  raw: string,
  channel: WebhookChannel,
  policy: WebhookUrlPolicy = STRICT_WEBHOOK_POLICY,
): string | null {
  const what = describeChannel(channel);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `${what} is not a valid URL.`;
  }
  // WHATWG URL has already turned decimal, octal and hex IPv4 forms into dotted decimal here.
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  const bare = host.startsWith("[") ? host.slice(1, -1) : host;
  const loopback = host === "localhost" || (isIpLiteral(bare) && classifyIp(bare) === "loopback");
  if (policy.allowLoopback && loopback && (url.protocol === "http:" || url.protocol === "https:"))
    return null;
  if (url.protocol !== "https:") return `${what} must start with https:// (got ${url.protocol}//).`;
  if (url.username !== "" || url.password !== "")
    return `${what} must not carry a user name or password before the host.`;
  if (isIpLiteral(bare)) {
    const why = classifyIp(bare);
    if (why !== null)
      return `${what} points at ${bare}, ${/^[aeiou]/.test(why) ? "an" : "a"} ${why} address; Baton only sends to public internet hosts.`;
  } else if (
    host === "localhost" ||
    !host.includes(".") ||
    INTERNAL_SUFFIXES.some((suffix) => host.endsWith(suffix))
  ) {
    return `${what} points at ${host}, which is not a public internet host name.`;
  }
  if (channel === "slack" && !SLACK_HOSTS.includes(host))
    return `${what} must be a Slack incoming webhook on https://hooks.slack.com/ (got ${host}).`;
  if (channel === "teams" && !TEAMS_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix)))
    return (
      `${what} must be a Teams incoming webhook (*.webhook.office.com) or a Workflows webhook ` +
      `(*.environment.api.powerplatform.com or *.logic.azure.com); got ${host}.`
    );
  if (channel !== "webhook" && url.port !== "")
    return `${what} must use the default https port (remove ":${url.port}").`;
  return null;
}
