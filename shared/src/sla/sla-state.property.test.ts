// Properties of slaState over random logs around the 2026 DST changes and Christmas, on a calendar
// with and without business hours inside the DST night. The business-time oracle lives in time/.
import fc from "fast-check";
import { PRIORITIES, STATUSES } from "../conversation/types";
import type { ConversationEvent, Priority, Status } from "../conversation/types";
import { businessTimeBetween, isBusinessInstant } from "../time";
import { effectiveInstant } from "./effective-instant";
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import { slaHistory, slaState } from "./sla-state";
import { AMS, AMS_SUNDAYS, MINUTE, ams, inbound, outbound, priority, status } from "../../test/sla/fixtures";
import type { SlaPolicy, SlaState } from "./types";

const WEEK_MINUTES = 7 * 24 * 60;

const step = fc.record({
  kind: fc.constantFrom("in", "out", "status", "priority"),
  minute: fc.integer({ min: 0, max: WEEK_MINUTES }),
  jitterMs: fc.integer({ min: 0, max: MINUTE - 1 }),
  reportDelayMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 24 * 60 })),
  status: fc.constantFrom<Status>(...STATUSES),
  priority: fc.constantFrom<Priority>(...PRIORITIES),
});

/** The default policy with every target stretched, so that more clocks are still running at now. */
function stretched(factor: number): SlaPolicy {
  const policy = structuredClone(POLICY);
  for (const name of PRIORITIES) {
    const tier = policy.tiers[name];
    tier.firstResponseMinutes = (tier.firstResponseMinutes ?? 0) * factor;
    tier.nextResponseMinutes = (tier.nextResponseMinutes ?? 0) * factor;
    tier.resolutionMinutes = (tier.resolutionMinutes ?? 0) * factor;
  }
  return policy;
}

const scenario = fc.record({
  policy: fc.constantFrom(POLICY, stretched(4), stretched(16)),
  cal: fc.constantFrom(AMS, AMS_SUNDAYS),
  base: fc.constantFrom(ams("2026-03-26 08:00"), ams("2026-10-22 08:00"), ams("2026-12-22 08:00")),
  steps: fc.array(step, { maxLength: 14 }),
  // Mostly shortly after the last step, where clocks are still running; sometimes anywhere.
  nowAfterLastMinutes: fc.oneof(
    fc.integer({ min: 0, max: 6 * 60 }),
    fc.integer({ min: 0, max: 3 * 24 * 60 }),
  ),
  nowAnywhere: fc.option(fc.integer({ min: 0, max: WEEK_MINUTES }), { freq: 4 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

/** Events of a scenario; status and priority `from` fields follow their own timeline. */
function eventsOf({ base, steps }: Scenario): ConversationEvent[] {
  let currentStatus: Status = "open";
  let currentPriority: Priority = "normal";
  const ordered = [...steps].sort((a, b) => a.minute - b.minute);
  return ordered.map((s) => {
    const t = base + s.minute * MINUTE + s.jitterMs;
    const reportedAt = t + s.reportDelayMinutes * MINUTE;
    switch (s.kind) {
      case "in":
        return inbound(t, reportedAt);
      case "out":
        return outbound(t, reportedAt);
      case "status": {
        const event = status(t, currentStatus, s.status);
        currentStatus = s.status;
        return event;
      }
      default: {
        const event = priority(t, currentPriority, s.priority);
        currentPriority = s.priority;
        return event;
      }
    }
  });
}

function nowOf(s: Scenario): number {
  const last = Math.max(0, ...s.steps.map((step) => step.minute));
  return s.base + (s.nowAnywhere ?? last + s.nowAfterLastMinutes) * MINUTE;
}
const signature = (state: SlaState) => state.clocks.map((c) => [c.kind, c.cycle, c.state, c.warning]);

describe("slaState properties", () => {
  it("never uses more time than elapsed, and its timeline covers the cycle exactly", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const now = nowOf(s);
        for (const clock of slaHistory(eventsOf(s), s.policy, s.cal, now)) {
          const end = clock.stoppedAt ?? now;
          expect(clock.usedMs).toBeGreaterThanOrEqual(0);
          expect(clock.usedMs).toBeLessThanOrEqual(end - clock.startedAt);
          expect(clock.usedMs).toBe(clock.timeline.reduce((sum, seg) => sum + seg.usedMs, 0));
          expect(clock.leftMs).toBe(clock.targetMs - clock.usedMs);
          let cursor = clock.startedAt;
          for (const segment of clock.timeline) {
            expect(segment.from).toBe(cursor);
            expect(segment.to).toBeGreaterThan(segment.from);
            cursor = segment.to;
          }
          if (clock.timeline.length > 0) expect(cursor).toBe(end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("puts dueAt and warnAt exactly the business time left ahead of now", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const now = nowOf(s);
        for (const clock of slaState(eventsOf(s), s.policy, s.cal, now).clocks) {
          if (clock.state !== "running") continue;
          expect(businessTimeBetween(s.cal, now, clock.dueAt!)).toBe(clock.leftMs);
          if (clock.warnAt !== null) {
            const warnMs = Math.floor(s.policy.warningThreshold * clock.targetMs);
            expect(businessTimeBetween(s.cal, now, clock.warnAt)).toBe(warnMs - clock.usedMs);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("puts closesAt where the open stretch holding the clock ends, before dueAt", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const now = nowOf(s);
        for (const clock of slaState(eventsOf(s), s.policy, s.cal, now).clocks) {
          if (clock.state !== "running" || clock.dueAt === null) {
            expect(clock.closesAt).toBeNull();
            continue;
          }
          const from = clock.resumesAt ?? now;
          const end = clock.closesAt ?? clock.dueAt;
          // Open all the way from `from` to `end`: business time runs at wall speed there.
          expect(businessTimeBetween(s.cal, from, end)).toBe(end - from);
          if (clock.closesAt !== null) {
            expect(clock.closesAt).toBeLessThan(clock.dueAt);
            expect(isBusinessInstant(s.cal, clock.closesAt)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("breaches exactly when now passes dueAt, and changes nothing before nextCheckAt", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const now = nowOf(s);
        // Only what has happened by now: later instants must see the same log.
        const events = eventsOf(s).filter((e) => effectiveInstant(e) <= now);
        const state = slaState(events, s.policy, s.cal, now);
        const at = (t: number) => slaState(events, s.policy, s.cal, t);
        for (const clock of state.clocks.filter((c) => c.state === "running")) {
          const same = (t: number) =>
            at(t).clocks.find((c) => c.kind === clock.kind && c.cycle === clock.cycle)!;
          expect(same(clock.dueAt!).state).toBe("running");
          expect(same(clock.dueAt! + 1).state).toBe("breached");
          expect(same(clock.dueAt! + 1).dueAt).toBe(clock.dueAt);
        }
        if (state.nextCheckAt !== null) {
          expect(state.nextCheckAt).toBeGreaterThan(now);
          expect(signature(at(state.nextCheckAt - 1))).toEqual(signature(state));
          expect(signature(at(state.nextCheckAt))).not.toEqual(signature(state));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the log when instants are distinct", () => {
    fc.assert(
      fc.property(
        scenario,
        fc.array(fc.double({ noNaN: true }), { minLength: 14, maxLength: 14 }),
        (s, keys) => {
          const events = eventsOf(s);
          const instants = new Set(events.map(effectiveInstant));
          fc.pre(instants.size === events.length);
          const shuffled = events
            .map((event, i) => ({ event, key: keys[i] ?? 0 }))
            .sort((a, b) => a.key - b.key)
            .map(({ event }) => event);
          const now = nowOf(s);
          expect(slaState(shuffled, s.policy, s.cal, now)).toEqual(slaState(events, s.policy, s.cal, now));
        },
      ),
      { numRuns: 200 },
    );
  });
});
