import type { Limit } from "./limit";
import { SECOND_MS } from "../time/units";

/**
 * What one conversation document holds. It is rewritten on every change and every open sidebar
 * listens to it, so each list on it is capped and backend/src/store/document-budget.test.ts fills
 * them all at once and proves the document stays far below Firestore's 1 MiB.
 */
export const CONVERSATION_LIMITS = {
  noteLength: {
    value: 10_000,
    unit: "characters",
    area: "Conversations and notes",
    what: "One note",
    why: "Ten of the longest notes fill a conversation's note budget; longer text belongs in the mail itself.",
    reached: "400 invalid_request: `body: must have at most 10000 characters`",
  },
  notesPerConversation: {
    value: 100,
    unit: "notes",
    area: "Conversations and notes",
    what: "Notes on one conversation",
    why: "Notes live on the conversation document (the log holds no note text), so their number is what the document can hold.",
    reached:
      "400 invalid_request: `This conversation holds 100 notes, the most it can; delete a note before adding another.` Nothing is written; deleting a note makes room.",
  },
  notesTotalLength: {
    value: 100_000,
    unit: "characters",
    area: "Conversations and notes",
    what: "All notes of one conversation together",
    why: "Ten notes of the longest kind, or a hundred of 1,000 characters, keep the document far below 1 MiB even in 3-byte characters.",
    reached:
      "400 invalid_request: `This conversation's notes can hold 100,000 characters in all, and N are left; shorten this note or delete another first.`",
  },
  mentionsPerNote: {
    value: 10,
    unit: "members",
    area: "Conversations and notes",
    what: "Members one note mentions",
    why: "Each mention is an email kept with the note and a notice to send.",
    reached: "400 invalid_request: `A note can mention at most 10 members; this one mentions N.`",
  },
  tagsPerConversation: {
    value: 20,
    unit: "tags",
    area: "Conversations and notes",
    what: "Tags on one conversation",
    why: "Tags are chips on a narrow sidebar and entries on the document; twenty is more than a team files by.",
    reached: "400 invalid_request: `A conversation can have at most 20 tags.`",
  },
  tagsPerRequest: {
    value: 20,
    unit: "items",
    area: "Conversations and notes",
    what: "Tags one POST /conversations/{key}/tags adds, and tags it removes",
    why: "No request needs more than a conversation can hold.",
    reached: "400 invalid_request: `add: must have at most 20 items` (or `remove: ...`)",
  },
  tagLength: {
    value: 32,
    unit: "characters",
    area: "Conversations and notes",
    what: "One tag",
    why: "A tag is a single word that fits a chip.",
    reached: "400 invalid_request: `add[0]: must have at most 32 characters`",
  },
  messageIdsKept: {
    value: 500,
    unit: "items",
    area: "Conversations and notes",
    what: "Message-IDs listed on one conversation document",
    why: "The list only tells readers which messages belong here; the `messages` index still knows every id.",
    reached: "Nothing visible: the oldest ids drop off the list and still resolve through the index.",
  },
  messageIdsTotalLength: {
    value: 30_000,
    unit: "characters",
    area: "Conversations and notes",
    what: "All Message-IDs listed on one conversation document together",
    why: "An id may be 998 characters, so 500 of them alone could pass 1 MiB; typical ids are under 100 characters, so 500 of those fit.",
    reached: "Nothing visible: the oldest ids drop off the list first and still resolve through the index.",
  },
  recentRequestIds: {
    value: 100,
    unit: "items",
    area: "Conversations and notes",
    what: "Recent command request ids kept on a conversation for idempotency",
    why: "A client retries within seconds; the newest hundred cover any retry while keeping the document small.",
    reached: "Nothing visible: a retry older than the last 100 commands would be applied again.",
  },
  deletedNoteIds: {
    value: 200,
    unit: "items",
    area: "Conversations and notes",
    what: "Ids of deleted notes remembered on a conversation",
    why: "So editing a just-deleted note answers that it was deleted; the oldest fall off.",
    reached:
      "404 not_found: `That note doesn't exist.` instead of 409 `That note was deleted.` for a note deleted longer ago.",
  },
  threadAliases: {
    value: 50,
    unit: "items",
    area: "Conversations and notes",
    what: "Platform thread ids listed on one conversation document",
    why: "Gmail gives each member's mailbox its own thread id for a shared thread, so a team of 50 is 50 legitimate ids.",
    reached:
      "Nothing visible: the oldest id drops off the list; its alias document stays and still resolves.",
  },
  storedStatusChanges: {
    value: 200,
    unit: "items",
    area: "Conversations and notes",
    what: "Status changes the stored SLA fold on a conversation keeps",
    why: "Toggling pending/open while a clock runs grows the fold without end; ~70 bytes each keeps it under 14 KB.",
    reached:
      "Nothing visible: past it the document stores no fold, the backend folds the log (exact) and listeners ask the API.",
  },
  presenceTtl: {
    value: 15 * SECOND_MS,
    unit: "ms",
    area: "Conversations and notes",
    what: "How long a presence heartbeat counts (`is viewing`)",
    why: "Three heartbeat intervals: two heartbeats may be lost, and someone who closed the tab or whose machine slept is gone within 15 s.",
    reached: "The pane and the card stop naming the member as viewing the conversation.",
  },
  presenceHeartbeat: {
    value: 5 * SECOND_MS,
    unit: "ms",
    area: "Conversations and notes",
    what: "How often an open pane or card says it is still there (POST /conversations/{key}/presence)",
    why: "Often enough that presence ends soon after someone leaves, rarely enough to cost one small write per viewer.",
    reached: "Nothing visible.",
  },
} satisfies Record<string, Limit>;
