import { SYSTEM_ACTOR, type ConversationEvent } from "../conversation/types";
import { DEFAULT_SLA_POLICY } from "../sla/policy";
import { AMS, ams, inbound, status } from "../../test/sla/fixtures";
import { conversationFacts } from "./facts";
import { factsFoldOf, factsOfFold, foldFacts } from "./facts-fold";
import { compactFacts } from "./facts-compact";
import { accumulateRollups, rollupsOf, type RollupSet } from "./rollup-deltas";
import { summarizeRollups } from "./summarize";

const MIN = 60_000;
const RULE = { id: "invoices", name: "Invoices" };
let n = 0;
const id = () => `rt-${++n}`;

function routedAssign(at: number, assignee: string): ConversationEvent {
  return {
    id: id(),
    at,
    actor: SYSTEM_ACTOR,
    type: "assigned",
    assignee,
    previous: null,
    routedBy: { strategy: "round_robin" },
  };
}
function tagByRule(at: number, tag: string): ConversationEvent {
  return { id: id(), at, actor: SYSTEM_ACTOR, type: "tag_added", tag, routedBy: { rule: RULE } };
}
function claim(at: number, who: string): ConversationEvent {
  return { id: id(), at, actor: who, type: "claimed", assignee: who };
}

const ctx = { mailboxId: "support", policy: DEFAULT_SLA_POLICY, calendar: AMS };
const facts = (events: ConversationEvent[]) => conversationFacts(events, DEFAULT_SLA_POLICY, AMS);

// Monday 30 March 2026, Amsterdam. A routed conversation: arrives 10:00, two tags by one firing of
// 'Invoices' at 10:00 (one fire, not two), assigned by round-robin at 10:00:30 (30 s to an owner);
// a second customer message at 11:00 fires the rule again (a second fire). A claimed one: arrives
// 10:00, Ben claims at 10:07 (7 min to an owner).
const routedLog = (): ConversationEvent[] => [
  inbound(ams("2026-03-30 10:00")),
  tagByRule(ams("2026-03-30 10:00"), "billing"),
  tagByRule(ams("2026-03-30 10:00"), "invoice"),
  routedAssign(ams("2026-03-30 10:00") + 30_000, "ana@team.example"),
  inbound(ams("2026-03-30 11:00")),
  tagByRule(ams("2026-03-30 11:00"), "urgent-billing"),
];
const claimedLog = (): ConversationEvent[] => [
  inbound(ams("2026-03-30 10:00")),
  claim(ams("2026-03-30 10:07"), "ben@team.example"),
  status(ams("2026-03-30 10:30"), "open", "resolved"),
  // A later claim (after a reopen) counts as a claim, not as a second first owner.
  inbound(ams("2026-03-30 12:00")),
  claim(ams("2026-03-30 12:05"), "ben@team.example"),
];

describe("routing's facts", () => {
  it("counts routed assignments, claims, the first owner and one fire per rule per message", () => {
    const routed = facts(routedLog());
    expect(routed.routed).toEqual([{ at: ams("2026-03-30 10:00") + 30_000, agent: "ana@team.example" }]);
    expect(routed.claims).toBeUndefined();
    expect(routed.firstOwner).toEqual({
      at: ams("2026-03-30 10:00") + 30_000,
      agent: "ana@team.example",
      wallMs: 30_000,
    });
    // The first fire happened before anyone held it; the second while Ana did.
    expect(routed.ruleFires).toEqual([
      { at: ams("2026-03-30 10:00"), agent: "_unassigned", rule: "invoices" },
      { at: ams("2026-03-30 11:00"), agent: "ana@team.example", rule: "invoices" },
    ]);
    const claimed = facts(claimedLog());
    expect(claimed.claims).toHaveLength(2);
    expect(claimed.firstOwner).toMatchObject({ agent: "ben@team.example", wallMs: 7 * MIN });
  });

  it("leaves a log without routing or owners exactly as before (no new fields)", () => {
    const plain = facts([
      inbound(ams("2026-03-30 10:00")),
      status(ams("2026-03-30 10:30"), "open", "resolved"),
    ]);
    for (const field of ["routed", "claims", "firstOwner", "ruleFires"])
      expect(plain).not.toHaveProperty(field);
  });

  it("folds append by append to the facts of the whole log", () => {
    let checked = 0;
    for (const log of [routedLog(), claimedLog()]) {
      for (let cut = 1; cut < log.length; cut++) {
        const fold = foldFacts(
          factsFoldOf(log.slice(0, cut), DEFAULT_SLA_POLICY, AMS),
          log.slice(cut),
          DEFAULT_SLA_POLICY,
          AMS,
        );
        if (fold === null) continue; // an append landing at the fold's horizon: the caller reads the log
        const folded = factsOfFold(fold, DEFAULT_SLA_POLICY, AMS);
        const whole = facts(log);
        expect({ ...folded, clockOutcomes: [] }).toEqual({ ...whole, clockOutcomes: [] });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it("keeps the newest entries of routing's lists when stored", () => {
    const many = facts(routedLog());
    expect(compactFacts(many, 1).ruleFires).toEqual([many.ruleFires?.[1]]);
  });
});

describe("routing's rollups and summary", () => {
  it("gives per member routed vs claimed, the median time to an owner, and fires per rule", () => {
    const rollups: RollupSet = new Map();
    accumulateRollups(rollups, rollupsOf(routedLog(), ctx).values());
    accumulateRollups(rollups, rollupsOf(claimedLog(), ctx).values());
    const summary = summarizeRollups([...rollups.values()]);
    const row = (agent: string) => summary.agents.find((a) => a.agent === agent);
    expect(row("ana@team.example")).toMatchObject({ routed: 1, claimed: 0 });
    expect(row("ben@team.example")).toMatchObject({ routed: 0, claimed: 2 });
    expect(summary.team).toMatchObject({ routed: 1, claimed: 2 });
    // Histogram buckets: within the stated relative error of 30 s and 7 min.
    expect(row("ana@team.example")?.medianArrivalToOwnerWall).toBeCloseTo(30_000, -3);
    expect(row("ben@team.example")?.medianArrivalToOwnerWall).toBeGreaterThan(6.5 * MIN);
    expect(row("ben@team.example")?.medianArrivalToOwnerWall).toBeLessThan(7.5 * MIN);
    expect(summary.rules).toEqual([{ rule: "invoices", fired: 2 }]);
    expect(summary.totals.counts).toMatchObject({ routed: 1, claimed: 2 });
    expect(summary.totals.durations.arrivalToOwnerWall.n).toBe(2);
  });
});
