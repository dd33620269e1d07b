import type { RoutedBy } from "../routing/types";
import type { RoutedReason } from "./routed";

/**
 * The conversation's vocabulary: statuses, priorities, events and the projected document.
 * Members are identified by their (lower-cased) email address everywhere in the domain, so the same
 * person is the same actor whether they came in through Gmail, Outlook or the dashboard.
 */

export const STATUSES = ["open", "pending", "snoozed", "resolved"] as const;
export type Status = (typeof STATUSES)[number];

export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CLOCK_KINDS = ["first_response", "next_response", "resolution"] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/** Who did something: a member's email, or "system" for the SLA sweeper and connectors. */
export type ActorId = string;
export const SYSTEM_ACTOR: ActorId = "system";

interface EventBase {
  /** Unique within the conversation; the backend uses it as the Firestore document id. */
  id: string;
  /** Epoch milliseconds. */
  at: number;
  actor: ActorId;
  /** The idempotency key of the command that produced this event, when there was one. */
  requestId?: string;
}

export type ConversationEventBody =
  // `history`: sent before the mailbox joined Baton, recorded but not timed (message-time.ts).
  // `automatic`: an out-of-office reply, a list, a bounce, our own auto-ack; likewise untimed (auto-mail.ts).
  | {
      type: "message_received";
      messageId: string;
      from: string;
      subject: string;
      sentAt: number;
      history?: true;
      automatic?: true;
    }
  | {
      type: "message_sent";
      messageId: string;
      from: string;
      subject: string;
      sentAt: number;
      history?: true;
      automatic?: true;
    }
  | { type: "claimed"; assignee: ActorId }
  | { type: "released"; previous: ActorId }
  // `routedBy`: the rule or strategy behind an event routing produced (actor "system"), for the "why".
  | { type: "assigned"; assignee: ActorId; previous: ActorId | null; routedBy?: RoutedBy }
  | { type: "status_changed"; from: Status; to: Status; snoozedUntil?: number; routedBy?: RoutedBy }
  | { type: "priority_changed"; from: Priority; to: Priority; routedBy?: RoutedBy }
  | { type: "tag_added"; tag: string; routedBy?: RoutedBy }
  // A rule sent the conversation to another mailbox's queue (`from`, `to`: mailbox ids).
  | { type: "mailbox_moved"; from: string; to: string; routedBy?: RoutedBy }
  // Routing found nobody to assign it to (routedBy.skipped says who and why); recorded only when
  // that set changes, and retired by the next assignment, claim or release (conversation/routed.ts).
  | { type: "routing_waited"; routedBy: RoutedBy }
  | { type: "tag_removed"; tag: string }
  // Note events record that a note was written, never its text: the log is append-only and readable
  // by every member, so a copy there would outlive the edit or delete that was meant to remove it.
  // The text lives only in the projection's `notes` (see `NoteTexts`); `length` is of that text.
  | { type: "note_added"; noteId: string; mentions: string[]; redactions: number; length: number }
  | { type: "note_edited"; noteId: string; mentions: string[]; redactions: number; length: number }
  | { type: "note_deleted"; noteId: string }
  | { type: "sla_warned"; clock: ClockKind; cycle: number; dueAt: number }
  | { type: "sla_breached"; clock: ClockKind; cycle: number; dueAt: number }
  | { type: "sla_escalated"; clock: ClockKind; cycle: number; notified: string[] }
  // Follow-ups (followup.ts): "remind me if no reply by dueAt"; cleared by a member or by the
  // customer's reply; due when dueAt (or a snooze's end) passes with the conversation back in the queue.
  | { type: "follow_up_set"; dueAt: number; by: ActorId }
  | { type: "follow_up_cleared"; reason: FollowUpClearReason }
  | { type: "follow_up_due"; dueAt: number; reason: FollowUpDueReason };

export type FollowUpClearReason = "cleared" | "customer_replied";
/** `no_reply`: a follow-up's time passed with no customer reply; `snooze`: a snooze ended. */
export type FollowUpDueReason = "no_reply" | "snooze";

/** A pending "remind me if no reply by": who set it and when it fires. */
export interface FollowUp {
  dueAt: number;
  by: ActorId;
}

/** The "follow-up due" marker: set when it fired, until someone acts on the conversation. */
export interface FollowUpDue {
  /** When it fired. */
  at: number;
  dueAt: number;
  reason: FollowUpDueReason;
}

export type ConversationEvent = EventBase & ConversationEventBody;
export type ConversationEventType = ConversationEvent["type"];

/**
 * The current text of notes, by note id: what a decision hands to the projection alongside its events
 * (the events themselves carry no text), and what `project` needs to rebuild the notes from a log.
 */
export type NoteTexts = Readonly<Record<string, string>>;

export interface Note {
  id: string;
  author: ActorId;
  body: string;
  mentions: string[];
  createdAt: number;
  editedAt: number | null;
}

/** The conversation document: a projection of its events (see `project.ts`). */
export interface Conversation {
  key: string;
  mailbox: string;
  subject: string;
  status: Status;
  priority: Priority;
  assignee: ActorId | null;
  /** When the current assignee took it (claim or assignment). */
  assignedAt: number | null;
  tags: string[];
  notes: Note[];
  createdAt: number;
  lastInboundAt: number | null;
  lastOutboundAt: number | null;
  /** Who last replied, and when: the Smart Alert and the "Ana replied 2 min ago" line read this. */
  lastReplyBy: ActorId | null;
  snoozedUntil: number | null;
  messageCount: number;
  /** Idempotency: the most recent request ids applied (bounded, newest last). */
  recentRequestIds: string[];
  updatedAt: number;
  /**
   * Normalised Message-IDs recorded here (bounded, newest last), so the same message reported by both
   * sidebars is counted once. Optional only so documents written before it existed still type-check.
   */
  messageIds?: string[];
  /** Ids of deleted notes: editing one is `invalid_transition`, not `not_found`. */
  deletedNoteIds?: string[];
  /**
   * Set once a person (not "system") claims, assigns or releases it: from then on their choice wins
   * and routing no longer assigns it (rules may still tag or prioritise). Absent: never set.
   */
  routingLocked?: boolean;
  /**
   * Routing's decisions still in force (routed.ts: one per owner, mailbox, priority, status and tag),
   * so the sidebars say why without reading the log. Absent: routing never decided anything here.
   */
  routed?: RoutedReason[];
  /** A pending follow-up (absent: none). */
  followUp?: FollowUp;
  /** The "follow-up due" marker (absent: none): the queue and both sidebars show it. */
  followUpDue?: FollowUpDue;
  /**
   * When the sweeper must look at it (absent: never): the follow-up's dueAt or, while snoozed, the
   * snooze's end, whichever is first. One field, so one single-field index finds what is due.
   */
  wakeAt?: number;
}
