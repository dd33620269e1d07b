/** Members, a rota and assignment events for the escalation tests (times via ../sla fixtures). */
import type { ConversationEvent } from "../../src/conversation/types";
import { AMS } from "../sla/fixtures";
import type { BusinessCalendar } from "../../src/time";
import type { MemberContact, OnCallRota } from "../../src/escalation/types";

export const ANA = "ana@team.example";
export const BEN = "ben@team.example";
export const LENA = "lena@team.example";
export const OLGA = "olga@team.example";
export const OTTO = "otto@team.example";

/** Ana works mornings only (09:00–13:00 weekdays, Amsterdam). */
export const MORNINGS: BusinessCalendar = {
  timeZone: AMS.timeZone,
  weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "13:00"]]])),
};

export const MEMBERS: MemberContact[] = [
  { email: ANA, name: "Ana", role: "agent" },
  { email: BEN, name: "Ben", role: "agent" },
  { email: LENA, name: "Lena", role: "lead" },
  { email: OLGA, name: "Olga", role: "agent" },
  { email: OTTO, name: "Otto", role: "agent" },
];

/** Olga holds the pager from Mon 2026-03-23 09:00 for a week, then Otto, then Olga again. */
export const ROTA: OnCallRota = {
  timeZone: AMS.timeZone,
  members: [OLGA, OTTO],
  anchorDate: "2026-03-23",
  handover: "09:00",
  overrides: [],
};

let counter = 0;

export function claimed(at: number, assignee: string): ConversationEvent {
  counter += 1;
  return { id: `claim-${counter}`, at, actor: assignee, type: "claimed", assignee };
}

export function assigned(at: number, assignee: string, previous: string | null): ConversationEvent {
  counter += 1;
  return { id: `assign-${counter}`, at, actor: LENA, type: "assigned", assignee, previous };
}
