import type { Conversation } from "./types";

/** A conversation before any event: open, normal priority, nobody on it. */
export function emptyConversation(
  key: string,
  mailbox: string,
  subject: string,
  nowMs: number,
): Conversation {
  return {
    key,
    mailbox,
    subject,
    status: "open",
    priority: "normal",
    assignee: null,
    assignedAt: null,
    tags: [],
    notes: [],
    createdAt: nowMs,
    lastInboundAt: null,
    lastOutboundAt: null,
    lastReplyBy: null,
    snoozedUntil: null,
    messageCount: 0,
    recentRequestIds: [],
    updatedAt: nowMs,
    messageIds: [],
    deletedNoteIds: [],
  };
}
