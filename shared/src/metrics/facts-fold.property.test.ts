// The facts fold against its oracle: conversationFacts over the whole log. Random logs (messages,
// replies by agents and by the system, status and priority changes, claims, releases) appended in
// random batches, with the fold stored (JSON) between appends as the conversation document stores it.
import fc from "fast-check";
import { PRIORITIES, STATUSES, SYSTEM_ACTOR } from "../conversation/types";
import type { ConversationEvent, Priority, Status } from "../conversation/types";
import { DEFAULT_SLA_POLICY as POLICY } from "../sla/policy";
import { AMS, AMS_SUNDAYS, MINUTE, ams, inbound, outbound, priority, status } from "../../test/sla/fixtures";
import { csvRow } from "./csv";
import { conversationFacts, type ConversationFacts } from "./facts";
import { compactFacts, compactFactsFold } from "./facts-compact";
import { emptyFactsFold, factsFoldOf, factsOfFold, foldFacts, type FactsFold } from "./facts-fold";
import {
  accumulateRollups,
  diffRollupSets,
  rollupsOf,
  rollupsOfFacts,
  type RollupSet,
} from "./rollup-deltas";

const HISTORY_AGO = 2 * 365 * 24 * 60 * MINUTE;

const step = fc.record({
  kind: fc.constantFrom(
    "in",
    "out",
    "out-system",
    "status",
    "priority",
    "claim",
    "release",
    "history-in",
    "history-out",
  ),
  minute: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  reportDelayMinutes: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 12 * 60 })),
  status: fc.constantFrom<Status>(...STATUSES),
  priority: fc.constantFrom<Priority>(...PRIORITIES),
  who: fc.constantFrom("ana@team.example", "bo@team.example"),
});

const scenario = fc.record({
  cal: fc.constantFrom(AMS, AMS_SUNDAYS),
  base: fc.constantFrom(ams("2026-03-27 08:00"), ams("2026-10-23 08:00"), ams("2026-12-23 08:00")),
  initialStatus: fc.constantFrom<Status>("open", "open", ...STATUSES),
  initialPriority: fc.constantFrom<Priority>("normal", "normal", ...PRIORITIES),
  steps: fc.array(step, { maxLength: 20 }),
  cuts: fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 10 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

function logOf(s: Scenario): ConversationEvent[] {
  let currentStatus = s.initialStatus;
  let currentPriority = s.initialPriority;
  const ordered = [...s.steps].sort((a, b) => a.minute - b.minute);
  const events = ordered.map((x, i): ConversationEvent => {
    const t = s.base + x.minute * MINUTE;
    switch (x.kind) {
      case "in":
        return inbound(t, t + x.reportDelayMinutes * MINUTE);
      // Imported at connection: sent two years before, recorded now, never a fact.
      case "history-in":
        return { ...inbound(t - HISTORY_AGO, t), id: `hin-${i}`, history: true } as ConversationEvent;
      case "history-out":
        return { ...outbound(t - HISTORY_AGO, t), id: `hout-${i}`, history: true } as ConversationEvent;
      case "out":
      case "out-system": {
        const event = outbound(t, t + x.reportDelayMinutes * MINUTE);
        return { ...event, id: `${event.id}-${i}`, actor: x.kind === "out" ? x.who : SYSTEM_ACTOR };
      }
      case "status": {
        const event = status(t, currentStatus, x.status);
        currentStatus = x.status;
        return { ...event, id: `${event.id}-${i}` };
      }
      case "priority": {
        const event = priority(t, currentPriority, x.priority);
        currentPriority = x.priority;
        return { ...event, id: `${event.id}-${i}` };
      }
      case "claim":
        return { id: `claim-${i}`, at: t, actor: x.who, type: "claimed", assignee: x.who };
      default:
        return { id: `release-${i}`, at: t, actor: x.who, type: "released" } as ConversationEvent;
    }
  });
  return events.sort((a, b) => a.at - b.at);
}

function batchesOf(log: readonly ConversationEvent[], cuts: readonly number[]): ConversationEvent[][] {
  const points = [...new Set(cuts.filter((c) => c < log.length))].sort((a, b) => a - b);
  const edges = [0, ...points, log.length];
  return edges.slice(1).map((end, i) => log.slice(edges[i], end));
}

/** Appends batch by batch as the backend does: fold, or rebuild from the log when the fold can't. */
function foldAppends(
  s: Scenario,
  batches: readonly ConversationEvent[][],
): { fold: FactsFold; rebuilds: number } {
  let fold = emptyFactsFold(POLICY, s.cal);
  let rebuilds = 0;
  const seen: ConversationEvent[] = [];
  for (const batch of batches) {
    seen.push(...batch);
    const next = foldFacts(fold, batch, POLICY, s.cal);
    if (next === null) rebuilds += 1;
    fold = JSON.parse(JSON.stringify(next ?? factsFoldOf(seen, POLICY, s.cal))) as FactsFold;
  }
  return { fold, rebuilds };
}

describe("foldFacts", () => {
  it("gives conversationFacts of the whole log, however the log was appended", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const log = logOf(s);
        const { fold } = foldAppends(s, batchesOf(log, s.cuts));
        expect(factsOfFold(fold, POLICY, s.cal)).toEqual(conversationFacts(log, POLICY, s.cal));
      }),
      { numRuns: 400 },
    );
  });

  it("factsFoldOf gives conversationFacts of the log it was built from", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const log = logOf(s);
        expect(factsOfFold(factsFoldOf(log, POLICY, s.cal), POLICY, s.cal)).toEqual(
          conversationFacts(log, POLICY, s.cal),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("never needs the log when events are reported as they happen, in order, at distinct instants", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const log = logOf({
          ...s,
          initialStatus: "open",
          initialPriority: "normal",
          steps: s.steps.map((x) => ({ ...x, reportDelayMinutes: 0 })),
        });
        fc.pre(new Set(log.map((e) => e.at)).size === log.length);
        expect(foldAppends(s, batchesOf(log, s.cuts)).rebuilds).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it("with every stored copy compacted to 2 entries a list, the rollups and the export stay the log's", () => {
    // As the backend appends: the deltas come from the facts before and after, both from the stored
    // (compacted) fold, or both from the log when the fold gives up; the fold is stored compacted.
    const max = 2;
    fc.assert(
      fc.property(scenario, (s) => {
        const log = logOf(s);
        const ctx = { mailboxId: "m", policy: POLICY, calendar: s.cal };
        const rollups: RollupSet = new Map();
        let fold = emptyFactsFold(POLICY, s.cal);
        const seen: ConversationEvent[] = [];
        for (const batch of batchesOf(log, s.cuts)) {
          const folded = foldFacts(fold, batch, POLICY, s.cal);
          const [before, after]: [ConversationFacts, ConversationFacts] =
            folded === null
              ? [
                  conversationFacts(seen, POLICY, s.cal),
                  conversationFacts([...seen, ...batch], POLICY, s.cal),
                ]
              : [factsOfFold(fold, POLICY, s.cal), factsOfFold(folded, POLICY, s.cal)];
          seen.push(...batch);
          accumulateRollups(rollups, diffRollupSets(rollupsOfFacts(before, ctx), rollupsOfFacts(after, ctx)));
          const next = folded ?? factsFoldOf(seen, POLICY, s.cal);
          fold = JSON.parse(JSON.stringify(compactFactsFold(next, max))) as FactsFold;
        }
        expect(rollups).toEqual(rollupsOf(log, ctx));
        const stored = compactFacts(factsOfFold(fold, POLICY, s.cal), max);
        const row = { key: "c", mailboxId: "m", subject: "s" };
        expect(csvRow({ ...row, facts: stored })).toBe(
          csvRow({ ...row, facts: conversationFacts(log, POLICY, s.cal) }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("refuses to fold under other rules than it was folded by", () => {
    const fold = emptyFactsFold(POLICY, AMS);
    expect(foldFacts(fold, [inbound(ams("2026-03-27 09:00"))], POLICY, AMS_SUNDAYS)).toBeNull();
  });
});
