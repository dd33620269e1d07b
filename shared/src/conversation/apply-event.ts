import {
  MAX_DELETED_NOTE_IDS,
  MAX_MESSAGE_IDS,
  MAX_MESSAGE_IDS_TOTAL_LENGTH,
  MAX_RECENT_REQUEST_IDS,
} from "./limits";
import { applyFollowUp } from "./followup";
import { nextRoutedReasons } from "./routed";
import { SYSTEM_ACTOR, type Conversation, type ConversationEvent, type NoteTexts } from "./types";

const NO_TEXTS: NoteTexts = {};

/**
 * The conversation after one event: pure, total, and the only place that knows how events change the
 * document, so the backend's incremental updates and a full `project` always agree. It trusts events
 * (decide validated them) and never refuses one. Note events carry no text: a note's body comes from
 * `noteTexts` (the decision's), and an edit without one keeps the body it had.
 */
export function applyEvent(
  state: Conversation,
  event: ConversationEvent,
  noteTexts: NoteTexts = NO_TEXTS,
): Conversation {
  // Follow-up fields (followup.ts) follow every event: a reply or a status clears the due marker.
  const next: Conversation = applyFollowUp(
    { ...changed(state, event, noteTexts), updatedAt: Math.max(state.updatedAt, event.at) },
    event,
  );
  const routed = nextRoutedReasons(state.routed, event);
  if (routed !== undefined) next.routed = routed;
  if (event.requestId !== undefined && !next.recentRequestIds.includes(event.requestId)) {
    next.recentRequestIds = [...next.recentRequestIds, event.requestId].slice(-MAX_RECENT_REQUEST_IDS);
  }
  return next;
}

/** The conversation after a decision's events, in order, with the note texts the decision carries. */
export function applyEvents(
  state: Conversation,
  events: readonly ConversationEvent[],
  noteTexts: NoteTexts = NO_TEXTS,
): Conversation {
  return events.reduce((s, e) => applyEvent(s, e, noteTexts), state);
}

function changed(s: Conversation, e: ConversationEvent, texts: NoteTexts): Conversation {
  switch (e.type) {
    case "message_received":
      // History (sent before the mailbox joined) is not what the customer is waiting on now, and
      // automatic mail (an out-of-office reply, a list) is nobody waiting at all.
      if (e.history === true || e.automatic === true) return recordMessage(s, e.messageId, e.subject);
      return {
        ...recordMessage(s, e.messageId, e.subject),
        lastInboundAt: Math.max(s.lastInboundAt ?? e.sentAt, e.sentAt),
      };
    case "message_sent":
      // An automatic reply (our auto-ack, a member's vacation responder) answered nobody.
      if (e.automatic === true) return recordMessage(s, e.messageId, e.subject);
      return {
        ...recordMessage(s, e.messageId, e.subject),
        lastOutboundAt: Math.max(s.lastOutboundAt ?? e.sentAt, e.sentAt),
        // The From of an outbound message is the shared mailbox; the member who sent it is the actor.
        lastReplyBy: e.actor === SYSTEM_ACTOR ? e.from.trim().toLowerCase() : e.actor,
      };
    case "claimed":
    case "assigned":
      return lockedByPerson({ ...s, assignee: e.assignee, assignedAt: e.at }, e.actor);
    case "released":
      return lockedByPerson({ ...s, assignee: null, assignedAt: null }, e.actor);
    case "mailbox_moved":
      return { ...s, mailbox: e.to };
    // Only a reason for the sidebars (kept in `routed` above): nothing else about it changes.
    case "routing_waited":
      return s;
    case "status_changed":
      return { ...s, status: e.to, snoozedUntil: e.to === "snoozed" ? (e.snoozedUntil ?? null) : null };
    case "priority_changed":
      return { ...s, priority: e.to };
    case "tag_added":
      return s.tags.includes(e.tag) ? s : { ...s, tags: [...s.tags, e.tag] };
    case "tag_removed":
      return { ...s, tags: s.tags.filter((t) => t !== e.tag) };
    case "note_added":
      return {
        ...s,
        notes: [
          ...s.notes,
          {
            id: e.noteId,
            author: e.actor,
            body: texts[e.noteId] ?? "",
            mentions: e.mentions,
            createdAt: e.at,
            editedAt: null,
          },
        ],
      };
    case "note_edited":
      return {
        ...s,
        notes: s.notes.map((n) =>
          n.id === e.noteId
            ? { ...n, body: texts[e.noteId] ?? n.body, mentions: e.mentions, editedAt: e.at }
            : n,
        ),
      };
    case "note_deleted":
      return {
        ...s,
        notes: s.notes.filter((n) => n.id !== e.noteId),
        deletedNoteIds: [...(s.deletedNoteIds ?? []), e.noteId].slice(-MAX_DELETED_NOTE_IDS),
      };
    case "sla_warned":
    case "sla_breached":
    case "sla_escalated":
      // SLA facts live in the log for the clocks and reports; the document has no field for them.
      return s;
    case "follow_up_set":
    case "follow_up_cleared":
    case "follow_up_due":
      // applyFollowUp (followup.ts) keeps the follow-up fields, after every event.
      return s;
  }
}

/** A person's claim, assignment or release wins over routing from then on (types.ts routingLocked). */
function lockedByPerson(s: Conversation, actor: string): Conversation {
  return actor === SYSTEM_ACTOR || s.routingLocked === true ? s : { ...s, routingLocked: true };
}

function recordMessage(s: Conversation, messageId: string, subject: string): Conversation {
  return {
    ...s,
    subject: s.subject === "" ? subject : s.subject,
    messageCount: s.messageCount + 1,
    messageIds: newestWithin([...(s.messageIds ?? []), messageId].slice(-MAX_MESSAGE_IDS)),
  };
}

/** The newest ids whose lengths add up to at most MAX_MESSAGE_IDS_TOTAL_LENGTH (limits.ts says why). */
function newestWithin(ids: string[]): string[] {
  let total = 0;
  for (let i = ids.length - 1; i >= 0; i--) {
    total += ids[i]?.length ?? 0;
    if (total > MAX_MESSAGE_IDS_TOTAL_LENGTH) return ids.slice(i + 1);
  }
  return ids;
}
