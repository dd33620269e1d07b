import type { Conversation } from "../conversation/types";
import type { Translator } from "../i18n/translator";
import type { Role } from "../permissions";
import type { SlaState } from "../sla/types";
import { sidebarButtons } from "./buttons";
import { clockView, nextDeadline } from "./clock-view";
import { csatLine, type CsatAnswer } from "./csat-line";
import { followUpLine } from "./followup-line";
import { englishTranslator } from "./english";
import { priorityLabel, statusLabel } from "./labels";
import { nameLookup, type MemberInfo } from "./member-names";
import { noteViews } from "./note-views";
import { ownerLine } from "./owner-line";
import { routingReasons } from "./routing-reasons";
import { activePresence, presenceLine, type PresenceInput } from "./presence-line";
import type { SidebarView } from "./types";
import type { TimeZones } from "./format-when";
import { isKnownZone } from "./zone-clock";

export interface SidebarInput {
  conversation: Conversation;
  sla: SlaState;
  me: { email: string; role: Role };
  nowMs: number;
  members: readonly MemberInfo[];
  presence: readonly PresenceInput[];
  /** The mailbox calendar's zone: every time of day in the view is written on its clock. */
  timeZone: string;
  /**
   * The reader's zone as their client reports it (browser `Intl.DateTimeFormat().resolvedOptions()
   * .timeZone`, Office's or Gmail's user time zone). Where its clock differs from the mailbox's, each
   * time is also written on it, labelled ("09:00 Amsterdam · 03:00 your time"). Absent, null or
   * unknown: the mailbox's clock alone.
   */
  readerZone?: string | null;
  /** How the mailbox's zone is named beside a time; default its city ("Amsterdam"). */
  mailboxLabel?: string;
  /** The customer's survey answer for the latest cycle (issue 17), when there is one. */
  csat?: CsatAnswer | null;
}

/**
 * Everything both sidebars show for one conversation at nowMs, as plain JSON, every sentence said by
 * `t` (the reader's language; English when absent).
 */
export function sidebarView(input: SidebarInput, t: Translator = englishTranslator()): SidebarView {
  const { conversation, sla, me, nowMs, timeZone } = input;
  const readerZone = isKnownZone(input.readerZone) ? input.readerZone : null;
  const zones: TimeZones = {
    mailboxZone: timeZone,
    readerZone,
    ...(input.mailboxLabel === undefined ? {} : { mailboxLabel: input.mailboxLabel }),
  };
  const nameOf = nameLookup(input.members);
  const owner = conversation.assignee?.toLowerCase() ?? null;
  const clocks = sla.clocks.map((clock) => clockView(clock, conversation.snoozedUntil, nowMs, zones, t));
  const presence = activePresence(input.presence, me.email, nowMs, nameOf);
  return {
    key: conversation.key,
    subject: conversation.subject,
    mailbox: conversation.mailbox,
    timeZone,
    readerZone,
    zones,
    asOf: nowMs,
    ownerLine: ownerLine(conversation, me.email, nameOf, nowMs, zones, t),
    ownerEmail: owner,
    ownerSince: owner === null ? null : conversation.assignedAt,
    ownerName: owner === null ? null : nameOf(owner),
    ownedByMe: owner !== null && owner === me.email.toLowerCase(),
    status: conversation.status,
    statusLabel: statusLabel(conversation.status, t),
    snoozedUntil: conversation.snoozedUntil,
    priority: conversation.priority,
    priorityLabel: priorityLabel(conversation.priority, t),
    tags: [...conversation.tags],
    reasons: routingReasons(conversation, displayNames(input.members), t),
    buttons: sidebarButtons(conversation, me, input.members, t),
    presenceLine: presenceLine(presence, t),
    presence,
    clocks,
    nextDeadline: nextDeadline(clocks),
    notes: noteViews(conversation.notes, me, nameOf, nowMs, zones, t),
    csatLine: csatLine(input.csat, t),
    followUp: followUpLine(conversation, nowMs, zones, t),
  };
}

/** Display names by lower-cased address, for the routing sentences (an unnamed member: their address). */
function displayNames(members: readonly MemberInfo[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of members) if (m.name.trim() !== "") names.set(m.email.toLowerCase(), m.name.trim());
  return names;
}
