/**
 * Sidebar views built the way the backend builds them: commands through shared's state machine
 * (decide), the conversation projected from the events, SLA clocks from slaState, and sidebarView on
 * top. Card tests render these, never hand-made views, so they break when the view model changes.
 */
import {
  decide,
  DEFAULT_SLA_POLICY,
  isDomainError,
  project,
  sidebarView,
  slaState,
  type Actor,
  type BusinessCalendar,
  type ConversationCommand,
  type ConversationEvent,
  type MemberInfo,
  type PresenceInput,
  type SidebarView,
} from "@baton/shared";

export const ZONE = "Europe/Amsterdam";
const KEY = "c_0123456789abcdef";
const MAILBOX = "support@demo.baton.test";

/** Amsterdam wall time on Monday 10 March 2025 (UTC+1, before the DST change). */
export function mon(hh: number, mm = 0): number {
  return Date.UTC(2025, 2, 10, hh - 1, mm);
}

export const CALENDAR: BusinessCalendar = {
  timeZone: ZONE,
  weekly: {
    mon: [["09:00", "17:00"]],
    tue: [["09:00", "17:00"]],
    wed: [["09:00", "17:00"]],
    thu: [["09:00", "17:00"]],
    fri: [["09:00", "17:00"]],
  },
};

export const MEMBERS: MemberInfo[] = [
  { email: "ana@demo.baton.test", name: "Ana", role: "agent" },
  { email: "ben@demo.baton.test", name: "Ben", role: "agent" },
  { email: "lead@demo.baton.test", name: "Lee", role: "lead" },
];

export const ANA: Actor = { email: "ana@demo.baton.test", role: "agent" };
export const BEN: Actor = { email: "ben@demo.baton.test", role: "agent" };
export const LEAD: Actor = { email: "lead@demo.baton.test", role: "lead" };
const CUSTOMER: Actor = { email: "system", role: "admin" };

/** A command without its request id (the scenario numbers them), distributed over the union. */
type CommandBody = ConversationCommand extends infer C
  ? C extends ConversationCommand
    ? Omit<C, "requestId">
    : never
  : never;
type Step = { at: number; actor: Actor; command: CommandBody };

/**
 * Runs the steps through decide/project, failing loudly if the domain refuses one. Note texts travel
 * beside the events (the log holds none), as the backend keeps them in the projection.
 */
function eventsOf(steps: Step[]): { events: ConversationEvent[]; noteTexts: Record<string, string> } {
  const events: ConversationEvent[] = [];
  const noteTexts: Record<string, string> = {};
  let counter = 0;
  steps.forEach((step, index) => {
    const state = events.length === 0 ? null : project(KEY, MAILBOX, events, noteTexts);
    const command = { ...step.command, requestId: `req-${index}` };
    const decision = decide(state, command, step.actor, step.at, () => `e${++counter}`, {
      members: MEMBERS.map((m) => m.email),
    });
    if (isDomainError(decision)) throw new Error(`step ${index} refused: ${decision.message}`);
    events.push(...decision.events);
    Object.assign(noteTexts, decision.noteTexts);
  });
  return { events, noteTexts };
}

const received: Step = {
  at: mon(9),
  actor: CUSTOMER,
  command: {
    type: "record_message",
    messageId: "<m1@customer.test>",
    direction: "inbound",
    from: "carla@customer.test",
    subject: "Refund for order #1042 <urgent>",
    sentAt: mon(9),
  },
};

function viewOf(steps: Step[], nowMs: number, me: Actor, presence: PresenceInput[] = []): SidebarView {
  const { events, noteTexts } = eventsOf([received, ...steps]);
  const conversation = project(KEY, MAILBOX, events, noteTexts);
  return sidebarView({
    conversation,
    sla: slaState(events, DEFAULT_SLA_POLICY, CALENDAR, nowMs),
    me,
    nowMs,
    members: MEMBERS,
    presence,
    timeZone: ZONE,
  });
}

const setHigh: Step = { at: mon(9, 1), actor: ANA, command: { type: "set_priority", priority: "high" } };

/** The states the card snapshots pin, each as a member sees it. */
export const SCENARIOS = {
  unclaimed: () => viewOf([setHigh], mon(9, 18), ANA),
  mine: () =>
    viewOf(
      [
        setHigh,
        { at: mon(9, 5), actor: ANA, command: { type: "claim" } },
        { at: mon(9, 6), actor: ANA, command: { type: "tag", add: ["billing", "refund"], remove: [] } },
        {
          at: mon(9, 7),
          actor: ANA,
          command: {
            type: "add_note",
            body: "Order paid twice <see Stripe> & refund due. @ben@demo.baton.test FYI",
          },
        },
      ],
      mon(9, 40),
      ANA,
    ),
  someoneElses: () =>
    viewOf([setHigh, { at: mon(9, 5), actor: BEN, command: { type: "claim" } }], mon(9, 20), ANA, [
      { email: BEN.email, state: "replying", at: mon(9, 19) + 50_000 },
    ]),
  paused: () =>
    viewOf(
      [
        { at: mon(9, 5), actor: ANA, command: { type: "claim" } },
        { at: mon(9, 30), actor: ANA, command: { type: "set_status", status: "pending" } },
      ],
      mon(11),
      ANA,
    ),
  /** Seen by the team lead, who may reassign it. */
  breached: () =>
    viewOf([setHigh, { at: mon(9, 5), actor: BEN, command: { type: "claim" } }], mon(10, 25), LEAD),
} satisfies Record<string, () => SidebarView>;
