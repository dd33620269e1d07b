/**
 * PROVISIONAL: the shape of @baton/shared's SidebarView as announced (owner line, allowed buttons,
 * clocks with tone/dueAt/text, notes, presence) until shared/src/view lands; then this file becomes a
 * re-export and the card builders are adjusted to the real fields.
 */
import type { ClockKind, Priority, Status } from "@baton/shared";

export type ViewTone = "ok" | "warning" | "danger" | "muted";

export interface SidebarClockView {
  kind: ClockKind;
  label: string;
  state: "running" | "paused" | "met" | "breached";
  tone: ViewTone;
  dueAt: number | null;
  text: string;
}

export interface SidebarView {
  conversationKey: string;
  subject: string;
  mailbox: string;
  status: Status;
  priority: Priority;
  tags: string[];
  owner: { email: string | null; name: string | null; isMe: boolean; line: string };
  actions: {
    claim: boolean;
    release: boolean;
    assign: boolean;
    setStatus: boolean;
    setPriority: boolean;
    tag: boolean;
    note: boolean;
  };
  clocks: SidebarClockView[];
  notes: Array<{ id: string; authorName: string; body: string; createdAt: number; line: string }>;
  presence: Array<{ email: string; name: string; activity: "viewing" | "replying"; line: string }>;
  members: Array<{ email: string; name: string }>;
}

/** "Reply by 14:30 — 42 min left": Gmail cards cannot tick, so a clock shows its deadline as a time. */
export function gmailDeadlineText(clock: SidebarClockView, _nowMs: number, _timeZone: string): string {
  return clock.text;
}

/** PROVISIONAL: one row of GET /queue (ordered by next deadline), until shared/src/api lands. */
export interface QueueEntry {
  key: string;
  subject: string;
  mailbox: string;
  assignee: string | null;
  priority: Priority;
  status: Status;
  nextClock: SidebarClockView | null;
}
