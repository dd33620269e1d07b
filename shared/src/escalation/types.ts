import type { ClockKind } from "../conversation/types";
import type { Role } from "../permissions/roles";
import type { BusinessCalendar } from "../time";

/** What an SLA action records in the log: `sla_warned`, `sla_breached` or `sla_escalated`. */
export type SlaActionKind = "warned" | "breached" | "escalated";

/** When a rule fires: at the warning, at the breach, or once a breach has lasted `afterMinutes`. */
export type EscalationTrigger = "warned" | "breached" | "still_breached";

/** Who a rule notifies, resolved at the instant it fires. */
export type RecipientRef = "assignee" | "leads" | "on_call";

export const CHANNEL_KINDS = ["email", "slack", "teams", "webhook"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface EscalationRule {
  /** Stable id ("breach-oncall"): part of escalation event ids, so renaming one re-fires it. */
  id: string;
  trigger: EscalationTrigger;
  /** still_breached only: business minutes the clock must be overdue (strictly more, like a breach). */
  afterMinutes?: number;
  /** Whether the rule applies to conversations someone owns, nobody owns, or both (default). */
  when?: "assigned" | "unassigned" | "any";
  /** Clocks the rule watches; all when absent. */
  clocks?: ClockKind[];
  notify: RecipientRef[];
  /** Explicit members notified as well (e.g. a head of support). */
  members?: string[];
  channels: ChannelKind[];
  /** Urgent: a recipient outside their working hours is replaced by whoever is on call. */
  urgent?: boolean;
}

export interface EscalationPolicy {
  rules: EscalationRule[];
  /** The mailbox's leads; empty means every member whose role is "lead". */
  leads: string[];
}

/** Who holds the pager on one local date instead of the rotation (from that date's handover). */
export interface RotaOverride {
  date: string;
  member: string;
}

/**
 * A weekly rotation in the mailbox's zone: `members[0]` is on call for the seven days starting at
 * `handover` on `anchorDate`, `members[1]` for the next seven, and so on round the list.
 */
export interface OnCallRota {
  timeZone: string;
  members: string[];
  anchorDate: string;
  /** Local "HH:MM" at which one shift hands over to the next, every day (overrides last one day). */
  handover: string;
  overrides: RotaOverride[];
}

/** Who is on call at an instant, for how long, and why. */
export interface OnCallShift {
  member: string;
  from: number;
  to: number;
  source: "rotation" | "override";
}

/** A member as the planner needs them: the address to notify, the role, their own hours. */
export interface MemberContact {
  email: string;
  name: string;
  role: Role;
  /** The member's working hours; absent: the mailbox's calendar stands in. */
  workingHours?: BusinessCalendar;
}

/** What quiet hours decide for one recipient at one instant. */
export type NotifyDecision = "notify" | "quiet" | "on_call_instead";

/** A recipient who was not notified, and why (kept on the action so the log can explain it). */
export interface SkippedRecipient {
  email: string;
  reason: "quiet_hours" | "not_a_member" | "replaced_by_on_call";
  /** quiet_hours: when the member's next working hour starts, and their notice (held) goes out. */
  notBefore?: number;
}

/** One thing the SLA engine must do now: record an event, then notify. */
export interface SlaAction {
  /** Deterministic (`slaActionEventId`): the event's document id and the outbox's key. */
  eventId: string;
  kind: SlaActionKind;
  clock: ClockKind;
  cycle: number;
  /** The clock's due instant (the breach instant once breached). */
  dueAt: number;
  /** The escalation rule behind an "escalated" action. */
  level: string | null;
  recipients: string[];
  skipped: SkippedRecipient[];
  channels: ChannelKind[];
  /** The rules that contributed recipients or channels, for the explanation. */
  rules: string[];
}

/** The planner's answer: what to do now, and the next instant anything else becomes due. */
export interface SlaPlan {
  actions: SlaAction[];
  /** 1 ms after the earliest upcoming warning, breach or escalation; null when nothing is ahead. */
  nextCheckAt: number | null;
}
