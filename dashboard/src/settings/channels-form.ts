/**
 * A mailbox's notification channels as a form, and back to PUT /mailboxes/{id}/channels. URLs and
 * secrets are write-only (the API shows only the host), so an empty URL of a channel already set
 * keeps the stored one (`{}`), and an empty secret keeps the stored secret.
 */
import {
  describeIssue,
  formatPath,
  putChannelsRequestSchema,
  type ChannelsView,
  type PutChannelsRequest,
} from "@baton/shared";

export interface ChatChannelForm {
  /** The stored URL's host, or null when the channel is not set. */
  host: string | null;
  url: string;
  remove: boolean;
}

export interface WebhookForm {
  id: string;
  /** The stored URL's host for a webhook already saved, null for a new one. */
  host: string | null;
  hasSecret: boolean;
  url: string;
  secret: string;
}

export interface ChannelsForm {
  slack: ChatChannelForm;
  teams: ChatChannelForm;
  webhooks: WebhookForm[];
}

export type ChannelsResult =
  { ok: true; request: PutChannelsRequest } | { ok: false; errors: Record<string, string> };

export function toChannelsForm(view: ChannelsView): ChannelsForm {
  const chat = (c: { host: string } | null): ChatChannelForm => ({
    host: c?.host ?? null,
    url: "",
    remove: false,
  });
  return {
    slack: chat(view.slack),
    teams: chat(view.teams),
    webhooks: view.webhooks.map((w) => ({
      id: w.id,
      host: w.host,
      hasSecret: w.hasSecret,
      url: "",
      secret: "",
    })),
  };
}

export function newWebhook(): WebhookForm {
  return { id: "", host: null, hasSecret: false, url: "", secret: "" };
}

function chatRequest(channel: ChatChannelForm): { url?: string } | null {
  if (channel.remove) return null;
  const url = channel.url.trim();
  if (url !== "") return { url };
  return channel.host === null ? null : {};
}

export function readChannelsForm(form: ChannelsForm): ChannelsResult {
  const errors: Record<string, string> = {};
  const webhooks = form.webhooks.map((w, i) => {
    const url = w.url.trim();
    const secret = w.secret.trim();
    if (w.host === null && url === "") errors[`webhooks.${i}.url`] = "A new webhook needs its URL.";
    if (!w.hasSecret && secret === "")
      errors[`webhooks.${i}.secret`] =
        "A new webhook needs a secret (at least 16 characters) to sign its requests.";
    return { id: w.id.trim(), ...(url === "" ? {} : { url }), ...(secret === "" ? {} : { secret }) };
  });
  const request = { slack: chatRequest(form.slack), teams: chatRequest(form.teams), webhooks };
  const parsed = putChannelsRequestSchema.safeParse(request, { error: describeIssue });
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[formatPath(issue.path)] ??= issue.message;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request };
}

/** Every field the channels form renders, by request path. */
export function channelFields(webhooks: number): string[] {
  return [
    "slack.url",
    "teams.url",
    ...Array.from({ length: webhooks }, (_, i) =>
      ["id", "url", "secret"].map((f) => `webhooks.${i}.${f}`),
    ).flat(),
  ];
}
