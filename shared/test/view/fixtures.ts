import type { Conversation } from "../../src/conversation/types";
import type { ClockState } from "../../src/sla/types";
import type { MemberInfo } from "../../src/view/member-names";

export const ZONE = "Europe/Amsterdam";
const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** Amsterdam wall time in March 2025 before the DST change (UTC+1): local hh:mm on the given day. */
export function ams(day: number, hh: number, mm = 0, ss = 0): number {
  return Date.UTC(2025, 2, day, hh - 1, mm, ss);
}
/** Monday 10 March 2025 is a Monday. */
export const MON = 10;
export const TUE = 11;

export const members: MemberInfo[] = [
  { email: "ana@demo.baton.test", name: "Ana", role: "agent" },
  { email: "ben@demo.baton.test", name: "Ben", role: "agent" },
  { email: "lead@demo.baton.test", name: "Lee", role: "lead" },
  { email: "admin@demo.baton.test", name: "Ada", role: "admin" },
  { email: "viewer@demo.baton.test", name: "Vic", role: "viewer" },
];

export function conversation(patch: Partial<Conversation> = {}): Conversation {
  return {
    key: "c_0123456789abcdef",
    mailbox: "support@demo.baton.test",
    subject: "Refund for order 4411",
    status: "open",
    priority: "normal",
    assignee: null,
    assignedAt: null,
    tags: ["billing"],
    notes: [],
    createdAt: ams(MON, 9),
    lastInboundAt: ams(MON, 9),
    lastOutboundAt: null,
    lastReplyBy: null,
    snoozedUntil: null,
    messageCount: 1,
    recentRequestIds: [],
    updatedAt: ams(MON, 9),
    ...patch,
  };
}

/** A running first-response clock with an hour target started Monday 09:00, by default. */
export function clock(patch: Partial<ClockState> = {}): ClockState {
  return {
    kind: "first_response",
    cycle: 1,
    state: "running",
    warning: false,
    startedBy: "<m1@customer.test>",
    startedAt: ams(MON, 9),
    stoppedAt: null,
    targetMs: HOUR,
    usedMs: 0,
    leftMs: HOUR,
    dueAt: ams(MON, 10),
    warnAt: ams(MON, 9, 45),
    pausedReason: null,
    resumesAt: null,
    closesAt: null,
    timeline: [],
    ...patch,
  };
}
