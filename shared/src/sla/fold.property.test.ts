// The fold against its oracle: slaState over the whole log. Random logs around the 2026 DST changes
// and Christmas, appended in random batches, with the fold stored (JSON) between appends as the
// conversation document stores it.
import fc from "fast-check";
import { PRIORITIES, STATUSES } from "../conversation/types";
import type { ConversationEvent, Priority, Status } from "../conversation/types";
import { effectiveInstant } from "./effective-instant";
import { emptySlaFold, foldSla, slaFoldOf, slaStateOfFold, type SlaFold } from "./fold";
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import { slaState } from "./sla-state";
import { AMS, AMS_SUNDAYS, MINUTE, ams, inbound, outbound, priority, status } from "../../test/sla/fixtures";

const WEEK_MINUTES = 7 * 24 * 60;
const HISTORY_AGO = 2 * 365 * 24 * 60 * MINUTE;

const step = fc.record({
  kind: fc.constantFrom("in", "out", "status", "priority", "note", "history-in", "history-out"),
  minute: fc.integer({ min: 0, max: WEEK_MINUTES }),
  reportDelayMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 24 * 60 })),
  status: fc.constantFrom<Status>(...STATUSES),
  priority: fc.constantFrom<Priority>(...PRIORITIES),
});

const scenario = fc.record({
  cal: fc.constantFrom(AMS, AMS_SUNDAYS),
  base: fc.constantFrom(ams("2026-03-26 08:00"), ams("2026-10-22 08:00"), ams("2026-12-22 08:00")),
  initialStatus: fc.constantFrom<Status>("open", "open", ...STATUSES),
  initialPriority: fc.constantFrom<Priority>("normal", "normal", ...PRIORITIES),
  steps: fc.array(step, { maxLength: 16 }),
  /** Where the log is cut into appends (indexes, deduplicated). */
  cuts: fc.array(fc.integer({ min: 1, max: 16 }), { maxLength: 8 }),
  nowAfterMinutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

/** The log in the store's order (by record time), status and priority `from` on their own timelines. */
function logOf(s: Scenario): ConversationEvent[] {
  let currentStatus = s.initialStatus;
  let currentPriority = s.initialPriority;
  const ordered = [...s.steps].sort((a, b) => a.minute - b.minute);
  const events = ordered.map((x): ConversationEvent => {
    const t = s.base + x.minute * MINUTE;
    const reportedAt = t + x.reportDelayMinutes * MINUTE;
    switch (x.kind) {
      case "in":
        return inbound(t, reportedAt);
      case "out":
        return outbound(t, reportedAt);
      // Imported at connection: sent two years before, recorded now, never timed.
      case "history-in":
        return { ...inbound(t - HISTORY_AGO, reportedAt), history: true } as ConversationEvent;
      case "history-out":
        return { ...outbound(t - HISTORY_AGO, reportedAt), history: true } as ConversationEvent;
      case "status": {
        const event = status(t, currentStatus, x.status);
        currentStatus = x.status;
        return event;
      }
      case "priority": {
        const event = priority(t, currentPriority, x.priority);
        currentPriority = x.priority;
        return event;
      }
      default:
        return {
          id: `note-${x.minute}`,
          at: t,
          actor: "ana@team.example",
          type: "claimed",
          assignee: "ana@team.example",
        };
    }
  });
  return events.sort((a, b) => a.at - b.at);
}

function batchesOf(log: readonly ConversationEvent[], cuts: readonly number[]): ConversationEvent[][] {
  const points = [...new Set(cuts.filter((c) => c < log.length))].sort((a, b) => a - b);
  const edges = [0, ...points, log.length];
  return edges.slice(1).map((end, i) => log.slice(edges[i], end));
}

/** Appends batch by batch as the store does: fold, or rebuild from the log when the fold can't. */
function foldAppends(batches: readonly ConversationEvent[][]): { fold: SlaFold; rebuilds: number } {
  let fold = emptySlaFold();
  let rebuilds = 0;
  const seen: ConversationEvent[] = [];
  for (const batch of batches) {
    seen.push(...batch);
    const next = foldSla(fold, batch);
    if (next === null) rebuilds += 1;
    // Stored and read back between appends.
    fold = JSON.parse(JSON.stringify(next ?? slaFoldOf(seen))) as SlaFold;
  }
  return { fold, rebuilds };
}

function nowOf(s: Scenario, log: readonly ConversationEvent[]): number {
  const last = Math.max(s.base, ...log.map((e) => e.at));
  return last + s.nowAfterMinutes * MINUTE;
}

describe("foldSla", () => {
  it("gives slaState of the whole log, however the log was appended", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const log = logOf(s);
        const now = nowOf(s, log);
        const { fold } = foldAppends(batchesOf(log, s.cuts));
        expect(slaStateOfFold(fold, POLICY, s.cal, now)).toEqual(slaState(log, POLICY, s.cal, now));
      }),
      { numRuns: 400 },
    );
  });

  it("never needs the log when messages are reported as they happen and instants differ", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const log = logOf({
          ...s,
          initialStatus: "open",
          initialPriority: "normal",
          steps: s.steps.map((x) => ({ ...x, reportDelayMinutes: 0 })),
        });
        fc.pre(new Set(log.map(effectiveInstant)).size === log.length);
        expect(foldAppends(batchesOf(log, s.cuts)).rebuilds).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("slaFoldOf gives slaState of the log it was built from", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const log = logOf(s);
        const now = nowOf(s, log);
        expect(slaStateOfFold(slaFoldOf(log), POLICY, s.cal, now)).toEqual(slaState(log, POLICY, s.cal, now));
      }),
      { numRuns: 200 },
    );
  });
});
