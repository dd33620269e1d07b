import fc from "fast-check";
import { PRIORITIES, type Priority } from "../conversation/types";
import { isBusinessInstant, type BusinessCalendar } from "../time";
import {
  availability,
  totalLoad,
  type AvailabilityContext,
  type OpenLoad,
  type RoutingMember,
} from "./availability";
import { pick, weightedLoad, type Candidate, type PickState } from "./strategies";
import type { Capacity, Strategy } from "./types";

/*
 * Issue 16's load: 200 conversations arriving across 3 mailboxes worked by 10 agents, each picked
 * in turn as the backend's transactions would (each sees the loads the previous ones left), with
 * conversations resolved now and then. The invariants are checked against the members' settings
 * directly, not through `availability`, so a mistake there would show.
 */

const T0 = Date.UTC(2026, 2, 2, 0, 0); // Monday
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
const SKILLS = ["billing", "german", "vip"];
const weekdays = (from: string, to: string): BusinessCalendar => ({
  timeZone: "UTC",
  weekly: Object.fromEntries((["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, [[from, to]]])),
});
const CALENDARS = [weekdays("09:00", "17:00"), weekdays("06:00", "14:00"), weekdays("14:00", "22:00")];

const memberArb = (i: number): fc.Arbitrary<RoutingMember> =>
  fc
    .record({
      viewer: fc.boolean().map((b) => b && i % 5 === 4),
      away: fc.option(fc.integer({ min: T0, max: T0 + WEEK }), { nil: null }),
      hours: fc.option(fc.constantFrom(...CALENDARS), { nil: undefined }),
      skills: fc.subarray(SKILLS),
      maxOpen: fc.option(fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), { nil: undefined }),
    })
    .map((m) => ({
      email: `m${i}@x.test`,
      role: m.viewer ? "viewer" : "agent",
      availability: {
        awayUntil: m.away,
        skills: m.skills,
        ...(m.hours === undefined ? {} : { workingHours: m.hours }),
        ...(m.maxOpen === undefined ? {} : { maxOpen: m.maxOpen }),
      },
    }));

interface MailboxSpec {
  strategy: Strategy;
  agents: number[];
  capacity: Capacity;
  anyHour: boolean;
  onCall: number | null;
}
const mailboxArb: fc.Arbitrary<MailboxSpec> = fc.record({
  strategy: fc.constantFrom<Strategy>("round_robin", "load_balanced", "skills"),
  agents: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 1 }),
  capacity: fc.record({
    maxOpen: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
    perPriority: fc.dictionary(fc.constantFrom<Priority>(...PRIORITIES), fc.integer({ min: 0, max: 10 })),
  }),
  anyHour: fc.boolean(),
  onCall: fc.option(fc.nat(9), { nil: null }),
});

interface Arrival {
  mailbox: number;
  priority: Priority;
  tags: string[];
  gapMs: number;
  /** Resolve one of the open conversations (by index modulo their count) before this arrival. */
  resolve: number | null;
}
const arrivalArb: fc.Arbitrary<Arrival> = fc.record({
  mailbox: fc.nat(2),
  priority: fc.constantFrom<Priority>(...PRIORITIES),
  tags: fc.subarray(SKILLS),
  gapMs: fc.integer({ min: 0, max: HOUR }),
  resolve: fc.option(fc.nat(), { nil: null, freq: 3 }),
});

const membersArb = fc.tuple(...Array.from({ length: 10 }, (_, i) => memberArb(i)));
const scenarioArb = fc.record({
  members: membersArb,
  mailboxes: fc.tuple(mailboxArb, mailboxArb, mailboxArb),
  arrivals: fc.array(arrivalArb, { minLength: 200, maxLength: 200 }),
});

function contextOf(
  spec: MailboxSpec,
  calendar: BusinessCalendar,
  nowMs: number,
): AvailabilityContext & { nowMs: number } {
  return {
    calendar,
    capacity: spec.capacity,
    anyHour: spec.anyHour,
    onCall: spec.onCall === null ? null : `m${spec.onCall}@x.test`,
    nowMs,
  };
}

describe("pick, under 200 arrivals across 3 mailboxes and 10 agents", () => {
  it("never exceeds a cap, never assigns someone unavailable, and load-balances to the least loaded", () => {
    fc.assert(
      fc.property(scenarioArb, ({ members, mailboxes, arrivals }) => {
        const loads = new Map<string, OpenLoad>(members.map((m) => [m.email, {}]));
        const open: Array<{ assignee: string; priority: Priority }> = [];
        const states: PickState[] = mailboxes.map(() => ({ roundRobinCursor: null }));
        let now = T0;
        for (const a of arrivals) {
          now += a.gapMs;
          if (a.resolve !== null && open.length > 0) {
            const [done] = open.splice(a.resolve % open.length, 1);
            if (done !== undefined) {
              const l = loads.get(done.assignee) ?? {};
              loads.set(done.assignee, { ...l, [done.priority]: (l[done.priority] ?? 1) - 1 });
            }
          }
          const spec = mailboxes[a.mailbox] as MailboxSpec;
          const calendar = CALENDARS[a.mailbox] as BusinessCalendar;
          const context = contextOf(spec, calendar, now);
          const candidates: Candidate[] = spec.agents.map((i) => {
            const member = members[i] as RoutingMember;
            return { member, load: loads.get(member.email) ?? {} };
          });
          const result = pick(spec.strategy, candidates, a, states[a.mailbox] as PickState, context);
          states[a.mailbox] = result.nextState;
          if (result.assignee === null) continue;

          const chosen = candidates.find((c) => c.member.email === result.assignee);
          expect(chosen).toBeDefined();
          const { member, load } = chosen as Candidate;
          const { awayUntil, workingHours, maxOpen } = member.availability;
          expect(member.role).not.toBe("viewer");
          expect(awayUntil === null || now >= awayUntil).toBe(true);
          if (!context.anyHour && context.onCall !== member.email)
            expect(isBusinessInstant(workingHours ?? calendar, now)).toBe(true);
          const after: OpenLoad = { ...load, [a.priority]: (load[a.priority] ?? 0) + 1 };
          const cap = maxOpen !== undefined ? maxOpen : spec.capacity.maxOpen;
          if (cap !== null) expect(totalLoad(after)).toBeLessThanOrEqual(cap);
          const priorityCap = spec.capacity.perPriority[a.priority];
          if (priorityCap !== undefined) expect(after[a.priority] ?? 0).toBeLessThanOrEqual(priorityCap);
          if (spec.strategy === "load_balanced") {
            for (const other of candidates) {
              if (availability(other.member, now, context, other.load, a.priority) !== "available") continue;
              expect(weightedLoad(load)).toBeLessThanOrEqual(weightedLoad(other.load));
            }
          }
          loads.set(member.email, after);
          open.push({ assignee: member.email, priority: a.priority });
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps round-robin within one conversation of perfectly even among always-available agents", () => {
    // Always available: never away, on shift at any hour, no cap. The others come and go.
    const sometimesArb = fc.array(fc.option(fc.integer({ min: T0, max: T0 + 200 * HOUR }), { nil: null }), {
      minLength: 10,
      maxLength: 10,
    });
    fc.assert(
      fc.property(
        sometimesArb,
        fc.tuple(
          ...[0, 1, 2].map(() => fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 1 })),
        ),
        fc.array(fc.tuple(fc.nat(2), fc.constantFrom<Priority>(...PRIORITIES)), {
          minLength: 200,
          maxLength: 200,
        }),
        (awayUntil, agentLists, arrivals) => {
          const members: RoutingMember[] = awayUntil.map((away, i) => ({
            email: `m${i}@x.test`,
            role: "agent",
            availability: { awayUntil: away, skills: [] },
          }));
          const context = {
            calendar: CALENDARS[0] as BusinessCalendar,
            capacity: { maxOpen: null, perPriority: {} },
            anyHour: true,
            onCall: null,
          };
          const counts = agentLists.map(() => new Map<string, number>());
          const states: PickState[] = agentLists.map(() => ({ roundRobinCursor: null }));
          for (const [n, [box, priority]] of arrivals.entries()) {
            const now = T0 + n * HOUR;
            const candidates = (agentLists[box] as number[]).map((i) => ({
              member: members[i] as RoutingMember,
              load: {},
            }));
            const result = pick("round_robin", candidates, { priority, tags: [] }, states[box] as PickState, {
              ...context,
              nowMs: now,
            });
            states[box] = result.nextState;
            if (result.assignee !== null) {
              const c = counts[box] as Map<string, number>;
              c.set(result.assignee, (c.get(result.assignee) ?? 0) + 1);
            }
          }
          for (const [box, list] of agentLists.entries()) {
            const always = list.filter((i) => awayUntil[i] === null).map((i) => `m${i}@x.test`);
            const got = always.map((e) => counts[box]?.get(e) ?? 0);
            if (got.length > 0) expect(Math.max(...got) - Math.min(...got)).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
