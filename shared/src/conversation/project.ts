import { applyEvent } from "./apply-event";
import { emptyConversation } from "./empty-conversation";
import type { Conversation, ConversationEvent } from "./types";

/**
 * The conversation document from its whole event log (in log order). The subject comes from the
 * first message; the creation time is the first event's.
 */
export function project(key: string, mailbox: string, events: readonly ConversationEvent[]): Conversation {
  return events.reduce(applyEvent, emptyConversation(key, mailbox, "", events[0]?.at ?? 0));
}
