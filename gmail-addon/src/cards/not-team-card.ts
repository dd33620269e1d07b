import type { Translator } from "@baton/shared/i18n";
import { ACTIONS } from "./actions";
import type { Card } from "./model";

export const NOT_TEAM_CARD_NAME = "baton-not-team";

/**
 * The card for a thread that involves none of the team's Baton mailboxes: Baton sent nothing about
 * it. Refresh asks again (a mailbox just added by an admin is picked up then).
 */
export function buildNotTeamCard(tr: Translator): Card {
  return {
    name: NOT_TEAM_CARD_NAME,
    header: { title: tr.t("gmail.notTeamTitle") },
    sections: [
      {
        widgets: [
          {
            kind: "textParagraph",
            text: tr.t("gmail.notTeamText"),
            tone: "muted",
          },
          {
            kind: "buttonList",
            buttons: [
              {
                text: tr.t("gmail.refresh"),
                filled: true,
                action: { functionName: ACTIONS.refresh, parameters: { card: "contextual" } },
              },
            ],
          },
        ],
      },
    ],
  };
}
