// planSlaActions over real clocks (slaHistory). Calendar AMS: Mon–Fri 09:00–17:00 Europe/Amsterdam,
// 2026-12-25 closed; DST 2026-03-29. Normal tier: first response 4h (warn at 75% = 3h).
// Default escalation: warning -> assignee (email); unassigned + warning -> on call; breach ->
// assignee + leads; overdue by more than 60 business minutes -> on call (urgent).
import type { ConversationEvent } from "../conversation/types";
import { DEFAULT_SLA_POLICY } from "../sla/policy";
import { slaHistory } from "../sla/sla-state";
import { AMS, MINUTE, ams, inbound, outbound } from "../../test/sla/fixtures";
import { slaActionEventId } from "./action-id";
import { planSlaActions, type PlanInput } from "./plan-actions";
import { DEFAULT_ESCALATION_POLICY } from "./policy";
import { ANA, LENA, MEMBERS, MORNINGS, OLGA, OTTO, ROTA, claimed } from "../../test/escalation/fixtures";
import type { SlaAction } from "./types";

const KEY = "c_test000001";

function plan(events: ConversationEvent[], nowMs: number, change: Partial<PlanInput> = {}) {
  const assignee = [...events].reverse().find((e) => e.type === "claimed");
  return planSlaActions({
    conversation: { key: KEY, assignee: assignee?.type === "claimed" ? assignee.assignee : null },
    clocks: slaHistory(events, DEFAULT_SLA_POLICY, AMS, nowMs),
    recorded: new Set(events.map((e) => e.id)),
    calendar: AMS,
    escalation: DEFAULT_ESCALATION_POLICY,
    rota: ROTA,
    fallbackOnCall: null,
    members: MEMBERS,
    nowMs,
    ...change,
  });
}

/** Pretend the actions were written to the log (their ids are all `recorded` looks at). */
function recorded(events: ConversationEvent[], ...actions: SlaAction[]): Set<string> {
  return new Set([...events.map((e) => e.id), ...actions.map((a) => a.eventId)]);
}

const only = <T>(items: readonly T[]): T => {
  expect(items).toHaveLength(1);
  return items[0] as T;
};

describe("planSlaActions: warnings", () => {
  // Mon 10:00 question, Ana claims 10:05. First response due 14:00, warns at 13:00.
  const events = [inbound(ams("2026-03-23 10:00")), claimed(ams("2026-03-23 10:05"), ANA)];

  it("plans nothing up to the warning instant and asks to look 1 ms after it", () => {
    const result = plan(events, ams("2026-03-23 13:00"));
    expect(result.actions).toEqual([]);
    expect(result.nextCheckAt).toBe(ams("2026-03-23 13:00") + 1);
  });

  it("warns the assignee once the threshold is passed, then waits for the breach", () => {
    const now = ams("2026-03-23 13:00") + 1;
    const result = plan(events, now);
    expect(only(result.actions)).toEqual({
      eventId: slaActionEventId(KEY, "first_response", 1, "warned"),
      kind: "warned",
      clock: "first_response",
      cycle: 1,
      dueAt: ams("2026-03-23 14:00"),
      level: null,
      recipients: [ANA],
      skipped: [],
      channels: ["email"],
      rules: ["warn-assignee"],
    });
    expect(result.nextCheckAt).toBe(ams("2026-03-23 14:00") + 1);
    // Recorded: planning again at the same instant plans nothing (the idempotency key is the id).
    expect(plan(events, now, { recorded: recorded(events, ...result.actions) }).actions).toEqual([]);
  });

  it("sends an unassigned warning to whoever is on call", () => {
    const unowned = events.slice(0, 1);
    const action = only(plan(unowned, ams("2026-03-23 13:00") + 1).actions);
    expect(action).toMatchObject({ kind: "warned", recipients: [OLGA], rules: ["warn-unassigned"] });
    expect(action.channels).toEqual(["email", "slack", "teams"]);
  });

  it("falls back to the mailbox's on-call address without a rota", () => {
    const unowned = events.slice(0, 1);
    const action = only(
      plan(unowned, ams("2026-03-23 13:00") + 1, { rota: null, fallbackOnCall: OTTO }).actions,
    );
    expect(action.recipients).toEqual([OTTO]);
  });
});

describe("planSlaActions: breach and escalation across the spring-forward weekend", () => {
  // Fri 2026-03-27 16:00 CET question, claimed by Ana. 4h: Fri 16:00–17:00 = 1h; weekend (DST
  // Sunday); Mon 09:00 CEST + 3h -> due Mon 2026-03-30 12:00 CEST (10:00 UTC); warns at 11:00.
  const events = [inbound(ams("2026-03-27 16:00")), claimed(ams("2026-03-27 16:01"), ANA)];
  const due = ams("2026-03-30 12:00");

  it("puts the due instant in local summer time", () => {
    expect(due).toBe(Date.UTC(2026, 2, 30, 10, 0));
    expect(plan(events, ams("2026-03-27 18:00")).nextCheckAt).toBe(ams("2026-03-30 11:00") + 1);
  });

  it("breaches 1 ms after the due instant: assignee and the mailbox's leads", () => {
    const result = plan(events, due + 1);
    const breach = result.actions.find((a) => a.kind === "breached");
    expect(breach).toMatchObject({ dueAt: due, recipients: [ANA, LENA], rules: ["breach"] });
    // The warning was never recorded (the sweeper was late): a breach supersedes it.
    expect(result.actions.map((a) => a.kind)).toEqual(["breached"]);
    // Still breached after 60 business minutes: overdue > 60m at 13:00 + 1 ms.
    expect(result.nextCheckAt).toBe(ams("2026-03-30 13:00") + 1);
  });

  it("escalates to the on-call member once overdue by more than 60 business minutes", () => {
    const breach = plan(events, due + 1).actions;
    const now = ams("2026-03-30 13:00") + 1;
    const result = plan(events, now, { recorded: recorded(events, ...breach) });
    // Mon 2026-03-30 09:00 was the handover: Otto's week.
    expect(only(result.actions)).toMatchObject({
      eventId: slaActionEventId(KEY, "first_response", 1, "escalated", "still-breached"),
      kind: "escalated",
      level: "still-breached",
      recipients: [OTTO],
    });
    const done = plan(events, now + 10 * MINUTE, {
      recorded: recorded(events, ...breach, ...result.actions),
    });
    // Nothing left for first response; the resolution clock (24h, warns at 18h) is next: Fri 1h +
    // Mon 8h + Tue 8h + Wed 1h -> Wed 2026-04-01 10:00 CEST.
    expect(done).toEqual({ actions: [], nextCheckAt: ams("2026-04-01 10:00") + 1 });
  });
});

describe("planSlaActions: holiday", () => {
  // Thu 2026-12-24 12:00 question, Ana claims. 4h: due Thu 16:00, breached at 16:00 + 1 ms.
  const events = [inbound(ams("2026-12-24 12:00")), claimed(ams("2026-12-24 12:01"), ANA)];

  it("moves a still-breached escalation past Christmas and the weekend to the next opening", () => {
    const breach = plan(events, ams("2026-12-24 16:00") + 1).actions;
    expect(breach.map((a) => a.kind)).toEqual(["breached"]);
    // At 16:30 it is overdue by 30m; the other 30m end at closing (17:00), and a target used up
    // exactly at closing is due at the next opening: Fri 25th is a holiday, then the weekend, so
    // Mon 2026-12-28 09:00; overdue by more than 60m 1 ms later.
    const later = plan(events, ams("2026-12-24 16:30"), { recorded: recorded(events, ...breach) });
    expect(later).toEqual({ actions: [], nextCheckAt: ams("2026-12-28 09:00") + 1 });
    // On Christmas Day nothing has changed: no business time passes on a holiday.
    const christmas = plan(events, ams("2026-12-25 12:00"), { recorded: recorded(events, ...breach) });
    expect(christmas.actions).toEqual([]);
    const monday = plan(events, ams("2026-12-28 09:00") + 1, { recorded: recorded(events, ...breach) });
    expect(only(monday.actions)).toMatchObject({ kind: "escalated" });
  });
});

describe("planSlaActions: quiet hours", () => {
  // Ana works mornings only. Question Mon 10:00, due 14:00: the breach comes in her afternoon off.
  const events = [inbound(ams("2026-03-23 10:00")), claimed(ams("2026-03-23 10:05"), ANA)];
  const members = MEMBERS.map((m) => (m.email === ANA ? { ...m, workingHours: MORNINGS } : m));

  it("holds an ordinary breach for a member outside their working hours until their next morning", () => {
    const breach = only(plan(events, ams("2026-03-23 14:00") + 1, { members }).actions);
    expect(breach.recipients).toEqual([LENA]);
    // Held, not dropped (issue 16): the backend sends it when her hours start, Tuesday 09:00.
    expect(breach.skipped).toEqual([
      { email: ANA, reason: "quiet_hours", notBefore: ams("2026-03-24 09:00") },
    ]);
  });

  it("sends an urgent escalation to whoever is on call instead", () => {
    const escalation = {
      leads: [],
      rules: [
        {
          id: "urgent-breach",
          trigger: "breached" as const,
          notify: ["assignee" as const],
          channels: ["email" as const],
          urgent: true,
        },
      ],
    };
    const breach = only(plan(events, ams("2026-03-23 14:00") + 1, { members, escalation }).actions);
    expect(breach.recipients).toEqual([OLGA]);
    expect(breach.skipped).toEqual([{ email: ANA, reason: "replaced_by_on_call" }]);
  });

  it("skips addresses that are not members of the org", () => {
    const escalation = {
      leads: ["ghost@elsewhere.example"],
      rules: [
        { id: "b", trigger: "breached" as const, notify: ["leads" as const], channels: ["email" as const] },
      ],
    };
    const breach = only(plan(events, ams("2026-03-23 14:00") + 1, { escalation }).actions);
    expect(breach.recipients).toEqual([]);
    expect(breach.skipped).toEqual([{ email: "ghost@elsewhere.example", reason: "not_a_member" }]);
  });
});

describe("planSlaActions: clocks that already stopped", () => {
  it("records an unrecorded breach of a stopped clock without notifying anyone", () => {
    // Question Mon 10:00, reply sent 15:00 but reported only now: breached at 14:00, stopped at 15:00.
    const events = [
      inbound(ams("2026-03-23 10:00")),
      claimed(ams("2026-03-23 10:05"), ANA),
      outbound(ams("2026-03-23 15:00"), ams("2026-03-23 16:00")),
    ];
    const result = plan(events, ams("2026-03-23 16:00"));
    expect(only(result.actions)).toMatchObject({ kind: "breached", recipients: [], channels: [], rules: [] });
    // Resolution keeps running (24h target): its warning is the next thing ahead.
    expect(result.nextCheckAt).not.toBeNull();
  });

  it("plans the same ids whoever plans, whenever (deterministic)", () => {
    const events = [inbound(ams("2026-03-23 10:00"))];
    // Breached at 14:00 + 1 ms, not yet overdue by more than 60m at either instant.
    const a = plan(events, ams("2026-03-23 14:30"));
    const b = plan(events, ams("2026-03-23 14:50"));
    expect(a.actions).toHaveLength(1);
    expect(a.actions.map((x) => x.eventId)).toEqual(b.actions.map((x) => x.eventId));
  });
});
