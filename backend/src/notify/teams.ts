import type { Translator } from "@baton/shared/i18n";
import { ENGLISH } from "./language";
import { details, headline } from "./message";
import type { SlaNotice } from "./types";

/**
 * A Microsoft Teams incoming-webhook message carrying an Adaptive Card — the shape Teams documents
 * for incoming webhooks and that Workflows ("Post to a channel when a webhook request is received")
 * accepts too, now that Office 365 connectors are being retired.
 */
export function teamsPayload(notice: SlaNotice, t: Translator = ENGLISH): Record<string, unknown> {
  const colour = notice.kind === "warned" ? "warning" : "attention";
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard", // i18n-exempt: the card schema's names, not words
          version: "1.4",
          body: [
            {
              type: "TextBlock", // i18n-exempt
              text: headline(notice, t),
              weight: "Bolder", // i18n-exempt
              color: colour,
              wrap: true,
            },
            ...details(notice, t).map((line) => ({
              type: "TextBlock", // i18n-exempt
              text: line,
              wrap: true,
              spacing: "None", // i18n-exempt
            })),
          ],
        },
      },
    ],
  };
}
