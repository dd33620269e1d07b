import { applyEvents } from "./apply-event";
import { emptyConversation } from "./empty-conversation";
import type { Conversation, ConversationEvent, NoteTexts } from "./types";

/**
 * The conversation document from its whole event log (in log order). The subject comes from the
 * first message; the creation time is the first event's. The log holds no note text (an edit or a
 * delete must really remove it), so the notes' current bodies come from `noteTexts`; without them the
 * notes are rebuilt with empty bodies.
 */
export function project(
  key: string,
  mailbox: string,
  events: readonly ConversationEvent[],
  noteTexts?: NoteTexts,
): Conversation {
  return applyEvents(emptyConversation(key, mailbox, "", events[0]?.at ?? 0), events, noteTexts);
}
