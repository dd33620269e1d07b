import { ACTIONS, type CardKind } from "./actions";
import type { Card } from "./model";

export const ERROR_CARD_NAME = "baton-error";

/** Why a card could not be built, as the add-on saw it (HTTP status + the API's error code). */
export interface CardFailure {
  /** The API's `error.code`, or "unreachable" when the backend could not be reached at all. */
  code: string;
  message?: string;
}

/** Sentences a reader can act on; the API's own message is added when it says more. */
function sentenceFor(failure: CardFailure): string {
  switch (failure.code) {
    case "unreachable":
      return "Baton's server cannot be reached right now. Check your connection and retry in a minute.";
    case "unauthenticated":
      return "Baton could not confirm who you are. Reopen the add-on and allow access when asked.";
    case "not_member":
      return "You are not a member of this team in Baton. Ask your Baton admin to add you.";
    case "forbidden":
      return "Your role does not allow this. Ask a team lead to do it or to change your role.";
    case "not_found":
      return "Baton does not know this conversation or mailbox. It may belong to a mailbox Baton does not manage.";
    case "rate_limited":
      return "Too many requests just now. Wait a few seconds and retry.";
    default:
      return (
        failure.message ?? "Something went wrong in Baton. Retry, and tell your admin if it keeps happening."
      );
  }
}

export function buildErrorCard(failure: CardFailure, retry: { kind: CardKind; key?: string }): Card {
  const parameters: Record<string, string> = { card: retry.kind };
  if (retry.key !== undefined) parameters["key"] = retry.key;
  return {
    name: ERROR_CARD_NAME,
    header: { title: "Baton" },
    sections: [
      {
        widgets: [
          { kind: "textParagraph", text: sentenceFor(failure), tone: "danger" },
          {
            kind: "buttonList",
            buttons: [{ text: "Retry", action: { functionName: ACTIONS.refresh, parameters }, filled: true }],
          },
        ],
      },
    ],
  };
}
