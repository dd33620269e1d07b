import {
  sidebarView,
  slaState,
  type Conversation,
  type ConversationResponse,
  type PresenceEntry,
} from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import type { LoadedConversation } from "../store/conversations";
import { teamOf } from "../store/directory";
import { listPresence } from "../store/presence";

/** The projection as the API returns it: bookkeeping lists that only the backend needs are left out. */
export function publicConversation(conversation: Conversation): Conversation {
  const { messageIds: _messageIds, deletedNoteIds: _deletedNoteIds, ...rest } = conversation;
  return rest;
}

/**
 * `{conversation, sla, view}` for one member at one instant (`presenceRead`: presence already being
 * read, e.g. started alongside a transaction): the SLA state is recomputed from the log
 * at `nowMs` (clocks move while nothing is written), and the view adds who else is here.
 */
export async function renderConversation(
  db: Firestore,
  principal: Principal,
  loaded: LoadedConversation,
  nowMs: number,
  presenceRead?: Promise<PresenceEntry[]>,
): Promise<ConversationResponse> {
  const { conversation, events, mailbox } = loaded;
  const [members, presence] = await Promise.all([
    teamOf(db, principal.org),
    presenceRead ?? listPresence(db, principal.org, conversation.key, nowMs),
  ]);
  const sla = slaState(events, mailbox.policy, mailbox.calendar, nowMs);
  const view = sidebarView({
    conversation,
    sla,
    me: { email: principal.email, role: principal.role },
    nowMs,
    members,
    presence,
    timeZone: mailbox.calendar.timeZone,
  });
  return { conversation: publicConversation(conversation), sla, view };
}
