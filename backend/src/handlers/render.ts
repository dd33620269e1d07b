import {
  sidebarView,
  slaFoldOf,
  slaStateOfFold,
  type Conversation,
  type ConversationResponse,
  type PresenceEntry,
  type ConversationEvent,
} from "@baton/shared";
import { translatorFor } from "@baton/shared/i18n/all";
import type { Firestore } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import type { ConversationState } from "../store/conversations";
import { cycleOf, surveyRef } from "../csat/survey";
import { teamOf } from "../store/directory";
import { listPresence } from "../store/presence";

/** The projection as the API returns it: bookkeeping lists that only the backend needs are left out. */
export function publicConversation(conversation: Conversation): Conversation {
  const { messageIds: _messageIds, deletedNoteIds: _deletedNoteIds, ...rest } = conversation;
  return rest;
}

/**
 * `{conversation, sla, view}` for one member at one instant (`presenceRead`: presence already being
 * read, e.g. started alongside a transaction): the SLA state is computed from the stored fold at
 * `nowMs` (clocks move while nothing is written; the log is not read), and the view adds who else
 * is here.
 */
export async function renderConversation(
  db: Firestore,
  principal: Principal,
  loaded: ConversationState & { events?: readonly ConversationEvent[] },
  nowMs: number,
  presenceRead?: Promise<PresenceEntry[]>,
): Promise<ConversationResponse> {
  const { conversation, mailbox } = loaded;
  // Every append leaves a fold; only a document older than folds, read with its log, lacks one.
  const fold = loaded.fold ?? slaFoldOf(loaded.events ?? []);
  const [members, presence, csat] = await Promise.all([
    teamOf(db, principal.org),
    presenceRead ?? listPresence(db, principal.org, conversation.key, nowMs),
    // Only mailboxes that send surveys pay the one extra read (beside the others, no added wait).
    // A failed read costs the line, never the view.
    mailbox.csat?.enabled === true ? latestAnswer(db, principal.org, conversation).catch(() => null) : null,
  ]);
  const sla = slaStateOfFold(fold, mailbox.policy, mailbox.calendar, nowMs);
  const view = sidebarView(
    {
      conversation,
      sla,
      me: { email: principal.email, role: principal.role },
      nowMs,
      members,
      presence,
      timeZone: mailbox.calendar.timeZone,
      csat,
    },
    translatorFor(principal.languages ?? []),
  );
  return { conversation: publicConversation(conversation), sla, view };
}

/** The customer's answer to the latest cycle's survey (csat/{cycle}), or null: unanswered, none sent. */
async function latestAnswer(
  db: Firestore,
  org: string,
  conversation: Conversation,
): Promise<{ rating: number; comment?: string } | null> {
  const doc = await surveyRef(db, org, conversation.key, cycleOf(conversation)).get();
  const rating: unknown = doc.get("rating");
  const comment: unknown = doc.get("comment");
  if (typeof rating !== "number") return null;
  return typeof comment === "string" ? { rating, comment } : { rating };
}
