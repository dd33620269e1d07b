import { ACTIONS } from "./actions";
import type { Card } from "./model";

export const NOT_TEAM_CARD_NAME = "baton-not-team";

/**
 * The card for a thread that involves none of the team's Baton mailboxes: Baton sent nothing about
 * it. Refresh asks again (a mailbox just added by an admin is picked up then).
 */
export function buildNotTeamCard(): Card {
  return {
    name: NOT_TEAM_CARD_NAME,
    header: { title: "Not a team thread" },
    sections: [
      {
        widgets: [
          {
            kind: "textParagraph",
            text: "None of your team's Baton mailboxes is on this thread, so Baton keeps nothing about it and sent nothing.",
            tone: "muted",
          },
          {
            kind: "buttonList",
            buttons: [
              {
                text: "Refresh",
                action: { functionName: ACTIONS.refresh, parameters: { card: "contextual" } },
              },
            ],
          },
        ],
      },
    ],
  };
}
