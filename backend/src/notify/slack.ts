import type { Translator } from "@baton/shared/i18n";
import { ENGLISH } from "./language";
import { details, headline } from "./message";
import type { SlaNotice } from "./types";

/** Slack's mrkdwn treats &, < and > as control characters. */
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * An incoming-webhook message: `text` is the notification fallback, `blocks` what the channel shows
 * (Block Kit section with mrkdwn, as Slack's incoming webhook docs describe), in the team's language.
 */
export function slackPayload(notice: SlaNotice, t: Translator = ENGLISH): Record<string, unknown> {
  const title = headline(notice, t);
  return {
    text: title,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${escapeMrkdwn(title)}*` } },
      {
        type: "context",
        elements: details(notice, t).map((line) => ({ type: "mrkdwn", text: escapeMrkdwn(line) })),
      },
    ],
  };
}
