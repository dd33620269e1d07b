import { details, headline } from "./message";
import type { SlaNotice } from "./types";

/**
 * A Microsoft Teams incoming-webhook message carrying an Adaptive Card — the shape Teams documents
 * for incoming webhooks and that Workflows ("Post to a channel when a webhook request is received")
 * accepts too, now that Office 365 connectors are being retired.
 */
export function teamsPayload(notice: SlaNotice): Record<string, unknown> {
  const colour = notice.kind === "warned" ? "warning" : "attention";
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: headline(notice), weight: "Bolder", color: colour, wrap: true },
            ...details(notice).map((line) => ({
              type: "TextBlock",
              text: line,
              wrap: true,
              spacing: "None",
            })),
          ],
        },
      },
    ],
  };
}
