import type { Conversation, ConversationEvent } from "@baton/shared";

/** One member to tell about one note: the note's event id is the notice's idempotency key. */
export interface MentionNotice {
  eventId: string;
  noteId: string;
  member: string;
  author: string;
  at: number;
}

/**
 * Who each note event newly mentions: everyone on a new note, and on an edit only those the note did
 * not mention before (an edit that fixes a typo must not notify the same people again). The author
 * is never told about their own mention. Pure: `before` is the conversation the events were decided on.
 */
export function newMentions(before: Conversation, events: readonly ConversationEvent[]): MentionNotice[] {
  const previous = new Map(before.notes.map((n) => [n.id, new Set(n.mentions.map((m) => m.toLowerCase()))]));
  const out: MentionNotice[] = [];
  for (const event of events) {
    if (event.type !== "note_added" && event.type !== "note_edited") continue;
    const had = event.type === "note_edited" ? (previous.get(event.noteId) ?? new Set<string>()) : new Set();
    const author = event.actor.toLowerCase();
    for (const raw of event.mentions) {
      const member = raw.toLowerCase();
      if (had.has(member) || member === author) continue;
      out.push({ eventId: event.id, noteId: event.noteId, member, author, at: event.at });
    }
    previous.set(event.noteId, new Set(event.mentions.map((m) => m.toLowerCase())));
  }
  return out;
}
