import type { ClockKind, Priority, Status } from "../conversation/types";
import type { ClockRunState, PauseReason } from "../sla/types";

/**
 * What both sidebars render, and nothing else: plain JSON (no functions, no Dates), so the backend
 * can send it in a response and the Gmail add-on can build cards from it without any domain logic.
 */

export const CLOCK_TONES = ["neutral", "ok", "warning", "breached", "paused", "met"] as const;
/** The colour family of a clock: ok = green/default, warning = amber, breached = red. */
export type ClockTone = (typeof CLOCK_TONES)[number];

export interface ClockView {
  kind: ClockKind;
  /** "First reply", "Next reply", "Resolution". */
  label: string;
  cycle: number;
  state: ClockRunState;
  tone: ClockTone;
  dueAt: number | null;
  warnAt: number | null;
  /** Business time left at `asOf` (negative once breached). */
  leftMs: number;
  usedMs: number;
  targetMs: number;
  stoppedAt: number | null;
  pausedReason: PauseReason | null;
  resumesAt: number | null;
  /**
   * ClockState's: where the current open stretch ends, if before dueAt. Optional so a view from a
   * backend that predates it (or a hand-made fixture) still types and ticks, only less exactly.
   */
  closesAt?: number | null;
  /** The conversation's snooze end, copied here so the text needs nothing but the clock. */
  snoozedUntil: number | null;
  /** The instant the SLA state was computed for; the ticking text counts from it. */
  asOf: number;
  /** Minute-precision text at `asOf`: "Reply by 14:30 — 42 min left". */
  text: string;
  /** For surfaces that cannot tick (Gmail cards): the same as `text`, "Reply by 14:30 — 42 min left". */
  deadlineText: string;
}

export interface NoteView {
  id: string;
  author: string;
  authorName: string;
  body: string;
  mentions: string[];
  mentionNames: string[];
  createdAt: number;
  editedAt: number | null;
  /** "just now", "5 min ago", "3 h ago", "Tue 09:00", "12 Mar 09:00". */
  when: string;
  editable: boolean;
  deletable: boolean;
}

export interface PresenceView {
  email: string;
  name: string;
  state: "viewing" | "replying";
  at: number;
}

export interface StatusOption {
  value: Status;
  label: string;
  current: boolean;
  /** Choosing it needs a date: the snooze end. */
  needsUntil: boolean;
}

export interface PriorityOption {
  value: Priority;
  label: string;
  current: boolean;
}

export interface AssigneeOption {
  email: string;
  name: string;
}

/** Buttons the current member may use now; an empty option list means "do not show the control". */
export interface SidebarButtons {
  claim: boolean;
  release: boolean;
  assign: boolean;
  /** Members who can hold a conversation, minus its current owner, by name. */
  assignees: AssigneeOption[];
  status: StatusOption[];
  priority: PriorityOption[];
  tag: boolean;
  note: boolean;
}

export interface SidebarView {
  key: string;
  subject: string;
  mailbox: string;
  /** The mailbox's zone: every time of day in this view is written on its clock. */
  timeZone: string;
  /**
   * The reader's zone the view was written for, when known; null: the mailbox's clock alone.
   * Optional (as `zones`) so a view from an older backend, or a hand-made fixture, still types.
   */
  readerZone?: string | null;
  /** What to pass as the zone when re-rendering a text (countdownText, formatWhen) from this view. */
  zones?: { mailboxZone: string; readerZone?: string | null; mailboxLabel?: string };
  asOf: number;
  /** "Unclaimed", "You, since 10:42", "Ana, since Mon 10:42". */
  ownerLine: string;
  ownerEmail: string | null;
  /**
   * Since when the owner holds it (null: unclaimed or unknown), so a surface that writes for another
   * reader than the server did (a Gmail card) can word the owner line on that reader's clock.
   * Optional so a view from an older backend still types.
   */
  ownerSince?: number | null;
  /** The owner as the team knows them ("Ana"), for sentences that name the owner; null: unclaimed. */
  ownerName: string | null;
  ownedByMe: boolean;
  status: Status;
  statusLabel: string;
  snoozedUntil: number | null;
  priority: Priority;
  priorityLabel: string;
  tags: string[];
  /**
   * Why routing gave it its owner, mailbox, priority, status or tags, one sentence each ("Assigned
   * to Ana by round-robin (Ben away)", "Tagged billing by rule 'Invoices'"); empty when routing
   * decided nothing still in force. Optional so a view from an older backend still types.
   */
  reasons?: string[];
  buttons: SidebarButtons;
  /** "Ana is viewing", "Ben is replying · Ana is viewing"; null when nobody else is here. */
  presenceLine: string | null;
  presence: PresenceView[];
  clocks: ClockView[];
  /** Earliest dueAt among clocks that breach unless someone acts; null if none. */
  nextDeadline: number | null;
  notes: NoteView[];
  /**
   * "Customer rated 4/5: “Quick, thanks”" when the customer answered the latest cycle's survey
   * (issue 17); null otherwise. Optional so a view from an older backend still types.
   */
  csatLine?: string | null;
  /**
   * followUpLine's sentence (issue 17): "Follow-up due", "Snooze ended" or "Reminder Tue 09:00 if no
   * reply"; null when none is set. Both sidebars show this one sentence. Optional so a view from an
   * older backend still types.
   */
  followUp?: string | null;
}
