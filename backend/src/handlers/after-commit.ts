import type { Conversation, ConversationEvent } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { surveyOnResolve } from "../csat/survey";
import { notifyMentions } from "../mentions/notify";
import { setupConfigFromEnv } from "../setup/config";
import type { ConversationState } from "../store/conversations";

/** Where links in notices point when the deploy did not say (BATON_HOSTING_ORIGIN). */
const NO_ORIGIN = "https://localhost";

/**
 * What a committed command tells people about (issue 17): mentions in new or edited notes, and the
 * customer's satisfaction survey on a resolve (csat/survey.ts). Runs
 * after the transaction, never inside it (a retried transaction would send twice); every send is
 * keyed by its event id, so a repeat sends nothing. Never throws: the change is already saved.
 */
export async function afterCommit(
  db: Firestore,
  org: string,
  state: ConversationState,
  before: Conversation,
  events: readonly ConversationEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const hostingOrigin = setupConfigFromEnv(process.env).hostingOrigin ?? NO_ORIGIN;
  await notifyMentions(
    db,
    {
      org,
      mailboxId: state.mailbox.id,
      conversation: state.conversation,
      aliases: state.aliases,
      hostingOrigin,
    },
    before,
    events,
  );
  await surveyOnResolve(
    db,
    { org, mailboxId: state.mailbox.id, conversation: state.conversation, hostingOrigin, nowMs: Date.now() },
    events,
  );
}
